// The native crypto's bindings (C in native_crypto_xs.c over native_crypto.c, mbedTLS), typed by
// native-crypto.d.ts beside it. Used through the portable interfaces by mbedtls-crypto.ts.
export function modExp(base, exponent, modulus) @ "xs_native_crypto_modexp";
export function x25519(scalar, u) @ "xs_native_crypto_x25519";
export function x25519Public(scalar) @ "xs_native_crypto_x25519_public";
export function srpServerPublic(g, k, v, b, modulus) @ "xs_native_crypto_srp_server_public";
export function srpPremaster(A, v, u, b, modulus) @ "xs_native_crypto_srp_premaster";
