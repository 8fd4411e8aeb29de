// Console text as bytes: the console's lines, replies and echo are ASCII, and a device handles them as
// byte arrays (a string built a character at a time is copied whole at every step on XS, and every
// string is garbage the next moment).

/** Characters per String.fromCharCode call: each is an argument on the stack, and a device's is small. */
const CHUNK = 64;

/** The text of codes[start, end), one character per element. */
export function asciiText(codes: Uint8Array | Uint16Array, start = 0, end = codes.length): string {
  let text = "";
  for (let at = start; at < end; at += CHUNK) {
    const stop = at + CHUNK < end ? at + CHUNK : end;
    // A typed array is an array-like for apply: no array of numbers is made.
    text += String.fromCharCode.apply(null, codes.subarray(at, stop) as unknown as number[]);
  }
  return text;
}

/** One byte per character; a character above 255 becomes 255, so it stays outside printable ASCII. */
export function asciiBytes(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    bytes[i] = c < 256 ? c : 255;
  }
  return bytes;
}

/**
 * A native step that turns a string into its UTF-8 bytes, where the engine has one: XS's
 * ArrayBuffer.fromString on a Moddable device (an XS extension, called as ArrayBuffer's method: it makes
 * its result with `this`), else TextEncoder (Node, browsers, xsnap). Looked up rather than assumed, so
 * this module stays plain ECMAScript.
 */
const NativeArrayBuffer = ArrayBuffer as unknown as { fromString?: (text: string) => ArrayBuffer };
const Encoder = (globalThis as { TextEncoder?: new () => { encode(text: string): Uint8Array } }).TextEncoder;
const utf8Native: ((text: string) => Uint8Array) | undefined =
  typeof NativeArrayBuffer.fromString === "function" ? (text) => new Uint8Array(NativeArrayBuffer.fromString!(text))
  : Encoder ? ((encoder) => (text: string) => encoder.encode(text))(new Encoder())
  : undefined;

/**
 * The text's bytes when every character is ASCII (then its UTF-8 is one byte per character), made in one
 * native step; undefined when it has other characters or the engine has no such step (the caller then
 * goes character by character, as it would anyway).
 */
export function nativeAsciiBytes(text: string): Uint8Array | undefined {
  if (!utf8Native) return undefined;
  const bytes = utf8Native(text);
  return bytes.length === text.length ? bytes : undefined;
}
