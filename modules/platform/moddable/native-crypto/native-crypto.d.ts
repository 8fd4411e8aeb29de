/** base^exponent mod modulus (big-endian bytes, modulus odd, at most 512 bytes each); modulus.byteLength bytes back. Throws on bad input. */
export function modExp(base: ArrayBuffer, exponent: ArrayBuffer, modulus: ArrayBuffer): ArrayBuffer;
/** RFC 7748 X25519(scalar, u), 32-byte strings. Throws for a low-order u (all-zero result). */
export function x25519(scalar: ArrayBuffer, u: ArrayBuffer): ArrayBuffer;
/** X25519(scalar, 9): the public key of a private scalar. */
export function x25519Public(scalar: ArrayBuffer): ArrayBuffer;
