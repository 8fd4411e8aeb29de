/*
 * Modular exponentiation, SRP6a's server group arithmetic and X25519 over mbedTLS (see
 * native_crypto.h). No XS here: the firmware reaches these through native_crypto_xs.c, the host test
 * through tests/native.
 *
 * Calls chosen to exist in Mbed TLS 2.28, 3.x and 4 alike:
 * - mbedtls_mpi_ read_binary, write_binary, mod_mpi, mul_mpi, add_mpi, sub_mpi, cmp_mpi, cmp_int,
 *   get_bit, free (which zeroes the limbs) and exp_mod: on an ESP32 built with
 *   CONFIG_MBEDTLS_HARDWARE_MPI, ESP-IDF replaces exp_mod (and mul_mpi) with its RSA/MPI accelerator
 *   versions (as ESP-IDF's own protocomm SRP uses them). Mbed TLS 4 keeps the
 *   bignum API under mbedtls/private/, declared only with MBEDTLS_DECLARE_PRIVATE_IDENTIFIERS.
 * - X25519 through PSA (psa_import_key + psa_raw_key_agreement on the Montgomery family): the legacy
 *   ECP/ECDH API is private in Mbed TLS 4, while PSA is its public API and already in 2.28.
 */
#include "native_crypto.h"

#include <string.h>

#if defined(ESP_PLATFORM) && defined(__has_include) && !defined(MBEDTLS_CONFIG_FILE) && !defined(TF_PSA_CRYPTO_USER_CONFIG_FILE)
#if __has_include("mbedtls/esp_config.h")
/* Moddable compiles this file with its own make, outside ESP-IDF's CMake: take the configuration
 * ESP-IDF's mbedtls component is built with, as its CMake would give it. */
#define MBEDTLS_CONFIG_FILE "mbedtls/esp_config.h"
#define TF_PSA_CRYPTO_USER_CONFIG_FILE "mbedtls/esp_config.h"
#endif
#endif

#if defined(__has_include)
#if __has_include(<mbedtls/private/bignum.h>)
#define NC_MBEDTLS_PRIVATE_BIGNUM 1
#endif
#endif

#ifdef NC_MBEDTLS_PRIVATE_BIGNUM
#ifndef MBEDTLS_DECLARE_PRIVATE_IDENTIFIERS
#define MBEDTLS_DECLARE_PRIVATE_IDENTIFIERS
#endif
#include <mbedtls/private/bignum.h>
#else
#include <mbedtls/bignum.h>
#endif
#include <mbedtls/platform_util.h>
#include <psa/crypto.h>

/* mbedTLS's MPI errors, named the same in every version (in Mbed TLS 4 they alias PSA's codes). */
static int nc_from_mpi(int ret)
{
	if (0 == ret)
		return NC_OK;
	if (MBEDTLS_ERR_MPI_ALLOC_FAILED == ret)
		return NC_ERR_MEMORY;
	if (MBEDTLS_ERR_MPI_BAD_INPUT_DATA == ret)
		return NC_ERR_ARGUMENT;
	return NC_ERR_CRYPTO;
}

int nc_modexp(const uint8_t *base, size_t base_len,
              const uint8_t *exponent, size_t exponent_len,
              const uint8_t *modulus, size_t modulus_len,
              uint8_t *result)
{
	mbedtls_mpi A, E, N, X;
	int ret;

	if ((base_len > NC_MODEXP_MAX_BYTES) || (exponent_len > NC_MODEXP_MAX_BYTES) ||
	    (0 == modulus_len) || (modulus_len > NC_MODEXP_MAX_BYTES) || !result)
		return NC_ERR_ARGUMENT;
	if ((base_len && !base) || (exponent_len && !exponent) || !modulus)
		return NC_ERR_ARGUMENT;

	mbedtls_mpi_init(&A);
	mbedtls_mpi_init(&E);
	mbedtls_mpi_init(&N);
	mbedtls_mpi_init(&X);

	ret = mbedtls_mpi_read_binary(&N, modulus, modulus_len);
	if (0 == ret) {
		/* Montgomery form needs an odd modulus; 1 is odd but leaves nothing to compute. */
		if ((mbedtls_mpi_cmp_int(&N, 1) <= 0) || (0 == mbedtls_mpi_get_bit(&N, 0)))
			ret = MBEDTLS_ERR_MPI_BAD_INPUT_DATA;
	}
	if (0 == ret)
		ret = mbedtls_mpi_read_binary(&A, base, base_len);
	/* Bases at or above the modulus are reduced first: not every exp_mod (Mbed TLS 4, ESP-IDF's
	 * hardware one) promises to accept them. */
	if (0 == ret)
		ret = mbedtls_mpi_mod_mpi(&A, &A, &N);
	if (0 == ret)
		ret = mbedtls_mpi_read_binary(&E, exponent, exponent_len);
	if (0 == ret)
		ret = mbedtls_mpi_exp_mod(&X, &A, &E, &N, NULL);
	if (0 == ret)
		ret = mbedtls_mpi_write_binary(&X, result, modulus_len);
	if (0 != ret)
		mbedtls_platform_zeroize(result, modulus_len);

	/* mbedtls_mpi_free zeroes each number's limbs before freeing them. */
	mbedtls_mpi_free(&A);
	mbedtls_mpi_free(&E);
	mbedtls_mpi_free(&N);
	mbedtls_mpi_free(&X);
	return nc_from_mpi(ret);
}

/* Reads an operand of at most NC_MODEXP_MAX_BYTES (a NULL pointer only with length 0). */
static int nc_read(mbedtls_mpi *X, const uint8_t *bytes, size_t length)
{
	if ((length > NC_MODEXP_MAX_BYTES) || (length && !bytes))
		return MBEDTLS_ERR_MPI_BAD_INPUT_DATA;
	return mbedtls_mpi_read_binary(X, bytes, length);
}

/* Reads SRP's modulus: odd, above 1, at most NC_MODEXP_MAX_BYTES (mbedtls_mpi_exp_mod's Montgomery form). */
static int nc_read_modulus(mbedtls_mpi *N, const uint8_t *modulus, size_t modulus_len)
{
	int ret;
	if (0 == modulus_len)
		return MBEDTLS_ERR_MPI_BAD_INPUT_DATA;
	ret = nc_read(N, modulus, modulus_len);
	if ((0 == ret) && ((mbedtls_mpi_cmp_int(N, 1) <= 0) || (0 == mbedtls_mpi_get_bit(N, 0))))
		ret = MBEDTLS_ERR_MPI_BAD_INPUT_DATA;
	return ret;
}

int nc_srp_server_public(const uint8_t *g, size_t g_len, const uint8_t *k, size_t k_len,
                         const uint8_t *v, size_t v_len, const uint8_t *b, size_t b_len,
                         const uint8_t *modulus, size_t modulus_len, uint8_t *B)
{
	mbedtls_mpi N, G, K, V, E, X;
	int ret;

	if (!B || (0 == modulus_len) || (modulus_len > NC_MODEXP_MAX_BYTES))
		return NC_ERR_ARGUMENT;
	mbedtls_mpi_init(&N);
	mbedtls_mpi_init(&G);
	mbedtls_mpi_init(&K);
	mbedtls_mpi_init(&V);
	mbedtls_mpi_init(&E);
	mbedtls_mpi_init(&X);

	ret = nc_read_modulus(&N, modulus, modulus_len);
	if (0 == ret)
		ret = nc_read(&G, g, g_len);
	if (0 == ret)
		ret = nc_read(&K, k, k_len);
	if (0 == ret)
		ret = nc_read(&V, v, v_len);
	if (0 == ret)
		ret = nc_read(&E, b, b_len);
	/* k*v mod N, into V */
	if (0 == ret)
		ret = mbedtls_mpi_mod_mpi(&V, &V, &N);
	if (0 == ret)
		ret = mbedtls_mpi_mul_mpi(&X, &K, &V);
	if (0 == ret)
		ret = mbedtls_mpi_mod_mpi(&V, &X, &N);
	/* g^b mod N, into X (g reduced first, as nc_modexp does) */
	if (0 == ret)
		ret = mbedtls_mpi_mod_mpi(&G, &G, &N);
	if (0 == ret)
		ret = mbedtls_mpi_exp_mod(&X, &G, &E, &N, NULL);
	/* B = (k*v + g^b) mod N: both terms below N, so one subtraction at most */
	if (0 == ret)
		ret = mbedtls_mpi_add_mpi(&X, &X, &V);
	if ((0 == ret) && (mbedtls_mpi_cmp_mpi(&X, &N) >= 0))
		ret = mbedtls_mpi_sub_mpi(&X, &X, &N);
	if (0 == ret)
		ret = mbedtls_mpi_write_binary(&X, B, modulus_len);
	if (0 != ret)
		mbedtls_platform_zeroize(B, modulus_len);

	mbedtls_mpi_free(&N);
	mbedtls_mpi_free(&G);
	mbedtls_mpi_free(&K);
	mbedtls_mpi_free(&V);
	mbedtls_mpi_free(&E);
	mbedtls_mpi_free(&X);
	return nc_from_mpi(ret);
}

int nc_srp_premaster(const uint8_t *A, size_t A_len, const uint8_t *v, size_t v_len,
                     const uint8_t *u, size_t u_len, const uint8_t *b, size_t b_len,
                     const uint8_t *modulus, size_t modulus_len, uint8_t *S)
{
	mbedtls_mpi N, RR, P, V, U, E, X;
	int ret, zero = 0;

	if (!S || (0 == modulus_len) || (modulus_len > NC_MODEXP_MAX_BYTES))
		return NC_ERR_ARGUMENT;
	mbedtls_mpi_init(&N);
	mbedtls_mpi_init(&RR);
	mbedtls_mpi_init(&P);
	mbedtls_mpi_init(&V);
	mbedtls_mpi_init(&U);
	mbedtls_mpi_init(&E);
	mbedtls_mpi_init(&X);

	ret = nc_read_modulus(&N, modulus, modulus_len);
	if (0 == ret)
		ret = nc_read(&P, A, A_len);
	if (0 == ret)
		ret = nc_read(&V, v, v_len);
	if (0 == ret)
		ret = nc_read(&U, u, u_len);
	if (0 == ret)
		ret = nc_read(&E, b, b_len);
	/* A mod N, refused when 0 */
	if (0 == ret)
		ret = mbedtls_mpi_mod_mpi(&P, &P, &N);
	if ((0 == ret) && (0 == mbedtls_mpi_cmp_int(&P, 0)))
		zero = 1;
	/* v^u mod N; RR (Montgomery's R^2 mod N, or the accelerator's own constant) is computed by the
	 * first exponentiation and reused by the second. */
	if ((0 == ret) && !zero)
		ret = mbedtls_mpi_mod_mpi(&V, &V, &N);
	if ((0 == ret) && !zero)
		ret = mbedtls_mpi_exp_mod(&X, &V, &U, &N, &RR);
	/* A * v^u mod N, into P */
	if ((0 == ret) && !zero)
		ret = mbedtls_mpi_mul_mpi(&V, &P, &X);
	if ((0 == ret) && !zero)
		ret = mbedtls_mpi_mod_mpi(&P, &V, &N);
	/* S = (A * v^u)^b mod N */
	if ((0 == ret) && !zero)
		ret = mbedtls_mpi_exp_mod(&X, &P, &E, &N, &RR);
	if ((0 == ret) && !zero)
		ret = mbedtls_mpi_write_binary(&X, S, modulus_len);
	if ((0 != ret) || zero)
		mbedtls_platform_zeroize(S, modulus_len);

	mbedtls_mpi_free(&N);
	mbedtls_mpi_free(&RR);
	mbedtls_mpi_free(&P);
	mbedtls_mpi_free(&V);
	mbedtls_mpi_free(&U);
	mbedtls_mpi_free(&E);
	mbedtls_mpi_free(&X);
	return ((0 == ret) && zero) ? NC_ERR_ZERO_MOD_N : nc_from_mpi(ret);
}

static int nc_from_psa(psa_status_t status)
{
	if (PSA_SUCCESS == status)
		return NC_OK;
	if (PSA_ERROR_INSUFFICIENT_MEMORY == status)
		return NC_ERR_MEMORY;
	return NC_ERR_CRYPTO;
}

/* Constant time: all 32 bytes are read whatever they hold. */
static int nc_all_zero(const uint8_t bytes[NC_X25519_BYTES])
{
	uint8_t any = 0;
	size_t i;
	for (i = 0; i < NC_X25519_BYTES; i++)
		any |= bytes[i];
	return 0 == any;
}

int nc_x25519(const uint8_t scalar[NC_X25519_BYTES], const uint8_t u[NC_X25519_BYTES], uint8_t out[NC_X25519_BYTES])
{
	psa_key_attributes_t attributes = PSA_KEY_ATTRIBUTES_INIT;
	psa_key_id_t key = 0;
	psa_status_t status;
	size_t length = 0;
	int ret;

	if (!scalar || !u || !out)
		return NC_ERR_ARGUMENT;
	/* Idempotent; ESP-IDF v6.0 has already called it at startup. */
	status = psa_crypto_init();
	if (PSA_SUCCESS != status)
		return nc_from_psa(status);

	psa_set_key_type(&attributes, PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_MONTGOMERY));
	psa_set_key_bits(&attributes, 255);
	psa_set_key_usage_flags(&attributes, PSA_KEY_USAGE_DERIVE);
	psa_set_key_algorithm(&attributes, PSA_ALG_ECDH);
	/* mbedTLS clamps a Curve25519 private key on import, as RFC 7748 decodes scalars. */
	status = psa_import_key(&attributes, scalar, NC_X25519_BYTES, &key);
	psa_reset_key_attributes(&attributes);
	if (PSA_SUCCESS != status)
		return nc_from_psa(status);

	status = psa_raw_key_agreement(PSA_ALG_ECDH, key, u, NC_X25519_BYTES, out, NC_X25519_BYTES, &length);
	/* Destroying the key wipes its slot. */
	psa_destroy_key(key);

	if ((PSA_SUCCESS == status) && (NC_X25519_BYTES == length))
		ret = nc_all_zero(out) ? NC_ERR_LOW_ORDER : NC_OK;
	else if (PSA_ERROR_INVALID_ARGUMENT == status)
		ret = NC_ERR_LOW_ORDER; /* mbedTLS refuses the known low-order points before the ladder */
	else
		ret = (PSA_SUCCESS == status) ? NC_ERR_CRYPTO : nc_from_psa(status);
	if (NC_OK != ret)
		mbedtls_platform_zeroize(out, NC_X25519_BYTES);
	return ret;
}

int nc_x25519_public(const uint8_t scalar[NC_X25519_BYTES], uint8_t out[NC_X25519_BYTES])
{
	static const uint8_t base_point[NC_X25519_BYTES] = { 9 };
	return nc_x25519(scalar, base_point, out);
}

void nc_wipe(void *data, size_t length)
{
	mbedtls_platform_zeroize(data, length);
}

const char *nc_error_message(int code)
{
	switch (code) {
	case NC_OK:
		return "no error";
	case NC_ERR_ARGUMENT:
		return "invalid argument";
	case NC_ERR_MEMORY:
		return "out of memory";
	case NC_ERR_LOW_ORDER:
		return "peer public key refused (low order)";
	case NC_ERR_ZERO_MOD_N:
		return "peer public key refused (0 mod N)";
	default:
		return "mbedTLS failed";
	}
}
