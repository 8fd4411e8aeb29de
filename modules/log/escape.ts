// Every value that comes from outside (a client, a config override, flash, the radio) passes through
// here before it reaches a log line. A console is shared with the provisioning replies: a raw CR, LF or
// ESC in an SSID or username could clear the operator's screen or print a line that looks exactly like
// a reply. So: printable ASCII stays as it is, everything else becomes \xNN (of its UTF-8 bytes), a
// backslash becomes \\ so the output reads back unambiguously, and the length is bounded.
import { utf8Encode } from "../util/utf8.js";

/** Bytes of a value shown in a log line; the rest is summarised as "…(N bytes)". */
export const LOG_VALUE_MAX = 64;

const HEX = "0123456789abcdef";

/** The value as printable ASCII, at most `maxBytes` of it (each escape counts as one byte). */
export function escapeForLog(value: string | Uint8Array, maxBytes = LOG_VALUE_MAX): string {
  const bytes = typeof value === "string" ? utf8Encode(value) : value;
  const shown = bytes.length > maxBytes ? maxBytes : bytes.length;
  let out = "";
  for (let i = 0; i < shown; i++) {
    const b = bytes[i];
    if (b === 0x5c) out += "\\\\";
    else if (b >= 0x20 && b <= 0x7e) out += String.fromCharCode(b);
    else out += "\\x" + HEX[b >> 4] + HEX[b & 15];
  }
  return bytes.length > shown ? `${out}...(${bytes.length} bytes)` : out;
}

/** escapeForLog in double quotes, for values that may be empty or end in spaces. */
export function quoteForLog(value: string | Uint8Array, maxBytes = LOG_VALUE_MAX): string {
  return `"${escapeForLog(value, maxBytes).replace(/"/g, "\\x22")}"`;
}

/**
 * The logger's last line of defence for text it did not build itself: control characters other than
 * the tab and the newline it lays out (as "\r\n") are escaped; escapeForLog at the source is what
 * keeps a newline from outside out of the log.
 */
export function neutraliseControls(text: string): string {
  return text.replace(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/g, (c) => {
    const code = c.charCodeAt(0);
    return "\\x" + HEX[code >> 4] + HEX[code & 15];
  });
}
