// Security 2: SRP6a (3072-bit group, SHA-512) with the device holding only a salt and a verifier, then
// AES-256-GCM with key K[0:32], no AAD, ciphertext || 16-byte tag.
//   sec_patch_ver 1: nonce = 8 random bytes || uint32 BE counter from 1, advanced after every encrypt
//                    and every decrypt (one counter for both directions).
//   sec_patch_ver 0: the same random 16-byte IV for every message (clients before the 2025 fix).
import { Sec2MsgType, SecSchemeVersion, SessionData } from "../proto/messages.js";
import { AuthenticationError, ProtocommError } from "../protocomm/errors.js";
import type { Random } from "../ports.js";
import { concatBytes, constantTimeEqual, toBytes, wipe } from "../util/bytes.js";
import type { CryptoProvider, GcmCipher } from "../crypto/provider.js";
import type { ModularArithmetic } from "../srp/arithmetic.js";
import { SrpServerSession, SrpVerifier } from "../srp/srp-server.js";
import type { SecurityScheme, SecuritySession } from "../protocomm/security-scheme.js";
import { quoteForLog } from "../log/escape.js";
import { decodeSessionRequest } from "./session-request.js";

const PROOF_LENGTH = 64;
const B_SECRET_LENGTH = 32;
const PREFIX_LENGTH = 8;
const IV_LENGTH = 16;
const MAX_COUNTER = 0xffffffff;

export interface Security2Options {
  username: Uint8Array;
  salt: Uint8Array;
  verifier: Uint8Array;
  /** 1 (counter nonce, default) or 0 (fixed IV). */
  patchVersion: number;
  crypto: CryptoProvider;
  arithmetic: ModularArithmetic;
  random: Random;
}

function reply(payload: { msg: Sec2MsgType; sr0?: object; sr1?: object }): Uint8Array {
  return SessionData.encode({ secVer: SecSchemeVersion.SecScheme2, sec2: payload }).finish();
}

/** The nonce sequence of one established session. */
class NonceSequence {
  #prefix: Uint8Array;
  #counter = 1;
  constructor(readonly patchVersion: number, readonly deviceNonce: Uint8Array) {
    this.#prefix = deviceNonce.subarray(0, PREFIX_LENGTH);
  }
  next(): Uint8Array {
    if (this.patchVersion === 0) return this.deviceNonce;
    if (this.#counter > MAX_COUNTER) throw new ProtocommError("security 2: nonce counter exhausted; start a new session");
    const c = this.#counter++;
    return concatBytes(this.#prefix, new Uint8Array([c >>> 24, (c >>> 16) & 255, (c >>> 8) & 255, c & 255]));
  }
}

class Sec2Session implements SecuritySession {
  #options: Security2Options;
  #verifier: SrpVerifier;
  #srp: SrpServerSession | undefined;
  #cipher: GcmCipher | undefined;
  #nonces: NonceSequence | undefined;
  established = false;

  constructor(options: Security2Options, verifier: SrpVerifier) {
    this.#options = options;
    this.#verifier = verifier;
  }

  handshake(request: Uint8Array): Uint8Array {
    const payload = decodeSessionRequest(request, 2, "sec2");
    const msg = payload.msg ?? 0;
    if (msg === Sec2MsgType.S2Session_Command0 && payload.sc0)
      return this.#command0(toBytes(payload.sc0.clientUsername ?? new Uint8Array(0)), toBytes(payload.sc0.clientPubkey ?? new Uint8Array(0)));
    if (msg === Sec2MsgType.S2Session_Command1 && payload.sc1)
      return this.#command1(toBytes(payload.sc1.clientProof ?? new Uint8Array(0)));
    throw new ProtocommError(`security 2: unexpected message type ${msg}`);
  }

  /** Cmd0 always starts over: a client that lost its place can begin again. */
  #command0(username: Uint8Array, A: Uint8Array): Uint8Array {
    this.close();
    if (!username.length) throw new ProtocommError("security 2: empty username");
    if (!constantTimeEqual(username, this.#options.username))
      throw new AuthenticationError(`security 2: unknown username ${quoteForLog(username)}`);
    if (A.length !== 384) throw new ProtocommError(`security 2: client public key is ${A.length} bytes, expected 384`);
    const b = new Uint8Array(B_SECRET_LENGTH);
    this.#options.random.fill(b);
    const srp = SrpServerSession.start(this.#verifier, username, A, b);
    wipe(b);
    if (srp === "bad-A") throw new ProtocommError("security 2: client public key is 0 mod N");
    if (srp === "u-zero") throw new ProtocommError("security 2: scrambling parameter u is 0");
    this.#srp = srp;
    return reply({ msg: Sec2MsgType.S2Session_Response0, sr0: { devicePubkey: srp.B, deviceSalt: this.#verifier.salt } });
  }

  #command1(M: Uint8Array): Uint8Array {
    const srp = this.#srp;
    if (this.established) throw new ProtocommError("security 2: command 1 after the session was established (send command 0 to start a new one)");
    if (!srp) throw new ProtocommError("security 2: command 1 before command 0");
    if (M.length !== PROOF_LENGTH) {
      this.close();
      throw new ProtocommError(`security 2: proof is ${M.length} bytes, expected ${PROOF_LENGTH}`);
    }
    const deviceProof = srp.verify(M);
    if (!deviceProof) {
      this.close();
      throw new AuthenticationError("security 2: credentials mismatch (wrong password?)");
    }
    const { patchVersion, random, crypto } = this.#options;
    const deviceNonce = new Uint8Array(patchVersion === 0 ? IV_LENGTH : PREFIX_LENGTH + 4);
    if (patchVersion === 0) random.fill(deviceNonce);
    else {
      random.fill(deviceNonce.subarray(0, PREFIX_LENGTH));
      deviceNonce[PREFIX_LENGTH + 3] = 1;
    }
    this.#cipher = crypto.aesGcm(srp.key.subarray(0, 32));
    this.#nonces = new NonceSequence(patchVersion, deviceNonce);
    srp.forget();
    this.#srp = undefined;
    this.established = true;
    return reply({ msg: Sec2MsgType.S2Session_Response1, sr1: { deviceProof, deviceNonce } });
  }

  encrypt(plaintext: Uint8Array): Uint8Array {
    const { cipher, nonces } = this.#require();
    return cipher.seal(nonces.next(), plaintext);
  }

  decrypt(sealed: Uint8Array): Uint8Array {
    const { cipher, nonces } = this.#require();
    // The counter advances even when the tag is wrong, as on the client: both sides stay in step.
    const plaintext = cipher.open(nonces.next(), sealed);
    if (!plaintext) throw new ProtocommError("security 2: message does not authenticate");
    return plaintext;
  }

  #require(): { cipher: GcmCipher; nonces: NonceSequence } {
    if (!this.established || !this.#cipher || !this.#nonces) throw new ProtocommError("session not established");
    return { cipher: this.#cipher, nonces: this.#nonces };
  }

  close(): void {
    this.established = false;
    this.#srp?.forget();
    this.#srp = undefined;
    this.#cipher?.dispose();
    this.#cipher = undefined;
    this.#nonces = undefined;
  }
}

export class Security2 implements SecurityScheme {
  readonly version = 2;
  readonly patchVersion: number;
  readonly capabilities: string[] = [];
  #options: Security2Options;
  #verifier: SrpVerifier;

  /** Precomputes the fixed-base tables for g and v here, at boot, not during a handshake. */
  constructor(options: Security2Options) {
    if (options.patchVersion !== 0 && options.patchVersion !== 1) throw new RangeError("sec2 patch version must be 0 or 1");
    this.patchVersion = options.patchVersion;
    this.#options = options;
    this.#verifier = new SrpVerifier(options.crypto, options.arithmetic, options.salt, options.verifier);
  }

  createSession(): SecuritySession {
    return new Sec2Session(this.#options, this.#verifier);
  }
}
