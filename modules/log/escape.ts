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
  return escape(value, maxBytes, false);
}

/** What was thrown, as a log line may show it: its message (or the value itself), escaped and bounded. */
export function escapeErrorForLog(error: unknown, maxBytes = LOG_VALUE_MAX): string {
  return escapeForLog(String((error as Error)?.message ?? error), maxBytes);
}

/** escapeForLog in double quotes, for values that may be empty or end in spaces. */
export function quoteForLog(value: string | Uint8Array, maxBytes = LOG_VALUE_MAX): string {
  return `"${escape(value, maxBytes, true)}"`;
}

const QUOTE = 0x22, BACKSLASH = 0x5c;

/** One byte as it is shown: itself when printable, "\\" for a backslash, else \xNN (a quote too when quoted). */
function shown(b: number, quoted: boolean): string {
  if (b === BACKSLASH) return "\\\\";
  if (b >= 0x20 && b <= 0x7e && !(quoted && b === QUOTE)) return String.fromCharCode(b);
  return "\\x" + HEX[b >> 4] + HEX[b & 15];
}

function escape(value: string | Uint8Array, maxBytes: number, quoted: boolean): string {
  if (typeof value !== "string") {
    const count = value.length > maxBytes ? maxBytes : value.length;
    let out = "";
    for (let i = 0; i < count; i++) out += shown(value[i], quoted);
    return value.length > count ? `${out}...(${value.length} bytes)` : out;
  }
  // Most values are short ASCII strings: their characters are their UTF-8 bytes, so no encoding is
  // needed, and runs of characters that stay as they are are copied whole.
  const n = value.length;
  const count = n > maxBytes ? maxBytes : n;
  let out = "";
  let run = 0;
  for (let i = 0; i < n; i++) {
    const c = value.charCodeAt(i);
    if (c >= 0x80) return escape(utf8Encode(value), maxBytes, quoted);
    if (i >= count || (c >= 0x20 && c <= 0x7e && c !== BACKSLASH && !(quoted && c === QUOTE))) continue;
    out += value.slice(run, i) + shown(c, quoted);
    run = i + 1;
  }
  out += value.slice(run, count);
  return n > count ? `${out}...(${n} bytes)` : out;
}

/**
 * The logger's last line of defence for text it did not build itself: control characters other than
 * the tab and the newline it lays out (as "\r\n") are escaped; escapeForLog at the source is what
 * keeps a newline from outside out of the log.
 */
export function neutraliseControls(text: string): string {
  return layOutLogText(text, false);
}

/**
 * neutraliseControls, and with `crlf` each newline written as CR LF: what the logger prints after the
 * tag. The escaped characters are controls but the tab and newline, DEL and the C1 controls. One pass;
 * a text with nothing to change (nearly every one) is returned as it is.
 */
export function layOutLogText(text: string, crlf: boolean): string {
  const n = text.length;
  let out = "";
  let run = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    // Printable ASCII, the tab, and the newline when it stays: nearly every character.
    if (c >= 0x20 ? c < 0x7f || c > 0x9f : c === 0x09 || (c === 0x0a && !crlf)) continue;
    out += text.slice(run, i) + (c === 0x0a ? "\r\n" : "\\x" + HEX[c >> 4] + HEX[c & 15]);
    run = i + 1;
  }
  return run === 0 ? text : out + text.slice(run);
}
