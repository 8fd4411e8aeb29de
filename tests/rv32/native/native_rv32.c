/*
 * The native half of the RV32 runner's nativeCrypto build (xs-rv32-native.elf): the project's native crypto
 * (adapters/moddable/native-crypto: native_crypto.c over Mbed TLS, native_crypto_xs.c's XS bindings, both
 * compiled unchanged) installed as the global __nativeCrypto, which tests/rv32/native/native-crypto.js
 * exports as the firmware's `@` bindings would be; and, in place of the Moddable SDK's crypt module (not in
 * the npm tree CI builds from), SHA-2 and AES over the same Mbed TLS as __rv32Crypt, which
 * tests/rv32/native/native-crypt.js shapes into crypt's Digest, BlockCipher, Mode and GCM.
 *
 * Bare metal has no entropy source: mbedtls_hardware_poll() is a fixed sequence, so runs are repeatable.
 * It only feeds PSA's DRBG, whose output the X25519 ladder uses to randomise its projective coordinates;
 * results do not depend on it. psa_crypto_init() runs at start-up, as ESP-IDF v6.0 does before app_main.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "xsmc.h"
#include <mbedtls/aes.h>
#include <mbedtls/gcm.h>
#include <mbedtls/platform_util.h>
#include <mbedtls/sha256.h>
#include <mbedtls/sha512.h>
#include <psa/crypto.h>
#include "xs_rv32_native.h"

void xs_native_crypto_modexp(xsMachine *the);
void xs_native_crypto_x25519(xsMachine *the);
void xs_native_crypto_x25519_public(xsMachine *the);
void xs_native_crypto_srp_server_public(xsMachine *the);
void xs_native_crypto_srp_premaster(xsMachine *the);

int mbedtls_hardware_poll(void *data, unsigned char *output, size_t len, size_t *olen)
{
	static uint32_t state = 0x2545F491;
	size_t i;
	(void)data;
	for (i = 0; i < len; i++) {
		state ^= state << 13;
		state ^= state >> 17;
		state ^= state << 5;
		output[i] = (unsigned char)state;
	}
	*olen = len;
	return 0;
}

/* The bytes of an ArrayBuffer, a typed array or a DataView argument. */
static void *bytesOf(xsMachine *the, xsSlot *slot, xsUnsignedValue *size)
{
	void *data;
	xsmcGetBufferReadable(*slot, &data, size);
	return data;
}

static void newBuffer(xsMachine *the, const void *data, size_t size)
{
	xsmcSetArrayBuffer(xsResult, (void *)data, size);
}

/* Digest: a SHA-256 or SHA-512 context in a host object (crypt's Digest keeps its C state the same way). */
typedef struct {
	int bits;
	union { mbedtls_sha256_context sha256; mbedtls_sha512_context sha512; } context;
} rv32_digest;

static void digestFree(void *data)
{
	if (data) {
		mbedtls_platform_zeroize(data, sizeof(rv32_digest));
		free(data);
	}
}

/* digestNew(bits): 256 or 512 */
static void xs_digest_new(xsMachine *the)
{
	rv32_digest *digest = calloc(1, sizeof(rv32_digest));
	if (!digest) xsUnknownError("no memory");
	digest->bits = xsmcToInteger(xsArg(0));
	if (512 == digest->bits) {
		mbedtls_sha512_init(&digest->context.sha512);
		mbedtls_sha512_starts_ret(&digest->context.sha512, 0);
	}
	else {
		mbedtls_sha256_init(&digest->context.sha256);
		mbedtls_sha256_starts_ret(&digest->context.sha256, 0);
	}
	xsResult = xsNewHostObject(digestFree);
	xsmcSetHostData(xsResult, digest);
}

/* digestWrite(digest, bytes) */
static void xs_digest_write(xsMachine *the)
{
	rv32_digest *digest = xsmcGetHostData(xsArg(0));
	xsUnsignedValue size;
	const void *data = bytesOf(the, &xsArg(1), &size);
	if (512 == digest->bits)
		mbedtls_sha512_update_ret(&digest->context.sha512, data, size);
	else
		mbedtls_sha256_update_ret(&digest->context.sha256, data, size);
}

/* digestClose(digest): the hash as an ArrayBuffer */
static void xs_digest_close(xsMachine *the)
{
	rv32_digest *digest = xsmcGetHostData(xsArg(0));
	unsigned char out[64];
	if (512 == digest->bits) {
		mbedtls_sha512_finish_ret(&digest->context.sha512, out);
		newBuffer(the, out, 64);
	}
	else {
		mbedtls_sha256_finish_ret(&digest->context.sha256, out);
		newBuffer(the, out, 32);
	}
}

/* CTR: the expanded key, the counter block and the byte offset in a host object, as crypt's Mode keeps them. */
typedef struct {
	mbedtls_aes_context aes;
	unsigned char counter[16];
	unsigned char stream[16];
	size_t offset;
} rv32_ctr;

static void ctrFree(void *data)
{
	if (data) {
		mbedtls_aes_free(&((rv32_ctr *)data)->aes);
		mbedtls_platform_zeroize(data, sizeof(rv32_ctr));
		free(data);
	}
}

/* ctrNew(key, counter) */
static void xs_ctr_new(xsMachine *the)
{
	xsUnsignedValue keySize, counterSize;
	const void *key = bytesOf(the, &xsArg(0), &keySize);
	const void *counter = bytesOf(the, &xsArg(1), &counterSize);
	rv32_ctr *ctr;
	if (16 != counterSize) xsRangeError("counter must be 16 bytes");
	ctr = calloc(1, sizeof(rv32_ctr));
	if (!ctr) xsUnknownError("no memory");
	mbedtls_aes_init(&ctr->aes);
	if (mbedtls_aes_setkey_enc(&ctr->aes, key, keySize * 8)) {
		ctrFree(ctr);
		xsRangeError("bad AES key");
	}
	memcpy(ctr->counter, counter, 16);
	xsResult = xsNewHostObject(ctrFree);
	xsmcSetHostData(xsResult, ctr);
}

/* ctrProcess(ctr, bytes): the bytes XORed with the next keystream bytes, as a new ArrayBuffer */
static void xs_ctr_process(xsMachine *the)
{
	rv32_ctr *ctr = xsmcGetHostData(xsArg(0));
	xsUnsignedValue size;
	void *out;
	bytesOf(the, &xsArg(1), &size);
	xsmcSetArrayBuffer(xsResult, NULL, size);
	/* The allocation may move the argument's bytes: look them up again. */
	const void *data = bytesOf(the, &xsArg(1), &size);
	out = xsmcToArrayBuffer(xsResult);
	mbedtls_aes_crypt_ctr(&ctr->aes, size, &ctr->offset, ctr->counter, ctr->stream, data, out);
}

/* gcm(key, iv, bytes, encrypt): encrypt → ciphertext || 16-byte tag; decrypt → plaintext, or undefined
 * when the tag does not verify. */
static void xs_gcm(xsMachine *the)
{
	xsUnsignedValue keySize, ivSize, size;
	int encrypt = xsmcToBoolean(xsArg(3)), ret;
	mbedtls_gcm_context gcm;
	size_t length;
	unsigned char *out;
	bytesOf(the, &xsArg(2), &size);
	if (!encrypt && (size < 16)) return;
	length = encrypt ? size : size - 16;
	xsmcSetArrayBuffer(xsResult, NULL, encrypt ? size + 16 : length);
	const void *key = bytesOf(the, &xsArg(0), &keySize);
	const void *iv = bytesOf(the, &xsArg(1), &ivSize);
	const unsigned char *data = bytesOf(the, &xsArg(2), &size);
	out = xsmcToArrayBuffer(xsResult);
	mbedtls_gcm_init(&gcm);
	ret = mbedtls_gcm_setkey(&gcm, MBEDTLS_CIPHER_ID_AES, key, keySize * 8);
	if (0 == ret) {
		if (encrypt)
			ret = mbedtls_gcm_crypt_and_tag(&gcm, MBEDTLS_GCM_ENCRYPT, length, iv, ivSize, NULL, 0, data, out, 16, out + length);
		else
			ret = mbedtls_gcm_auth_decrypt(&gcm, length, iv, ivSize, NULL, 0, data + length, 16, data, out);
	}
	mbedtls_gcm_free(&gcm);
	if (ret) {
		if (!encrypt && (MBEDTLS_ERR_GCM_AUTH_FAILED == ret)) {
			xsResult = xsUndefined;
			return;
		}
		xsUnknownError("GCM failed");
	}
}

static void method(xsMachine *the, xsSlot *object, const char *name, xsCallback callback, int length)
{
	xsVar(1) = xsNewHostFunction(callback, length);
	xsmcSet(*object, xsID(name), xsVar(1));
}

void xs_rv32_native_install(xsMachine *the)
{
	if (PSA_SUCCESS != psa_crypto_init()) {
		printf("psa_crypto_init failed\n");
		exit(3);
	}
	xsBeginHost(the);
	{
		xsmcVars(2);
		xsmcSetNewObject(xsVar(0));
		method(the, &xsVar(0), "modExp", xs_native_crypto_modexp, 3);
		method(the, &xsVar(0), "x25519", xs_native_crypto_x25519, 2);
		method(the, &xsVar(0), "x25519Public", xs_native_crypto_x25519_public, 1);
		method(the, &xsVar(0), "srpServerPublic", xs_native_crypto_srp_server_public, 5);
		method(the, &xsVar(0), "srpPremaster", xs_native_crypto_srp_premaster, 5);
		xsmcSet(xsGlobal, xsID("__nativeCrypto"), xsVar(0));
		xsmcSetNewObject(xsVar(0));
		method(the, &xsVar(0), "digestNew", xs_digest_new, 1);
		method(the, &xsVar(0), "digestWrite", xs_digest_write, 2);
		method(the, &xsVar(0), "digestClose", xs_digest_close, 1);
		method(the, &xsVar(0), "ctrNew", xs_ctr_new, 2);
		method(the, &xsVar(0), "ctrProcess", xs_ctr_process, 2);
		method(the, &xsVar(0), "gcm", xs_gcm, 4);
		xsmcSet(xsGlobal, xsID("__rv32Crypt"), xsVar(0));
	}
	xsEndHost(the);
}
