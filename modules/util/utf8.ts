// UTF-8 without TextEncoder/TextDecoder, which a Moddable device build does not have by default.

export function utf8Encode(text: string): Uint8Array {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (low - 0xdc00);
        i++;
      }
    }
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return new Uint8Array(out);
}

/** Lenient decoding for display: a malformed sequence becomes U+FFFD instead of throwing. */
export function utf8Decode(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i];
    let extra = 0;
    let code = 0;
    if (b < 0x80) { code = b; }
    else if (b >= 0xc2 && b < 0xe0) { extra = 1; code = b & 31; }
    else if (b >= 0xe0 && b < 0xf0) { extra = 2; code = b & 15; }
    else if (b >= 0xf0 && b < 0xf5) { extra = 3; code = b & 7; }
    else { out += "\ufffd"; i++; continue; }
    let ok = true;
    for (let k = 1; k <= extra; k++) {
      const next = bytes[i + k];
      if (next === undefined || (next & 0xc0) !== 0x80) { ok = false; break; }
      code = (code << 6) | (next & 63);
    }
    if (!ok) { out += "\ufffd"; i++; continue; }
    out += String.fromCodePoint(code);
    i += extra + 1;
  }
  return out;
}
