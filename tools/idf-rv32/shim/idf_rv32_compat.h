/* Included before every ESP-IDF source (-include). ESP-IDF v5.5 is written for Mbed TLS 3.x; the build links
 * Mbed TLS 2.28 (the one the RV32 runner links), whose names differ: the 3.x names below are 2.28's *_ret
 * functions, MBEDTLS_PRIVATE() is plain member access, and security1.c's ECDH context access follows 2.28's
 * legacy-context setting. console: protocomm_console.c prints its replies with printf, which goes to the
 * driver's UART sink as the chip's stdout goes to the UART. */
#pragma once
/* What ESP-IDF's newlib headers bring in indirectly. */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <sys/queue.h>
#include <mbedtls/version.h>
#include <mbedtls/sha256.h>
#include <mbedtls/sha512.h>
#if MBEDTLS_VERSION_MAJOR < 3
#define MBEDTLS_PRIVATE(member) member
#define mbedtls_sha256(input, length, output, is224) mbedtls_sha256_ret(input, length, output, is224)
#define mbedtls_sha512(input, length, output, is384) mbedtls_sha512_ret(input, length, output, is384)
#define mbedtls_sha512_starts(context, is384) mbedtls_sha512_starts_ret(context, is384)
#define mbedtls_sha512_update(context, input, length) mbedtls_sha512_update_ret(context, input, length)
#define mbedtls_sha512_finish(context, output) mbedtls_sha512_finish_ret(context, output)
#if defined(MBEDTLS_ECDH_LEGACY_CONTEXT)
#define CONFIG_MBEDTLS_ECDH_LEGACY_CONTEXT 1
#endif
#endif
int idf_rv32_printf(const char *format, ...) __attribute__((format(printf, 1, 2)));
#define printf idf_rv32_printf
