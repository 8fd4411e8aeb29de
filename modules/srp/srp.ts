// The SRP6a computations shared by both sides, in ESP-IDF's exact byte forms: PAD() to 384 bytes where
// the protocol pads, K = H(S) over S's minimal form, and M over the salt, A and B bytes as sent.
import { concatBytes, xorBytes } from "../util/bytes.js";
import type { CryptoProvider } from "../crypto/provider.js";
import { bigIntToBytes, bytesToBigInt, minimalBytes, padded } from "./bigint.js";
import { G, N, N_LENGTH } from "./group.js";

export type Sha512 = CryptoProvider["sha512"];

/** k = H(N | PAD(g)), as the hash's bytes (big-endian). */
export function multiplierHash(sha512: Sha512): Uint8Array {
  return sha512(padded(N, N_LENGTH), padded(G, N_LENGTH));
}

export function multiplierK(sha512: Sha512): bigint {
  return bytesToBigInt(multiplierHash(sha512));
}

/** u = H(PAD(A) | PAD(B)), as the hash's bytes (big-endian). */
export function scramblingHash(sha512: Sha512, A: Uint8Array, B: Uint8Array): Uint8Array {
  return sha512(padded(A, N_LENGTH), padded(B, N_LENGTH));
}

export function scramblingU(sha512: Sha512, A: Uint8Array, B: Uint8Array): bigint {
  return bytesToBigInt(scramblingHash(sha512, A, B));
}

/** x = H(s | H(I ":" P)) */
export function privateX(sha512: Sha512, salt: Uint8Array, username: Uint8Array, password: Uint8Array): bigint {
  return bytesToBigInt(sha512(salt, sha512(username, new Uint8Array([0x3a]), password)));
}

/** K = H(S), S in minimal big-endian form (given as a BigInt, or as bytes that may carry leading zeros). */
export function sessionKey(sha512: Sha512, S: bigint | Uint8Array): Uint8Array {
  return sha512(typeof S === "bigint" ? bigIntToBytes(S) : minimalBytes(S));
}

/** H(N) XOR H(PAD(g)): the same for every session, so the device hashes it once. */
export function groupHash(sha512: Sha512): Uint8Array {
  return xorBytes(sha512(padded(N, N_LENGTH)), sha512(padded(G, N_LENGTH)));
}

/** M = H(H(N) XOR H(PAD(g)) | H(I) | s | A | B | K) */
export function clientProof(sha512: Sha512, username: Uint8Array, salt: Uint8Array, A: Uint8Array, B: Uint8Array, K: Uint8Array,
  nXorG: Uint8Array = groupHash(sha512)): Uint8Array {
  return sha512(nXorG, sha512(username), salt, A, B, K);
}

/** H_AMK = H(A | M | K) */
export function serverProof(sha512: Sha512, A: Uint8Array, M: Uint8Array, K: Uint8Array): Uint8Array {
  return sha512(concatBytes(A, M, K));
}
