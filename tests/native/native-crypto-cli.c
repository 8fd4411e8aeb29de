/*
 * A line-driven front end to the firmware's native crypto (adapters/moddable/native-crypto),
 * built with the host's cc against libmbedtls-dev by tests/node/native-crypto.test.ts, which sends the
 * inputs and checks the answers. One request a line, hex arguments ("-" for an empty string):
 *   modexp BASE EXPONENT MODULUS   ->  ok RESULT (as wide as MODULUS)
 *   x25519 SCALAR U                ->  ok RESULT
 *   x25519-public SCALAR           ->  ok PUBLIC
 *   x25519-iterate COUNT           ->  ok K  (RFC 7748 section 5.2: k = X25519(k, u), u = old k)
 *   srp-public G K V B MODULUS     ->  ok B  (SRP6a's (k*v + g^b) mod N, as wide as MODULUS)
 *   srp-premaster A V U B MODULUS  ->  ok S  (SRP6a's (A * v^u)^b mod N, as wide as MODULUS)
 * A refused request answers "error CODE MESSAGE"; a malformed line answers "bad-request".
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "native_crypto.h"

#define MAX_LINE 8192

static int hex_value(char c)
{
	if ((c >= '0') && (c <= '9')) return c - '0';
	if ((c >= 'a') && (c <= 'f')) return c - 'a' + 10;
	if ((c >= 'A') && (c <= 'F')) return c - 'A' + 10;
	return -1;
}

/* Decodes a hex token into out (at most max bytes); returns the length, or -1. */
static long decode(const char *token, uint8_t *out, size_t max)
{
	size_t length, i;
	if (!token) return -1;
	if (0 == strcmp(token, "-")) return 0;
	length = strlen(token);
	if ((length & 1) || (length / 2 > max)) return -1;
	for (i = 0; i < length / 2; i++) {
		int high = hex_value(token[2 * i]), low = hex_value(token[2 * i + 1]);
		if ((high < 0) || (low < 0)) return -1;
		out[i] = (uint8_t)((high << 4) | low);
	}
	return (long)(length / 2);
}

static void answer(int code, const uint8_t *bytes, size_t length)
{
	size_t i;
	if (NC_OK != code) {
		printf("error %d %s\n", code, nc_error_message(code));
		return;
	}
	printf("ok ");
	for (i = 0; i < length; i++) printf("%02x", bytes[i]);
	printf("\n");
}

int main(void)
{
	static char line[MAX_LINE];
	static uint8_t a[NC_MODEXP_MAX_BYTES + 1], b[NC_MODEXP_MAX_BYTES + 1], m[NC_MODEXP_MAX_BYTES + 1], r[NC_MODEXP_MAX_BYTES + 1];
	static uint8_t c[NC_MODEXP_MAX_BYTES + 1], d[NC_MODEXP_MAX_BYTES + 1];

	while (fgets(line, sizeof(line), stdin)) {
		char *command = strtok(line, " \r\n");
		char *arg1 = strtok(NULL, " \r\n"), *arg2 = strtok(NULL, " \r\n"), *arg3 = strtok(NULL, " \r\n");
		char *arg4 = strtok(NULL, " \r\n"), *arg5 = strtok(NULL, " \r\n");
		if (!command) continue;
		if (0 == strcmp(command, "modexp")) {
			/* One byte more than the limit, so an oversized operand reaches nc_modexp and is refused there. */
			long la = decode(arg1, a, sizeof(a)), lb = decode(arg2, b, sizeof(b)), lm = decode(arg3, m, sizeof(m));
			if ((la < 0) || (lb < 0) || (lm < 0)) { puts("bad-request"); continue; }
			answer(nc_modexp(a, (size_t)la, b, (size_t)lb, m, (size_t)lm, r), r, (size_t)lm);
		}
		else if ((0 == strcmp(command, "srp-public")) || (0 == strcmp(command, "srp-premaster"))) {
			/* Operands one byte over the limit reach the C and are refused there, as for modexp. */
			long l1 = decode(arg1, a, sizeof(a)), l2 = decode(arg2, b, sizeof(b)), l3 = decode(arg3, c, sizeof(c));
			long l4 = decode(arg4, d, sizeof(d)), lm = decode(arg5, m, sizeof(m));
			if ((l1 < 0) || (l2 < 0) || (l3 < 0) || (l4 < 0) || (lm < 0)) { puts("bad-request"); continue; }
			if (0 == strcmp(command, "srp-public"))
				answer(nc_srp_server_public(a, (size_t)l1, b, (size_t)l2, c, (size_t)l3, d, (size_t)l4, m, (size_t)lm, r), r, (size_t)lm);
			else
				answer(nc_srp_premaster(a, (size_t)l1, b, (size_t)l2, c, (size_t)l3, d, (size_t)l4, m, (size_t)lm, r), r, (size_t)lm);
		}
		else if (0 == strcmp(command, "x25519")) {
			if ((decode(arg1, a, NC_X25519_BYTES) != NC_X25519_BYTES) || (decode(arg2, b, NC_X25519_BYTES) != NC_X25519_BYTES)) { puts("bad-request"); continue; }
			answer(nc_x25519(a, b, r), r, NC_X25519_BYTES);
		}
		else if (0 == strcmp(command, "x25519-public")) {
			if (decode(arg1, a, NC_X25519_BYTES) != NC_X25519_BYTES) { puts("bad-request"); continue; }
			answer(nc_x25519_public(a, r), r, NC_X25519_BYTES);
		}
		else if (0 == strcmp(command, "x25519-iterate")) {
			long count = arg1 ? strtol(arg1, NULL, 10) : -1, i;
			int code = NC_OK;
			uint8_t k[NC_X25519_BYTES] = { 9 }, u[NC_X25519_BYTES] = { 9 };
			if (count < 1) { puts("bad-request"); continue; }
			for (i = 0; (i < count) && (NC_OK == code); i++) {
				code = nc_x25519(k, u, r);
				memcpy(u, k, NC_X25519_BYTES);
				memcpy(k, r, NC_X25519_BYTES);
			}
			answer(code, k, NC_X25519_BYTES);
		}
		else
			puts("bad-request");
		fflush(stdout);
	}
	return 0;
}
