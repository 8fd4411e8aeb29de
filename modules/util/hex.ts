// Hex codec for the console wire format: lowercase out, strict in (even length, hex digits only).
// The console works on bytes (hexDigits, hexToBytes); the string forms are for everything else.
const DIGITS = "0123456789abcdef";

/** The two lowercase digits of each byte value, as text (toHex adds one per byte: its cheapest form on XS and V8). */
const PAIR_TEXT: string[] = [];
/** The same as the two ASCII codes in one 16-bit unit, in this machine's byte order (hexDigits stores one per byte). */
const PAIR_CODES = new Uint16Array(256);
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
for (let b = 0; b < 256; b++) {
  const hi = DIGITS.charCodeAt(b >> 4), lo = DIGITS.charCodeAt(b & 15);
  PAIR_TEXT.push(DIGITS[b >> 4] + DIGITS[b & 15]);
  PAIR_CODES[b] = LITTLE_ENDIAN ? hi | (lo << 8) : (hi << 8) | lo;
}

/** The lowercase hex digits of bytes as ASCII codes, then `suffix` (e.g. CR LF): one array, no string. */
export function hexDigits(bytes: Uint8Array, suffix?: Uint8Array): Uint8Array {
  const n = bytes.length;
  const out = new Uint8Array(2 * n + (suffix ? suffix.length : 0));
  const pairs = new Uint16Array(out.buffer, 0, n);
  for (let i = 0; i < n; i++) pairs[i] = PAIR_CODES[bytes[i]];
  if (suffix) out.set(suffix, 2 * n);
  return out;
}

export function toHex(bytes: Uint8Array): string {
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

/** The bytes that codes[start, end) spell in hex, or undefined for odd length or any non-hex code. */
export function hexToBytes(codes: Uint8Array | Uint16Array, start = 0, end = codes.length): Uint8Array | undefined {
  if ((end - start) % 2 !== 0) return undefined;
  const out = new Uint8Array((end - start) / 2);
  for (let i = 0, at = start; i < out.length; i++, at += 2) {
    const a = codes[at], b = codes[at + 1];
    const hi = a < 256 ? NIBBLE[a] : -1, lo = b < 256 ? NIBBLE[b] : -1;
    if (hi < 0 || lo < 0) return undefined;
    out[i] = (hi << 4) | lo;
  }
  return out;
}

/** Returns undefined for odd length or any non-hex character, so callers can report it plainly. */
export function fromHex(text: string): Uint8Array | undefined {
  if (text.length % 2 !== 0) return undefined;
  const codes = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) codes[i] = text.charCodeAt(i);
  return hexToBytes(codes);
}
