// Picks the reply out of what a device console prints, the way a person reading the terminal would:
// the echo of the request, `>> ` prompts, `I (...)` / `E (...)` log lines (maybe coloured) and stray
// bytes all go by; the reply is the first line after the request that is pure even-length lowercase
// hex. The echo contains spaces, so it is never mistaken for one. When the device prints its prompt
// again after echoing the request, without a reply line in between, it has finished with the request
// and refused it: there is no point in waiting any longer.

const CR = 13, LF = 10, ESC = 27, TAB = 9;
const HEX_LINE = /^([0-9a-f]{2})+$/;
const ERROR_LINE = /^E \(\d+\) /;
const PROMPT = ">>";
/** Longest line kept; a console never sends longer ones and junk must not grow memory. */
const MAX_LINE = 65536;

export type PickerEvent =
  | { kind: "reply"; hex: string }
  | { kind: "refused" };

export class ReplyPicker {
  #partial = "";
  #inEscape = false;
  #request: string | undefined;
  #echoSeen = false;
  #errors: string[] = [];
  /** Bytes seen since the picker was made. */
  received = 0;
  /** Bytes that are not text (line ends, tabs and ANSI colour sequences count as text). */
  unreadable = 0;

  /** Starts looking for the reply to `line` (the request as typed, without its line ending). */
  expect(line: string): void {
    this.#request = line;
    this.#echoSeen = false;
    this.#errors = [];
  }

  /** Stops looking (the request was answered or given up). */
  idle(): void {
    this.#request = undefined;
  }

  /** Whether the device echoed the awaited request. */
  get echoed(): boolean {
    return this.#echoSeen;
  }

  /** The device's E lines since expect(). */
  get deviceErrors(): string[] {
    return this.#errors.slice();
  }

  get garbled(): boolean {
    return this.unreadable > 0 && this.unreadable * 2 > this.received;
  }

  /** Feeds bytes from the device; returns what they complete for the awaited request, if anything. */
  push(data: Uint8Array | string): PickerEvent | undefined {
    let event: PickerEvent | undefined;
    for (let i = 0; i < data.length; i++) {
      const code = typeof data === "string" ? data.charCodeAt(i) : data[i];
      this.received++;
      const found = this.#byte(code);
      if (found && !event) event = found;
    }
    if (!event && this.#request !== undefined && this.#echoSeen && this.#partial.trim() === PROMPT) event = { kind: "refused" };
    return event;
  }

  #byte(code: number): PickerEvent | undefined {
    if (this.#inEscape) {
      // An ANSI sequence (ESP-IDF colours its log lines) ends with a letter.
      if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) this.#inEscape = false;
      return undefined;
    }
    if (code === ESC) {
      this.#inEscape = true;
      return undefined;
    }
    if (code === CR || code === LF) {
      const line = this.#partial;
      this.#partial = "";
      return this.#line(line);
    }
    if (code === TAB) code = 32;
    if (code < 32 || code > 126) {
      this.unreadable++;
      return undefined;
    }
    if (this.#partial.length < MAX_LINE) this.#partial += String.fromCharCode(code);
    return undefined;
  }

  #line(raw: string): PickerEvent | undefined {
    let line = raw.trim();
    while (line.startsWith(PROMPT)) line = line.slice(PROMPT.length).trim();
    if (this.#request === undefined || !line) return undefined;
    if (line === this.#request) {
      this.#echoSeen = true;
      return undefined;
    }
    if (HEX_LINE.test(line)) return { kind: "reply", hex: line };
    if (ERROR_LINE.test(line)) this.#errors.push(line);
    return undefined;
  }
}
