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
