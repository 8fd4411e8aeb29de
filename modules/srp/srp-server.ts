// The device side of SRP6a. It holds only the salt and the verifier v = g^x, never the password.
import { constantTimeEqual, wipe } from "../util/bytes.js";
import type { CryptoProvider } from "../crypto/provider.js";
import type { ModularArithmetic, SrpServerArithmetic } from "./arithmetic.js";
import { bigIntToBytes, bytesToBigInt, minimalBytes, padded } from "./bigint.js";
import { G, N, N_LENGTH } from "./group.js";
import { clientProof, groupHash, multiplierHash, scramblingHash, serverProof, sessionKey } from "./srp.js";

const B_BITS = 256;
const U_BITS = 512;

export type SrpRefusal = "bad-A" | "u-zero";

/** The server arithmetic from modPow and fixedBase, over BigInt: what a runtime without a whole one uses. */
function portableServer(arithmetic: ModularArithmetic, k: bigint, verifier: Uint8Array): SrpServerArithmetic {
  const v = bytesToBigInt(verifier) % N;
  const kv = (k * v) % N;
  const gPow = arithmetic.fixedBase(G, B_BITS);
  const vPow = arithmetic.fixedBase(v, U_BITS);
  return {
    serverPublic: (b) => padded((kv + gPow(bytesToBigInt(b))) % N, N_LENGTH),
    premaster: (A, u, b) => {
      const a = bytesToBigInt(A);
      if (a % N === 0n) return undefined;
      return padded(arithmetic.modPow((a * vPow(bytesToBigInt(u))) % N, bytesToBigInt(b)), N_LENGTH);
    },
  };
}

const N_BYTES = padded(N, N_LENGTH);

/**
 * A (N_LENGTH bytes) ≡ 0 mod N, checked on the bytes before any work: N's top bit is set, so A < 2N
 * and only 0 and N itself qualify. The arithmetic refuses them too; this keeps a hostile A cheap.
 */
function isZeroModN(A: Uint8Array): boolean {
  let zero = 0, other = 0;
  for (let i = 0; i < N_LENGTH; i++) {
    zero |= A[i];
    other |= A[i] ^ N_BYTES[i];
  }
  return zero === 0 || other === 0;
}

function isZero(bytes: Uint8Array): boolean {
  return bytes.every((byte) => byte === 0);
}

/** What one device needs across handshakes: precomputed once, at boot. */
export class SrpVerifier {
  readonly salt: Uint8Array;
  /** H(N) XOR H(PAD(g)), part of every client proof. */
  readonly nXorG: Uint8Array;
  /** B and S: whole from the arithmetic when it offers it (native C), else over BigInt. */
  readonly group: SrpServerArithmetic;

  constructor(readonly crypto: CryptoProvider, readonly arithmetic: ModularArithmetic, salt: Uint8Array, verifier: Uint8Array) {
    this.salt = new Uint8Array(salt);
    this.nXorG = groupHash(crypto.sha512);
    const k = multiplierHash(crypto.sha512);
    this.group = arithmetic.srpServer?.(bigIntToBytes(G), k, verifier) ?? portableServer(arithmetic, bytesToBigInt(k), verifier);
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
    if (A.length !== N_LENGTH || isZeroModN(A)) return "bad-A";
    const { crypto, group } = verifier;
    // B goes on the wire in minimal form, as ESP-IDF writes it (mbedtls_mpi_write_binary at its size).
    const B = minimalBytes(group.serverPublic(b));
    const u = scramblingHash(crypto.sha512, A, B);
    if (isZero(u)) return "u-zero";
    const S = group.premaster(A, u, b);
    if (!S) return "bad-A";
    const K = sessionKey(crypto.sha512, S);
    wipe(S);
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
