// Security 1: X25519 key agreement, the shared key XORed with SHA-256(proof of possession), and one
// AES-256-CTR keystream for the whole session, both directions, counter block = device_random.
import { Sec1MsgType, SecSchemeVersion, SessionData } from "../proto/messages.js";
import { AuthenticationError, ProtocommError } from "../protocomm/errors.js";
import type { Clock, Random, Timers } from "../ports.js";
import { constantTimeEqual, toBytes, wipe, xorBytes } from "../util/bytes.js";
import type { CryptoProvider, CtrStream } from "../crypto/provider.js";
import type { SecurityScheme, SecuritySession } from "../protocomm/security-scheme.js";
import { decodeSessionRequest } from "./session-request.js";
import { X25519KeyPool } from "./x25519-key-pool.js";

const KEY_LENGTH = 32;
const RANDOM_LENGTH = 16;

export interface Security1Options {
  /** Proof of possession; empty means none (advertised as "no_pop"). */
  pop: Uint8Array;
  crypto: CryptoProvider;
  random: Random;
  /** The platform's timers and clock, to make the next session's key pair while the console is idle. */
  timers?: Timers;
  clock?: Clock;
}

function reply(payload: { msg: Sec1MsgType; sr0?: object; sr1?: object }): Uint8Array {
  return SessionData.encode({ secVer: SecSchemeVersion.SecScheme1, sec1: payload }).finish();
}

class Sec1Session implements SecuritySession {
  #options: Security1Options;
  #keys: X25519KeyPool;
  #popHash: Uint8Array | undefined;
  #clientPublic: Uint8Array | undefined;
  #devicePublic: Uint8Array | undefined;
  #stream: CtrStream | undefined;
  established = false;

  constructor(options: Security1Options, keys: X25519KeyPool, popHash: Uint8Array | undefined) {
    this.#options = options;
    this.#keys = keys;
    this.#popHash = popHash;
  }

  handshake(request: Uint8Array): Uint8Array {
    this.#keys.activity();
    const payload = decodeSessionRequest(request, 1, "sec1");
    const msg = payload.msg ?? 0;
    if (msg === Sec1MsgType.Session_Command0 && payload.sc0) return this.#command0(toBytes(payload.sc0.clientPubkey ?? new Uint8Array(0)));
    if (msg === Sec1MsgType.Session_Command1 && payload.sc1) return this.#command1(toBytes(payload.sc1.clientVerifyData ?? new Uint8Array(0)));
    throw new ProtocommError(`security 1: unexpected message type ${msg}`);
  }

  /** Cmd0 always starts over, so a client that lost its place can begin a new handshake. */
  #command0(clientPublic: Uint8Array): Uint8Array {
    this.close();
    if (clientPublic.length !== KEY_LENGTH)
      throw new ProtocommError(`security 1: client public key is ${clientPublic.length} bytes, expected ${KEY_LENGTH}`);
    const { crypto, random } = this.#options;
    // Made while the console was idle, or now: either way drawn before the device random.
    const { privateKey, publicKey: devicePublic } = this.#keys.take();
    const deviceRandom = new Uint8Array(RANDOM_LENGTH);
    random.fill(deviceRandom);
    let shared: Uint8Array;
    try {
      shared = crypto.x25519SharedSecret(privateKey, clientPublic);
    } catch {
      throw new ProtocommError("security 1: client public key is not usable (low-order point)");
    } finally {
      wipe(privateKey);
    }
    const key = this.#popHash ? xorBytes(shared, this.#popHash) : shared;
    this.#stream = crypto.aesCtr(key, deviceRandom);
    wipe(shared, key);
    this.#clientPublic = clientPublic;
    this.#devicePublic = devicePublic;
    return reply({ msg: Sec1MsgType.Session_Response0, sr0: { devicePubkey: devicePublic, deviceRandom } });
  }

  #command1(clientVerify: Uint8Array): Uint8Array {
    const stream = this.#stream;
    if (this.established) throw new ProtocommError("security 1: command 1 after the session was established (send command 0 to start a new one)");
    if (!stream || !this.#devicePublic || !this.#clientPublic)
      throw new ProtocommError("security 1: command 1 before command 0");
    if (clientVerify.length !== KEY_LENGTH) {
      this.close();
      throw new ProtocommError(`security 1: verify data is ${clientVerify.length} bytes, expected ${KEY_LENGTH}`);
    }
    if (!constantTimeEqual(stream.process(clientVerify), this.#devicePublic)) {
      this.close();
      throw new AuthenticationError("security 1: key mismatch (wrong proof of possession?)");
    }
    const deviceVerify = stream.process(this.#clientPublic);
    this.established = true;
    return reply({ msg: Sec1MsgType.Session_Response1, sr1: { deviceVerifyData: deviceVerify } });
  }

  encrypt(plaintext: Uint8Array): Uint8Array {
    return this.#requireStream().process(plaintext);
  }

  decrypt(ciphertext: Uint8Array): Uint8Array {
    this.#keys.activity();
    return this.#requireStream().process(ciphertext);
  }

  #requireStream(): CtrStream {
    if (!this.established || !this.#stream) throw new ProtocommError("session not established");
    return this.#stream;
  }

  close(): void {
    this.established = false;
    this.#stream?.dispose();
    this.#stream = undefined;
    this.#clientPublic = undefined;
    this.#devicePublic = undefined;
  }
}

export class Security1 implements SecurityScheme {
  readonly version = 1;
  readonly patchVersion = 0;
  readonly capabilities: string[];
  #options: Security1Options;
  #popHash: Uint8Array | undefined;
  /** The device key pairs, shared by this scheme's sessions (one at a time). */
  readonly keys: X25519KeyPool;

  constructor(options: Security1Options) {
    this.#options = options;
    this.#popHash = options.pop.length > 0 ? options.crypto.sha256(options.pop) : undefined;
    this.capabilities = this.#popHash ? [] : ["no_pop"];
    this.keys = new X25519KeyPool({ crypto: options.crypto, random: options.random, timers: options.timers, clock: options.clock });
  }

  createSession(): SecuritySession {
    return new Sec1Session(this.#options, this.keys, this.#popHash);
  }

  dispose(): void {
    this.keys.dispose();
  }
}
