// Picks the reply out of what a device console prints, the way a person reading the terminal would:
// the echo of the request, `>> ` prompts, `I (...)` / `E (...)` log lines (maybe coloured) and stray
// bytes all go by; the reply is a line of pure even-length lowercase hex. The echo contains spaces, so
// it is never mistaken for one.
//
// A log line can look like a reply: a device that prints an SSID or a username raw (ESP-IDF's own C
// example does) lets whoever chose that string put a line of hex on the console while the request is
// being handled. The device prints its reply last, just before its next prompt, so once the device
// has shown that it prints prompts, the reply is the LAST hex line before the prompt that follows the
// request; a hex line is only a candidate until then (the transport also settles on it after a quiet
// moment, for a console that stops without a prompt). A device that never printed a prompt (a person
// pasting replies) gets the first hex line, as before. When the device prints its prompt again after
// echoing the request, without a reply line in between, it has refused the request: there is no point
// in waiting any longer.

const CR = 13, LF = 10, ESC = 27, TAB = 9;
const HEX_LINE = /^([0-9a-f]{2})+$/;
const ERROR_LINE = /^E \(\d+\) /;
const PROMPT = ">>";
/** The prompt as it stands at the start of a line, before the echo of what is typed after it. */
const PROMPT_TEXT = ">> ";
/** Longest line kept; a console never sends longer ones and junk must not grow memory. */
const MAX_LINE = 65536;

export type PickerEvent =
  | { kind: "reply"; hex: string }
  /** A hex line that is the reply unless another one comes before the prompt. */
  | { kind: "candidate" }
  | { kind: "refused" };

export class ReplyPicker {
  #partial = "";
  #inEscape = false;
  #request: string | undefined;
  #echoSeen = false;
  /** The device prints prompts: a reply is final only at the prompt after it. */
  #prompted = false;
  #candidate: string | undefined;
  #errors: string[] = [];
  /** Bytes seen since the picker was made. */
  received = 0;
  /** Bytes that are not text (line ends, tabs and ANSI colour sequences count as text). */
  unreadable = 0;

  /** Starts looking for the reply to `line` (the request as typed, without its line ending). */
  expect(line: string): void {
    this.#request = line;
    this.#echoSeen = false;
    this.#candidate = undefined;
    this.#errors = [];
  }

  /** Stops looking (the request was answered or given up). */
  idle(): void {
    this.#request = undefined;
    this.#candidate = undefined;
  }

  /** The newest candidate as the reply, for a console that went quiet without a prompt. */
  settle(): PickerEvent | undefined {
    const hex = this.#candidate;
    if (hex === undefined || this.#request === undefined) return undefined;
    this.#candidate = undefined;
    return { kind: "reply", hex };
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
      // A reply or refusal is final; a candidate may still be replaced by a later one.
      if (found && (!event || event.kind === "candidate")) event = found;
    }
    return event;
  }

  #prompt(): PickerEvent | undefined {
    this.#prompted = true;
    if (this.#request === undefined) return undefined;
    if (this.#candidate !== undefined) return this.settle();
    // A prompt before the echo is the one the request was typed after.
    return this.#echoSeen ? { kind: "refused" } : undefined;
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
    return this.#partial === PROMPT_TEXT ? this.#prompt() : undefined;
  }

  #line(raw: string): PickerEvent | undefined {
    let line = raw.trim();
    while (line.startsWith(PROMPT)) line = line.slice(PROMPT.length).trim();
    if (this.#request === undefined || !line) return undefined;
    if (line === this.#request) {
      this.#echoSeen = true;
      return undefined;
    }
    if (HEX_LINE.test(line)) {
      if (!this.#prompted) return { kind: "reply", hex: line };
      this.#candidate = line;
      return { kind: "candidate" };
    }
    if (ERROR_LINE.test(line)) this.#errors.push(line);
    return undefined;
  }
}
