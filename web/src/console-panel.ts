// The device's console output as a person would read it in a serial monitor: text lines, ESP-IDF's
// colours and Improv's binary frames left out, the last MAX_LINES kept. The page also reads the
// device's own error lines from here to quote them next to a failure. Each line is the device's text:
// isolated, its direction controls shown (device-text.ts).
import { deviceText, showControls } from "./device-text.js";

const MAX_LINES = 1500;
const ANSI = /\x1b\[[0-9;?]*[A-Za-z]/g;
const CONTROL = /[\x00-\x08\x0b-\x1f\x7f]/g;
const LEVEL = /^(?:>>\s*)?([EWID]) \(\d+\)/;

export class ConsolePanel {
  #log: HTMLElement;
  #count: HTMLElement;
  #decoder = new TextDecoder();
  #partial = "";
  #partialNode: Text;
  #lines = 0;
  #errors: { line: number; text: string }[] = [];

  constructor(log: HTMLElement, count: HTMLElement) {
    this.#log = log;
    this.#count = count;
    this.#partialNode = document.createTextNode("");
    log.append(this.#partialNode);
  }

  /** Bytes from the device. */
  push(chunk: Uint8Array): void {
    const text = this.#partial + this.#decoder.decode(chunk, { stream: true });
    const parts = text.split("\n");
    this.#partial = parts.pop() ?? "";
    const stick = this.#atBottom();
    for (const raw of parts) this.#addLine(raw);
    const partial = this.#clean(this.#partial);
    this.#partialNode.data = partial.startsWith("IMPROV") ? "" : showControls(partial);
    this.#trim();
    if (stick) this.#log.scrollTop = this.#log.scrollHeight;
  }

  /** A line the page itself adds (connection events), marked as not from the device. */
  note(text: string): void {
    const stick = this.#atBottom();
    const span = document.createElement("span");
    span.className = "w";
    span.textContent = `-- ${text} --\n`;
    this.#log.insertBefore(span, this.#partialNode);
    this.#lines++;
    this.#trim();
    this.#showCount();
    if (stick) this.#log.scrollTop = this.#log.scrollHeight;
  }

  /** A position to ask errorsSince() about. */
  mark(): number {
    return this.#lines;
  }

  /** The device's `E (...)` lines printed since mark. */
  errorsSince(mark: number): string[] {
    return this.#errors.filter((e) => e.line >= mark).map((e) => e.text);
  }

  clear(): void {
    this.#log.replaceChildren(this.#partialNode);
    this.#lines = 0;
    this.#errors = [];
    this.#showCount();
  }

  #clean(raw: string): string {
    return raw.replace(ANSI, "").replace(/\r/g, "").replace(CONTROL, "");
  }

  #addLine(raw: string): void {
    const line = this.#clean(raw);
    // Improv frames are binary and end with a newline: not text for a person.
    if (line.startsWith("IMPROV") || (!line.trim() && !raw.trim())) return;
    const level = LEVEL.exec(line)?.[1];
    const span = document.createElement("span");
    if (level && level !== "D") span.className = level.toLowerCase();
    span.append(deviceText(line), "\n");
    this.#log.insertBefore(span, this.#partialNode);
    if (level === "E") this.#errors.push({ line: this.#lines, text: line.replace(/^>>\s*/, "") });
    this.#lines++;
    this.#showCount();
  }

  #trim(): void {
    while (this.#log.childNodes.length - 1 > MAX_LINES) this.#log.firstChild?.remove();
    if (this.#errors.length > 50) this.#errors.splice(0, this.#errors.length - 50);
  }

  #showCount(): void {
    this.#count.textContent = this.#lines ? `(${this.#lines} line${this.#lines === 1 ? "" : "s"})` : "";
  }

  #atBottom(): boolean {
    return this.#log.scrollTop + this.#log.clientHeight >= this.#log.scrollHeight - 8;
  }
}
