// Console text as bytes: the console's lines, replies and echo are ASCII, and a device handles them as
// byte arrays (a string built a character at a time is copied whole at every step on XS, and every
// string is garbage the next moment).

/** Characters per String.fromCharCode call: each is an argument on the stack, and a device's is small. */
const CHUNK = 64;

/**
 * A native step that reads UTF-8 bytes as a string, where the engine has one: XS's String.fromArrayBuffer
 * on a Moddable device (it takes an offset and a length, so nothing is copied first), else a strict
 * TextDecoder. For ASCII bytes it gives one character per byte; for others a shorter string or an error.
 */
const NativeString = String as unknown as { fromArrayBuffer?: (buffer: ArrayBufferLike, offset: number, length: number) => string };
const Decoder = (globalThis as { TextDecoder?: new (label: string, options: { fatal: boolean }) => { decode(bytes: Uint8Array): string } }).TextDecoder;
const utf8Text: ((bytes: Uint8Array, start: number, end: number) => string) | undefined =
  typeof NativeString.fromArrayBuffer === "function" ? (bytes, start, end) => NativeString.fromArrayBuffer!(bytes.buffer, bytes.byteOffset + start, end - start)
  : Decoder ? ((decoder) => (bytes: Uint8Array, start: number, end: number) => decoder.decode(bytes.subarray(start, end)))(new Decoder("utf-8", { fatal: true }))
  : undefined;

/** The text of codes[start, end), one character per element. */
export function asciiText(codes: Uint8Array | Uint16Array, start = 0, end = codes.length): string {
  // Bytes that are all ASCII (nearly always: a console line is) in one native step. Anything else decodes
  // shorter or not at all, and goes the element-by-element way: fromCharCode.apply, which XS runs by
  // copying the elements into an array first, one generic read and write each.
  if (utf8Text && codes.BYTES_PER_ELEMENT === 1 && end > start) {
    try {
      const text = utf8Text(codes as Uint8Array, start, end);
      if (text.length === end - start) return text;
    } catch {
      // not UTF-8
    }
  }
  let text = "";
  for (let at = start; at < end; at += CHUNK) {
    const stop = at + CHUNK < end ? at + CHUNK : end;
    // apply takes a typed array as its array-like argument list.
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
