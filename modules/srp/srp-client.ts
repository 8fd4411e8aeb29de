// The client side of SRP6a, as esp_prov computes it: for the host client and for tests.
import type { CryptoProvider } from "../crypto/provider.js";
import type { ModularArithmetic } from "./arithmetic.js";
import { bigIntToBytes, bytesToBigInt } from "./bigint.js";
import { G, N, N_LENGTH } from "./group.js";
import { clientProof, multiplierK, privateX, scramblingU, serverProof, sessionKey } from "./srp.js";

/** A = g^a for a private a; esp_prov redraws a until A is exactly 384 bytes. */
export function clientPublic(arithmetic: ModularArithmetic, a: bigint): Uint8Array | undefined {
  const A = bigIntToBytes(arithmetic.modPow(G, a));
  return A.length === N_LENGTH ? A : undefined;
}

/** The verifier a device stores: v = g^x mod N, minimal big-endian (as esp_prov --sec2_gen_cred prints it). */
export function makeVerifier(crypto: CryptoProvider, arithmetic: ModularArithmetic, salt: Uint8Array, username: Uint8Array, password: Uint8Array): Uint8Array {
  return bigIntToBytes(arithmetic.modPow(G, privateX(crypto.sha512, salt, username, password)));
}

export interface ClientProof {
  M: Uint8Array;
  K: Uint8Array;
  /** The H_AMK the device must answer with. */
  expectedDeviceProof: Uint8Array;
}

/** Given the device's salt and B: S = (B − k·v)^(a + u·x), then K and M. Undefined for a hostile B. */
export function clientProve(crypto: CryptoProvider, arithmetic: ModularArithmetic, username: Uint8Array, password: Uint8Array,
  a: bigint, A: Uint8Array, salt: Uint8Array, B: Uint8Array): ClientProof | undefined {
  const sha512 = crypto.sha512;
  const b = bytesToBigInt(B);
  if (b % N === 0n) return undefined;
  const u = scramblingU(sha512, A, B);
  if (u === 0n) return undefined;
  const x = privateX(sha512, salt, username, password);
  const k = multiplierK(sha512);
  const base = ((b - ((k * arithmetic.modPow(G, x)) % N)) % N + N) % N;
  const S = arithmetic.modPow(base, a + u * x);
  const K = sessionKey(sha512, S);
  const M = clientProof(sha512, username, salt, A, B, K);
  return { M, K, expectedDeviceProof: serverProof(sha512, A, M, K) };
}
