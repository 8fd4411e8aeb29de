/*
 * Mbed TLS 2.28's configuration for the RV32 runner's native crypto (and for Espressif's protocomm C on the
 * same ISA, tools/idf-rv32): bare metal, no OS, no files, no sockets, no clock; only what the two sides
 * call. Our native_crypto.c: bignum (exp_mod, mul, mod), X25519 through PSA (ECDH on Curve25519), and for
 * the runner's stand-in of Moddable's crypt: SHA-256, SHA-512, AES (CTR, GCM). ESP-IDF's security 1 and 2:
 * the same, plus the legacy ECDH API, CTR_DRBG and the entropy collector, which PSA's RNG uses too.
 */
#ifndef RV32_MBEDTLS_CONFIG_H
#define RV32_MBEDTLS_CONFIG_H

/* No platform entropy (no /dev/urandom): the program supplies mbedtls_hardware_poll(). */
#define MBEDTLS_NO_PLATFORM_ENTROPY
#define MBEDTLS_ENTROPY_HARDWARE_ALT
/* No clock. */
#undef MBEDTLS_HAVE_TIME

/* AES's tables in flash (.rodata), not generated in RAM on first use: every count is the steady state. */
#define MBEDTLS_AES_ROM_TABLES
#define MBEDTLS_CIPHER_MODE_CTR
#define MBEDTLS_ECP_DP_CURVE25519_ENABLED

#define MBEDTLS_AES_C
#define MBEDTLS_BIGNUM_C
#define MBEDTLS_CIPHER_C
#define MBEDTLS_CTR_DRBG_C
#define MBEDTLS_ECDH_C
#define MBEDTLS_ECP_C
#define MBEDTLS_ENTROPY_C
#define MBEDTLS_GCM_C
#define MBEDTLS_PSA_CRYPTO_C
#define MBEDTLS_SHA256_C
#define MBEDTLS_SHA512_C

#include "mbedtls/check_config.h"

#endif
