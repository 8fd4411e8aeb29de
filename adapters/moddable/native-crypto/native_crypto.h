/*
 * The device's big-number and curve work in C over mbedTLS, with no XS in sight, so the same code is
 * linked into the firmware (through native_crypto_xs.c) and into the host test in tests/native.
 *
 * Built against Mbed TLS 2.28 (Debian's libmbedtls-dev, the lin build), 3.x, and Mbed TLS 4 with
 * TF-PSA-Crypto 1.0 (ESP-IDF v6.0, the esp32 build).
 */
#ifndef NATIVE_CRYPTO_H
#define NATIVE_CRYPTO_H

#include <stddef.h>
#include <stdint.h>

#define NC_OK 0
#define NC_ERR_ARGUMENT -1  /* a length out of range, or a negative/zero/even modulus */
#define NC_ERR_MEMORY -2    /* mbedTLS could not allocate */
#define NC_ERR_CRYPTO -3    /* any other mbedTLS failure (PSA not initialised, key refused...) */
#define NC_ERR_LOW_ORDER -4 /* X25519: the peer's key gives the all-zero shared secret */
#define NC_ERR_ZERO_MOD_N -5 /* SRP: the client's A is a multiple of the modulus (A mod N = 0) */

/* Longest operand nc_modexp accepts, in bytes (4096 bits: the ESP32's MPI unit's limit). */
#define NC_MODEXP_MAX_BYTES 512
#define NC_X25519_BYTES 32

/*
 * result = base^exponent mod modulus, all big-endian unsigned. The modulus must be odd and above 1
 * (mbedtls_mpi_exp_mod's Montgomery form); the base may be any size up to NC_MODEXP_MAX_BYTES.
 * result has modulus_len bytes, zero-padded on the left. Every intermediate is wiped.
 */
int nc_modexp(const uint8_t *base, size_t base_len,
              const uint8_t *exponent, size_t exponent_len,
              const uint8_t *modulus, size_t modulus_len,
              uint8_t *result);

/*
 * RFC 7748 X25519: out = X25519(scalar, u), all 32-byte little-endian strings as on the wire. The
 * scalar is clamped as the RFC says; the top bit of u is ignored. Returns NC_ERR_LOW_ORDER (and
 * zeroes out) when the result would be all zero.
 */
int nc_x25519(const uint8_t scalar[NC_X25519_BYTES], const uint8_t u[NC_X25519_BYTES], uint8_t out[NC_X25519_BYTES]);

/* The public key for a private scalar: X25519(scalar, 9). */
int nc_x25519_public(const uint8_t scalar[NC_X25519_BYTES], uint8_t out[NC_X25519_BYTES]);

/*
 * SRP6a's device-side group arithmetic (RFC 5054, as ESP-IDF's protocomm computes it), all numbers
 * big-endian unsigned at most NC_MODEXP_MAX_BYTES, the modulus odd and above 1, results modulus_len bytes
 * (zero-padded on the left, zeroed on any error). The verifier v is reduced mod N first.
 *
 * nc_srp_server_public: B = (k*v + g^b) mod N.
 * nc_srp_premaster:     S = (A * v^u mod N)^b mod N; NC_ERR_ZERO_MOD_N when A mod N = 0 (a client that
 *                       sends it would force S = 0 and know the key without the password).
 * Every intermediate is wiped (mbedtls_mpi_free zeroes limbs).
 */
int nc_srp_server_public(const uint8_t *g, size_t g_len, const uint8_t *k, size_t k_len,
                         const uint8_t *v, size_t v_len, const uint8_t *b, size_t b_len,
                         const uint8_t *modulus, size_t modulus_len, uint8_t *B);
int nc_srp_premaster(const uint8_t *A, size_t A_len, const uint8_t *v, size_t v_len,
                     const uint8_t *u, size_t u_len, const uint8_t *b, size_t b_len,
                     const uint8_t *modulus, size_t modulus_len, uint8_t *S);

/* Zeroes memory in a way the compiler keeps (mbedtls_platform_zeroize), for callers without mbedTLS headers. */
void nc_wipe(void *data, size_t length);

/* A short English message for an NC_ERR_* code. */
const char *nc_error_message(int code);

#endif
