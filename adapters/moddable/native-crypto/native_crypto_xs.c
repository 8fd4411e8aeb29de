/*
 * The XS side of the native crypto (bound in native-crypto.js): argument checks, one call into
 * native_crypto.c, the result as a new ArrayBuffer. The math reads the arguments' bytes in place and
 * allocates nothing in XS, so their pointers stay valid until it returns; results pass through a stack
 * buffer that is wiped afterwards. Every failure is a JavaScript exception.
 */
#include "xsmc.h"
#include "native_crypto.h"

static void nc_throw(xsMachine *the, int code)
{
	if (NC_ERR_ARGUMENT == code)
		xsRangeError("native crypto: %s", nc_error_message(code));
	xsUnknownError("native crypto: %s", nc_error_message(code));
}

static void *nc_bytes(xsMachine *the, xsSlot *slot, const char *what, xsUnsignedValue min, xsUnsignedValue max, xsUnsignedValue *size)
{
	void *data;
	xsmcGetBufferReadable(*slot, &data, size);
	if ((*size < min) || (*size > max))
		xsRangeError("native crypto: %s must be %u to %u bytes", what, (unsigned)min, (unsigned)max);
	return data;
}

/* modExp(base, exponent, modulus): big-endian bytes; returns modulus.byteLength bytes. */
void xs_native_crypto_modexp(xsMachine *the)
{
	xsUnsignedValue base_len, exponent_len, modulus_len;
	const void *base = nc_bytes(the, &xsArg(0), "base", 0, NC_MODEXP_MAX_BYTES, &base_len);
	const void *exponent = nc_bytes(the, &xsArg(1), "exponent", 0, NC_MODEXP_MAX_BYTES, &exponent_len);
	const void *modulus = nc_bytes(the, &xsArg(2), "modulus", 1, NC_MODEXP_MAX_BYTES, &modulus_len);
	uint8_t result[NC_MODEXP_MAX_BYTES];
	int code = nc_modexp(base, base_len, exponent, exponent_len, modulus, modulus_len, result);
	if (NC_OK != code)
		nc_throw(the, code);
	xsmcSetArrayBuffer(xsResult, result, modulus_len);
	nc_wipe(result, modulus_len);
}

/* x25519(scalar, u): RFC 7748 byte strings of 32 bytes; returns 32 bytes. */
void xs_native_crypto_x25519(xsMachine *the)
{
	xsUnsignedValue size;
	const void *scalar = nc_bytes(the, &xsArg(0), "X25519 scalar", NC_X25519_BYTES, NC_X25519_BYTES, &size);
	const void *u = nc_bytes(the, &xsArg(1), "X25519 point", NC_X25519_BYTES, NC_X25519_BYTES, &size);
	uint8_t result[NC_X25519_BYTES];
	int code = nc_x25519(scalar, u, result);
	if (NC_OK != code)
		nc_throw(the, code);
	xsmcSetArrayBuffer(xsResult, result, NC_X25519_BYTES);
	nc_wipe(result, NC_X25519_BYTES);
}

/* x25519Public(scalar): X25519(scalar, 9). */
void xs_native_crypto_x25519_public(xsMachine *the)
{
	xsUnsignedValue size;
	const void *scalar = nc_bytes(the, &xsArg(0), "X25519 scalar", NC_X25519_BYTES, NC_X25519_BYTES, &size);
	uint8_t result[NC_X25519_BYTES];
	int code = nc_x25519_public(scalar, result);
	if (NC_OK != code)
		nc_throw(the, code);
	xsmcSetArrayBuffer(xsResult, result, NC_X25519_BYTES);
	nc_wipe(result, NC_X25519_BYTES);
}

/* srpServerPublic(g, k, v, b, modulus): byte arrays (Uint8Array or ArrayBuffer, read in place); B = (k*v + g^b) mod N; modulus.byteLength bytes. */
void xs_native_crypto_srp_server_public(xsMachine *the)
{
	xsUnsignedValue g_len, k_len, v_len, b_len, modulus_len;
	const void *g = nc_bytes(the, &xsArg(0), "g", 1, NC_MODEXP_MAX_BYTES, &g_len);
	const void *k = nc_bytes(the, &xsArg(1), "k", 1, NC_MODEXP_MAX_BYTES, &k_len);
	const void *v = nc_bytes(the, &xsArg(2), "verifier", 1, NC_MODEXP_MAX_BYTES, &v_len);
	const void *b = nc_bytes(the, &xsArg(3), "b", 1, NC_MODEXP_MAX_BYTES, &b_len);
	const void *modulus = nc_bytes(the, &xsArg(4), "modulus", 1, NC_MODEXP_MAX_BYTES, &modulus_len);
	uint8_t result[NC_MODEXP_MAX_BYTES];
	int code = nc_srp_server_public(g, g_len, k, k_len, v, v_len, b, b_len, modulus, modulus_len, result);
	if (NC_OK != code)
		nc_throw(the, code);
	xsmcSetArrayBuffer(xsResult, result, modulus_len);
	nc_wipe(result, modulus_len);
}

/*
 * srpPremaster(A, v, u, b, modulus): S = (A * v^u)^b mod N, modulus.byteLength bytes; undefined when
 * A mod N = 0 (a refusal the caller reports, not an error).
 */
void xs_native_crypto_srp_premaster(xsMachine *the)
{
	xsUnsignedValue A_len, v_len, u_len, b_len, modulus_len;
	const void *A = nc_bytes(the, &xsArg(0), "A", 1, NC_MODEXP_MAX_BYTES, &A_len);
	const void *v = nc_bytes(the, &xsArg(1), "verifier", 1, NC_MODEXP_MAX_BYTES, &v_len);
	const void *u = nc_bytes(the, &xsArg(2), "u", 1, NC_MODEXP_MAX_BYTES, &u_len);
	const void *b = nc_bytes(the, &xsArg(3), "b", 1, NC_MODEXP_MAX_BYTES, &b_len);
	const void *modulus = nc_bytes(the, &xsArg(4), "modulus", 1, NC_MODEXP_MAX_BYTES, &modulus_len);
	uint8_t result[NC_MODEXP_MAX_BYTES];
	int code = nc_srp_premaster(A, A_len, v, v_len, u, u_len, b, b_len, modulus, modulus_len, result);
	if (NC_ERR_ZERO_MOD_N == code)
		return;
	if (NC_OK != code)
		nc_throw(the, code);
	xsmcSetArrayBuffer(xsResult, result, modulus_len);
	nc_wipe(result, modulus_len);
}
