// Security 1, client side (as esp_prov's security1.py): a fresh X25519 key pair per session, the shared
// key XORed with SHA-256(PoP) when there is a PoP, and one AES-256-CTR keystream (counter block =
// device_random) for the whole session in both directions. Command 1 proves the PoP by encrypting the
// device's public key; the device proves it by encrypting ours.
import { Sec1MsgType, SecSchemeVersion, SessionData } from "../modules/proto/messages.js";
import type { Random } from "../modules/ports.js";
import type { CryptoProvider, CtrStream } from "../modules/crypto/provider.js";
import { constantTimeEqual, toBytes, wipe, xorBytes } from "../modules/util/bytes.js";
import { ClientError } from "./errors.js";
import { decodeSessionReply, requireEstablished, type ClientSession } from "./session.js";

const KEY_LENGTH = 32;
const RANDOM_LENGTH = 16;

export interface Sec1ClientOptions {
  /** Proof of possession; empty for a device that advertises no_pop. */
  pop: Uint8Array;
  crypto: CryptoProvider;
  random: Random;
}

function request(payload: { msg?: Sec1MsgType; sc0?: object; sc1?: object }): Uint8Array {
  return SessionData.encode({ secVer: SecSchemeVersion.SecScheme1, sec1: payload }).finish();
}

export class Sec1Client implements ClientSession {
  readonly version = 1;
  step = 0;
  established = false;
  #options: Sec1ClientOptions;
  #privateKey: Uint8Array | undefined;
  #publicKey: Uint8Array | undefined;
  #stream: CtrStream | undefined;

  constructor(options: Sec1ClientOptions) {
    this.#options = options;
  }

  next(reply?: Uint8Array): Uint8Array | undefined {
    switch (this.step) {
      case 0: return this.#command0();
      case 1: return this.#command1(reply);
      case 2: return this.#finish(reply);
      default: throw new ClientError("protocol", "security 1: the handshake is already over");
    }
  }

  #command0(): Uint8Array {
    const privateKey = new Uint8Array(KEY_LENGTH);
    this.#options.random.fill(privateKey);
    this.#privateKey = privateKey;
    this.#publicKey = this.#options.crypto.x25519PublicKey(privateKey);
    this.step = 1;
    return request({ sc0: { clientPubkey: this.#publicKey } });
  }

  #command1(reply: Uint8Array | undefined): Uint8Array {
    const payload = decodeSessionReply(this.#require(reply), 1).sec1;
    const sr0 = payload?.sr0;
    if (!payload || (payload.msg ?? 0) !== Sec1MsgType.Session_Response0 || !sr0)
      throw new ClientError("protocol", "security 1: the device's reply to command 0 is not a response 0");
    if ((sr0.status ?? 0) !== 0) throw new ClientError("handshake", `security 1: the device refused command 0 (status ${sr0.status})`);
    const devicePublic = toBytes(sr0.devicePubkey ?? new Uint8Array(0));
    const deviceRandom = toBytes(sr0.deviceRandom ?? new Uint8Array(0));
    if (devicePublic.length !== KEY_LENGTH || deviceRandom.length !== RANDOM_LENGTH)
      throw new ClientError("protocol", `security 1: device key of ${devicePublic.length} bytes and random of ${deviceRandom.length}, expected ${KEY_LENGTH} and ${RANDOM_LENGTH}`);
    const { crypto, pop } = this.#options;
    let shared: Uint8Array;
    try {
      shared = crypto.x25519SharedSecret(this.#privateKey!, devicePublic);
    } catch {
      throw new ClientError("handshake", "security 1: the device's public key is not usable (low-order point)");
    } finally {
      wipe(this.#privateKey);
      this.#privateKey = undefined;
    }
    const key = pop.length ? xorBytes(shared, crypto.sha256(pop)) : shared;
    this.#stream = crypto.aesCtr(key, deviceRandom);
    wipe(shared, key);
    this.step = 2;
    return request({ msg: Sec1MsgType.Session_Command1, sc1: { clientVerifyData: this.#stream.process(devicePublic) } });
  }

  #finish(reply: Uint8Array | undefined): undefined {
    const payload = decodeSessionReply(this.#require(reply), 1).sec1;
    const sr1 = payload?.sr1;
    if (!payload || (payload.msg ?? 0) !== Sec1MsgType.Session_Response1 || !sr1)
      throw new ClientError("protocol", "security 1: the device's reply to command 1 is not a response 1");
    if ((sr1.status ?? 0) !== 0) throw new ClientError("handshake", `security 1: the device refused command 1 (status ${sr1.status})`);
    const verify = this.#stream!.process(toBytes(sr1.deviceVerifyData ?? new Uint8Array(0)));
    if (!constantTimeEqual(verify, this.#publicKey!)) {
      this.close();
      throw new ClientError("handshake", "security 1: failed to verify the device (its proof does not match our key)");
    }
    this.step = 3;
    this.established = true;
    return undefined;
  }

  #require(reply: Uint8Array | undefined): Uint8Array {
    if (!reply) throw new ClientError("protocol", "security 1: a handshake step needs the device's reply");
    return reply;
  }

  encrypt(plaintext: Uint8Array): Uint8Array {
    requireEstablished(this.established);
    return this.#stream!.process(plaintext);
  }

  decrypt(ciphertext: Uint8Array): Uint8Array {
    requireEstablished(this.established);
    return this.#stream!.process(ciphertext);
  }

  close(): void {
    this.established = false;
    wipe(this.#privateKey);
    this.#privateKey = undefined;
    this.#stream?.dispose();
    this.#stream = undefined;
  }
}
