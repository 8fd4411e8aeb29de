/** base^exponent mod modulus (big-endian bytes, modulus odd, at most 512 bytes each); modulus.byteLength bytes back. Throws on bad input. */
export function modExp(base: ArrayBuffer, exponent: ArrayBuffer, modulus: ArrayBuffer): ArrayBuffer;
/** RFC 7748 X25519(scalar, u), 32-byte strings. Throws for a low-order u (all-zero result). */
export function x25519(scalar: ArrayBuffer, u: ArrayBuffer): ArrayBuffer;
/** X25519(scalar, 9): the public key of a private scalar. */
export function x25519Public(scalar: ArrayBuffer): ArrayBuffer;
/** SRP6a's B = (k·v + g^b) mod N (big-endian bytes, modulus odd); modulus.byteLength bytes back. Throws on bad input. */
export function srpServerPublic(g: Uint8Array, k: Uint8Array, v: Uint8Array, b: Uint8Array, modulus: ArrayBuffer): ArrayBuffer;
/** SRP6a's premaster S = (A·v^u)^b mod N; modulus.byteLength bytes back, undefined when A ≡ 0 (mod N). Throws on bad input. */
export function srpPremaster(A: Uint8Array, v: Uint8Array, u: Uint8Array, b: Uint8Array, modulus: ArrayBuffer): ArrayBuffer | undefined;
