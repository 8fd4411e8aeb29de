// The device side of SRP6a. It holds only the salt and the verifier v = g^x, never the password.
import { constantTimeEqual, wipe } from "../../util/bytes.js";
import type { CryptoProvider } from "../crypto/provider.js";
import type { ModularArithmetic } from "./arithmetic.js";
import { bigIntToBytes, bytesToBigInt } from "./bigint.js";
import { G, N, N_LENGTH } from "./group.js";
import { clientProof, groupHash, multiplierK, scramblingU, serverProof, sessionKey } from "./srp.js";

const B_BITS = 256;
const U_BITS = 512;

export type SrpRefusal = "bad-A" | "u-zero";

/** What one device needs across handshakes: precomputed once, at boot. */
export class SrpVerifier {
  readonly salt: Uint8Array;
  readonly v: bigint;
  readonly kv: bigint;
  /** H(N) XOR H(PAD(g)), part of every client proof. */
  readonly nXorG: Uint8Array;
  readonly gPow: (exponent: bigint) => bigint;
  readonly vPow: (exponent: bigint) => bigint;

  constructor(readonly crypto: CryptoProvider, readonly arithmetic: ModularArithmetic, salt: Uint8Array, verifier: Uint8Array) {
    this.salt = new Uint8Array(salt);
    this.v = bytesToBigInt(verifier) % N;
    this.kv = (multiplierK(crypto.sha512) * this.v) % N;
    this.nXorG = groupHash(crypto.sha512);
    this.gPow = arithmetic.fixedBase(G, B_BITS);
    this.vPow = arithmetic.fixedBase(this.v, U_BITS);
  }
}

/** One handshake: start() with the client's A, then verify() its proof M. */
export class SrpServerSession {
  readonly B: Uint8Array;
  #verifier: SrpVerifier;
  #username: Uint8Array;
  #A: Uint8Array;
  #K: Uint8Array;

  private constructor(verifier: SrpVerifier, username: Uint8Array, A: Uint8Array, B: Uint8Array, K: Uint8Array) {
    this.#verifier = verifier;
    this.#username = username;
    this.#A = A;
    this.B = B;
    this.#K = K;
  }

  /** b is the device's secret (32 random bytes, big-endian). Returns a refusal for a hostile A. */
  static start(verifier: SrpVerifier, username: Uint8Array, A: Uint8Array, b: Uint8Array): SrpServerSession | SrpRefusal {
    if (A.length !== N_LENGTH) return "bad-A";
    const a = bytesToBigInt(A);
    if (a % N === 0n) return "bad-A";
    const { crypto, arithmetic } = verifier;
    const secret = bytesToBigInt(b);
    const B = bigIntToBytes((verifier.kv + verifier.gPow(secret)) % N);
    const u = scramblingU(crypto.sha512, A, B);
    if (u === 0n) return "u-zero";
    const S = arithmetic.modPow((a * verifier.vPow(u)) % N, secret);
    const K = sessionKey(crypto.sha512, S);
    return new SrpServerSession(verifier, new Uint8Array(username), new Uint8Array(A), B, K);
  }

  /** The session key K (64 bytes); security 2 uses K[0:32] for AES-256-GCM. */
  get key(): Uint8Array {
    return this.#K;
  }

  /** Returns H_AMK when the client's proof is right, else undefined. Constant time. */
  verify(M: Uint8Array): Uint8Array | undefined {
    const { crypto, salt, nXorG } = this.#verifier;
    const expected = clientProof(crypto.sha512, this.#username, salt, this.#A, this.B, this.#K, nXorG);
    if (!constantTimeEqual(M, expected)) return undefined;
    return serverProof(crypto.sha512, this.#A, expected, this.#K);
  }

  forget(): void {
    wipe(this.#K);
  }
}
