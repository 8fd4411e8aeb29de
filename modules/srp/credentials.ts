// What a device may accept as its security 2 credentials. A verifier is v = g^x mod N for the password's
// x; a value that no password can produce, or one of small order, lets a client that knows no password
// compute the session key: v = 0 gives S = 0; v = 1 gives S = (B − k)^a, all known to the client; v = N − 1
// (order 2) gives S = (±g^a)^b, right half the time. N is a safe prime (N = 2q + 1), so every other v in
// 2 … N − 2 has order q or 2q and is safe. These are refused at boot, before anything touches flash.
import { bytesToBigInt } from "./bigint.js";
import { N, N_LENGTH } from "./group.js";

export const SALT_MIN = 8;
export const SALT_MAX = 64;
export const USERNAME_MAX = 64;

export interface CredentialProblem {
  key: "sec2Username" | "sec2Salt" | "sec2Verifier";
  message: string;
}

/** Undefined when the credentials are usable; otherwise which key is wrong and why. */
export function sec2CredentialProblem(username: Uint8Array, salt: Uint8Array, verifier: Uint8Array): CredentialProblem | undefined {
  if (username.length === 0 || username.length > USERNAME_MAX)
    return { key: "sec2Username", message: `must be 1 to ${USERNAME_MAX} bytes` };
  for (const b of username) {
    if (b < 0x20 || b === 0x7f) return { key: "sec2Username", message: "must not contain control characters" };
  }
  if (salt.length < SALT_MIN || salt.length > SALT_MAX)
    return { key: "sec2Salt", message: `must be ${SALT_MIN} to ${SALT_MAX} bytes (npm run sec2-credentials makes 16)` };
  // esp_prov hashes the salt as a minimal big-endian number: a leading zero byte would change M.
  if (salt[0] === 0) return { key: "sec2Salt", message: "starts with a zero byte, which esp_prov hashes differently" };
  if (verifier.length === 0 || verifier.length > N_LENGTH)
    return { key: "sec2Verifier", message: `must be 1 to ${N_LENGTH} bytes` };
  const v = bytesToBigInt(verifier);
  if (v < 2n || v > N - 2n)
    return { key: "sec2Verifier", message: "is not a usable verifier (0, 1, N - 1 or not below N): any password would pass" };
  return undefined;
}
