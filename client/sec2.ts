// Security 2, client side (as esp_prov's security2.py): SRP6a over the 3072-bit group with SHA-512, then
// AES-256-GCM with key K[0:32], no AAD, ciphertext || 16-byte tag. The nonce follows the device's
// sec_patch_ver (from proto-ver):
//   1: the device's 8-byte prefix || uint32 BE counter from 1, advanced after every encrypt and every
//      decrypt (one counter for both directions, so request n uses 2n+1 and its reply 2n+2);
//   0: the device's 16-byte IV for every message (devices before the 2025 fix).
import { Sec2MsgType, SecSchemeVersion, SessionData } from "../modules/proto/messages.js";
import type { Random } from "../modules/ports.js";
import type { CryptoProvider, GcmCipher } from "../modules/crypto/provider.js";
import type { ModularArithmetic } from "../modules/srp/arithmetic.js";
import { bytesToBigInt } from "../modules/srp/bigint.js";
import { clientProve, clientPublic } from "../modules/srp/srp-client.js";
import { concatBytes, constantTimeEqual, toBytes, wipe } from "../modules/util/bytes.js";
import { ClientError } from "./errors.js";
import { decodeSessionReply, requireEstablished, type ClientSession } from "./session.js";

const SECRET_LENGTH = 32;
const PREFIX_LENGTH = 8;
const PROOF_LENGTH = 64;
/** A draws a 384-byte A about 255 times in 256; a hundred misses in a row means a broken Random. */
const MAX_DRAWS = 100;
const MAX_COUNTER = 0xffffffff;

export interface Sec2ClientOptions {
  username: Uint8Array;
  password: Uint8Array;
  /** The device's sec_patch_ver: 1 (counter nonce) or 0 (fixed IV). */
  patchVersion: number;
  crypto: CryptoProvider;
  arithmetic: ModularArithmetic;
  random: Random;
}

function request(payload: { msg?: Sec2MsgType; sc0?: object; sc1?: object }): Uint8Array {
  return SessionData.encode({ secVer: SecSchemeVersion.SecScheme2, sec2: payload }).finish();
}

export class Sec2Client implements ClientSession {
  readonly version = 2;
  step = 0;
  established = false;
  #options: Sec2ClientOptions;
  #a: bigint | undefined;
  #A: Uint8Array | undefined;
  #expectedProof: Uint8Array | undefined;
  #K: Uint8Array | undefined;
  #cipher: GcmCipher | undefined;
  #nonce: Uint8Array | undefined;
  #counter = 1;

  constructor(options: Sec2ClientOptions) {
    if (options.patchVersion !== 0 && options.patchVersion !== 1)
      throw new ClientError("protocol", `security 2: unknown sec_patch_ver ${options.patchVersion}`);
    this.#options = options;
  }

  next(reply?: Uint8Array): Uint8Array | undefined {
    switch (this.step) {
      case 0: return this.#command0();
      case 1: return this.#command1(reply);
      case 2: return this.#finish(reply);
      default: throw new ClientError("protocol", "security 2: the handshake is already over");
    }
  }

  /** a = 32 random bytes with the top bit set, drawn again until A is exactly 384 bytes (as esp_prov). */
  #command0(): Uint8Array {
    const { random, arithmetic, username } = this.#options;
    const draw = new Uint8Array(SECRET_LENGTH);
    for (let i = 0; i < MAX_DRAWS && !this.#A; i++) {
      random.fill(draw);
      draw[0] |= 0x80;
      this.#a = bytesToBigInt(draw);
      this.#A = clientPublic(arithmetic, this.#a);
    }
    wipe(draw);
    if (!this.#A) throw new Error("security 2: the random source never gave a usable secret");
    this.step = 1;
    return request({ sc0: { clientUsername: username, clientPubkey: this.#A } });
  }

  #command1(reply: Uint8Array | undefined): Uint8Array {
    const payload = decodeSessionReply(this.#require(reply), 2).sec2;
    const sr0 = payload?.sr0;
    if (!payload || (payload.msg ?? 0) !== Sec2MsgType.S2Session_Response0 || !sr0)
      throw new ClientError("protocol", "security 2: the device's reply to command 0 is not a response 0");
    if ((sr0.status ?? 0) !== 0) throw new ClientError("handshake", `security 2: the device refused command 0 (status ${sr0.status})`);
    const B = toBytes(sr0.devicePubkey ?? new Uint8Array(0));
    const salt = toBytes(sr0.deviceSalt ?? new Uint8Array(0));
    if (!B.length || !salt.length) throw new ClientError("protocol", "security 2: the device sent no public key or no salt");
    const { crypto, arithmetic, username, password } = this.#options;
    const proof = clientProve(crypto, arithmetic, username, password, this.#a!, this.#A!, salt, B);
    this.#a = undefined;
    if (!proof) throw new ClientError("handshake", "security 2: the device's public key B is not usable (0 mod N, or u = 0)");
    this.#expectedProof = proof.expectedDeviceProof;
    this.#K = proof.K;
    this.step = 2;
    return request({ msg: Sec2MsgType.S2Session_Command1, sc1: { clientProof: proof.M } });
  }

  #finish(reply: Uint8Array | undefined): undefined {
    const payload = decodeSessionReply(this.#require(reply), 2).sec2;
    const sr1 = payload?.sr1;
    if (!payload || (payload.msg ?? 0) !== Sec2MsgType.S2Session_Response1 || !sr1)
      throw new ClientError("protocol", "security 2: the device's reply to command 1 is not a response 1");
    if ((sr1.status ?? 0) !== 0) throw new ClientError("handshake", `security 2: the device refused command 1 (status ${sr1.status})`);
    const deviceProof = toBytes(sr1.deviceProof ?? new Uint8Array(0));
    if (deviceProof.length !== PROOF_LENGTH || !constantTimeEqual(deviceProof, this.#expectedProof!)) {
      this.close();
      throw new ClientError("handshake", "security 2: failed to verify the device proof (the device does not hold this password's verifier)");
    }
    const nonce = toBytes(sr1.deviceNonce ?? new Uint8Array(0));
    const patch = this.#options.patchVersion;
    if (patch === 1 ? nonce.length < PREFIX_LENGTH : nonce.length === 0)
      throw new ClientError("protocol", `security 2: device nonce of ${nonce.length} bytes does not suit sec_patch_ver ${patch}`);
    this.#nonce = patch === 1 ? nonce.subarray(0, PREFIX_LENGTH) : nonce;
    this.#cipher = this.#options.crypto.aesGcm(this.#K!.subarray(0, 32));
    wipe(this.#K);
    this.#K = undefined;
    this.step = 3;
    this.established = true;
    return undefined;
  }

  #nextNonce(): Uint8Array {
    if (this.#options.patchVersion === 0) return this.#nonce!;
    if (this.#counter > MAX_COUNTER) throw new ClientError("protocol", "security 2: nonce counter exhausted; start a new session");
    const c = this.#counter++;
    return concatBytes(this.#nonce!, new Uint8Array([c >>> 24, (c >>> 16) & 255, (c >>> 8) & 255, c & 255]));
  }

  #require(reply: Uint8Array | undefined): Uint8Array {
    if (!reply) throw new ClientError("protocol", "security 2: a handshake step needs the device's reply");
    return reply;
  }

  encrypt(plaintext: Uint8Array): Uint8Array {
    requireEstablished(this.established);
    return this.#cipher!.seal(this.#nextNonce(), plaintext);
  }

  /** The counter advances even when the tag is wrong, as on the device: both sides stay in step. */
  decrypt(sealed: Uint8Array): Uint8Array {
    requireEstablished(this.established);
    const plaintext = this.#cipher!.open(this.#nextNonce(), sealed);
    if (!plaintext) throw new ClientError("protocol", "security 2: the device's reply does not authenticate");
    return plaintext;
  }

  close(): void {
    this.established = false;
    this.#a = undefined;
    wipe(this.#K);
    this.#K = undefined;
    this.#cipher?.dispose();
    this.#cipher = undefined;
  }
}
