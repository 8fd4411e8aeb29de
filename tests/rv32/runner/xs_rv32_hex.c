/*
 * Uint8Array.fromHex and Uint8Array.prototype.toHex (ES2026) in C, as the firmware's engine has them: the
 * Moddable SDK's XS (8.2.3, mxUint8ArrayBase64 on by default) builds them in, the XS that @agoric/xsnap
 * brings does not. Without them the portable code's hex falls back to JS (modules/util/hex.ts), which on a
 * core without an FPU costs thousands of instructions a character (Number() parses in software floating
 * point), so the runner would count work the device does not do. Only what the spec says of hex strings:
 * fromHex takes a string of an even number of hex digits, either case, else throws a SyntaxError; toHex
 * gives lowercase digits. (fromHex's options and the base64 functions are not here: nothing uses them.)
 */
#include "xsAll.h"
#include "xs_rv32.h"

static int nibble(txU1 c)
{
	if ((c >= '0') && (c <= '9')) return c - '0';
	if ((c >= 'a') && (c <= 'f')) return c - 'a' + 10;
	if ((c >= 'A') && (c <= 'F')) return c - 'A' + 10;
	return -1;
}

/* The bytes a typed array views: its buffer's data at its offset (looked up again after any allocation).
 * Uses the caller's xsVar(0). */
static txU1* typedArrayBytes(txMachine* the, txSlot* array, txInteger* length)
{
	txInteger offset;
	/* One XS call a statement: the xs* macros share the machine's scratch slot. */
	offset = xsToInteger(xsGet(*array, xsID("byteOffset")));
	*length = xsToInteger(xsGet(*array, xsID("length")));
	xsVar(0) = xsGet(*array, xsID("buffer"));
	return (txU1*)xsToArrayBuffer(xsVar(0)) + offset;
}

static void fx_rv32_fromHex(txMachine* the)
{
	txString text;
	txInteger size, i;
	txU1* out;
	txInteger length;
	xsVars(1);
	if ((xsToInteger(xsArgc) < 1) || (xsTypeOf(xsArg(0)) != xsStringType))
		xsTypeError("fromHex: not a string");
	text = xsToString(xsArg(0));
	size = (txInteger)c_strlen(text);
	if (size & 1)
		xsSyntaxError("fromHex: odd number of digits");
	for (i = 0; i < size; i++) {
		if (nibble((txU1)text[i]) < 0)
			xsSyntaxError("fromHex: not a hex digit");
	}
	xsResult = xsNew1(xsGlobal, xsID("Uint8Array"), xsInteger(size >> 1));
	out = typedArrayBytes(the, &xsResult, &length);
	text = xsToString(xsArg(0));
	for (i = 0; i < length; i++)
		out[i] = (txU1)((nibble((txU1)text[2 * i]) << 4) | nibble((txU1)text[2 * i + 1]));
}

static void fx_rv32_toHex(txMachine* the)
{
	static const char digits[] = "0123456789abcdef";
	txInteger length, i;
	txU1* bytes;
	txString out;
	xsVars(1);
	typedArrayBytes(the, &xsThis, &length);
	xsResult = xsStringBuffer(NULL, 2 * length);
	bytes = typedArrayBytes(the, &xsThis, &length);
	out = xsToString(xsResult);
	for (i = 0; i < length; i++) {
		out[2 * i] = digits[bytes[i] >> 4];
		out[2 * i + 1] = digits[bytes[i] & 15];
	}
	out[2 * length] = 0;
}

void xs_rv32_installHex(xsMachine* the)
{
	xsBeginHost(the);
	{
		xsVars(2);
		xsVar(0) = xsGet(xsGlobal, xsID("Uint8Array"));
		xsVar(1) = xsNewHostFunction(fx_rv32_fromHex, 1);
		xsDefine(xsVar(0), xsID("fromHex"), xsVar(1), xsDontEnum);
		xsVar(0) = xsGet(xsVar(0), xsID("prototype"));
		xsVar(1) = xsNewHostFunction(fx_rv32_toHex, 0);
		xsDefine(xsVar(0), xsID("toHex"), xsVar(1), xsDontEnum);
	}
	xsEndHost(the);
}
