// Hex codec for the console wire format: lowercase out, strict in (even length, hex digits only).
// The console writes its reply lines as bytes (hexLine) and reads requests with fromHex.
import { nativeAsciiBytes } from "./ascii.js";

/**
 * ES2026's Uint8Array.fromHex and Uint8Array.prototype.toHex, where the engine has them (XS in the
 * Moddable SDK, Node 25): a whole conversion in one native step instead of an interpreted step per
 * byte. Looked up, not assumed, so this module stays plain ECMAScript; the loops below are the rest.
 */
const NativeHex = Uint8Array as unknown as { fromHex?: (text: string) => Uint8Array; prototype: { toHex?: () => string } };
const nativeHex = typeof NativeHex.fromHex === "function" && typeof NativeHex.prototype.toHex === "function";

const DIGITS = "0123456789abcdef";

/** The two lowercase digits of each byte value, as text (toHex adds one per byte: its cheapest form on XS and V8). */
const PAIR_TEXT: string[] = [];
/** The same as the two ASCII codes in one 16-bit unit, in this machine's byte order (hexLine stores one per byte). */
const PAIR_CODES = new Uint16Array(256);
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
for (let b = 0; b < 256; b++) {
  const hi = DIGITS.charCodeAt(b >> 4), lo = DIGITS.charCodeAt(b & 15);
  PAIR_TEXT.push(DIGITS[b >> 4] + DIGITS[b & 15]);
  PAIR_CODES[b] = LITTLE_ENDIAN ? hi | (lo << 8) : (hi << 8) | lo;
}

/** The lowercase hex of bytes, then `suffix` (ASCII: a line end, a prompt), as ASCII codes: a reply line. */
export function hexLine(bytes: Uint8Array, suffix = ""): Uint8Array {
  const native = nativeHex ? nativeAsciiBytes(toHex(bytes) + suffix) : undefined;
  if (native) return native;
  const n = bytes.length;
  const out = new Uint8Array(2 * n + suffix.length);
  const pairs = new Uint16Array(out.buffer, 0, n);
  for (let i = 0; i < n; i++) pairs[i] = PAIR_CODES[bytes[i]];
  for (let i = 0; i < suffix.length; i++) out[2 * n + i] = suffix.charCodeAt(i);
  return out;
}

export function toHex(bytes: Uint8Array): string {
  if (nativeHex) return (bytes as unknown as { toHex(): string }).toHex();
  let out = "";
  for (let i = 0; i < bytes.length; i++) out += PAIR_TEXT[bytes[i]];
  return out;
}

/** Each code's value as a hex digit, or -1 (both cases are accepted). */
const NIBBLE = new Int8Array(256).fill(-1);
for (let d = 0; d < 16; d++) {
  NIBBLE[DIGITS.charCodeAt(d)] = d;
  NIBBLE[DIGITS.toUpperCase().charCodeAt(d)] = d;
}

/** Hex digits per native parse: 8 digits are 32 bits, which the shift operators take whole. */
const CHUNK_DIGITS = 8;

/** Returns undefined for odd length or any non-hex character, so callers can report it plainly. */
export function fromHex(text: string): Uint8Array | undefined {
  return text.length % 2 === 0 ? textToBytes(text) : undefined;
}

/**
 * The bytes the text spells in hex (even length checked by the caller), or undefined for any non-hex
 * character. Natively where the engine can; else eight digits at a time by the engine's own number parser
 * (Number("0x" + digits)): on XS each interpreted step costs as much as the parse of a whole chunk, so a
 * loop per digit pair would be the console's dearest step.
 */
function textToBytes(text: string): Uint8Array | undefined {
  if (nativeHex) {
    try {
      return NativeHex.fromHex!(text);
    } catch {
      return undefined; // a SyntaxError: a character that is not a hex digit
    }
  }
  const n = text.length;
  const out = new Uint8Array(n >> 1);
  for (let at = 0, i = 0; at < n; at += CHUNK_DIGITS) {
    const stop = at + CHUNK_DIGITS < n ? at + CHUNK_DIGITS : n;
    // Number() allows white space after the digits (never inside or before them, after "0x"): a chunk
    // whose last character is a digit and that parses is all digits.
    const last = text.charCodeAt(stop - 1);
    const value = Number("0x" + text.slice(at, stop));
    if (value !== value || last > 255 || NIBBLE[last] < 0) return undefined;
    // Its bytes, most significant first (a Uint8Array keeps the low 8 bits): 4, or fewer for the last chunk.
    if (stop - at === CHUNK_DIGITS) {
      out[i] = value >>> 24;
      out[i + 1] = value >>> 16;
      out[i + 2] = value >>> 8;
      out[i + 3] = value;
      i += 4;
    } else {
      for (let shift = (stop - at - 2) * 4; shift >= 0; shift -= 8) out[i++] = value >>> shift;
    }
  }
  return out;
}
