// Improv frames on the console's output, among log lines and prompts. ESP Web Tools' reader
// (improv-wifi-serial-sdk) only finds a frame at the start of a line, so a frame is written after a line
// break whenever the console's last output did not end one (a ">> " prompt, say), and ends with CRLF.
// Every console write goes through here so that the last byte is known.
import type { TextOutput } from "../ports.js";

/** Where the console's text goes once it is let go: nowhere. */
const CLOSED: TextOutput = { write() {}, writeBytes() {} };

export class FrameOutput implements TextOutput {
  #inner: TextOutput;
  #atLineStart = true;

  constructor(inner: TextOutput) {
    this.#inner = inner;
  }

  /** Whether the platform can write raw bytes at all (Improv needs it). */
  get binary(): boolean {
    return typeof this.#inner.writeBytes === "function";
  }

  write(text: string): void {
    if (!text.length) return;
    this.#inner.write(text);
    this.#atLineStart = text.charCodeAt(text.length - 1) === 10;
  }

  writeBytes(bytes: Uint8Array): void {
    if (!bytes.length) return;
    this.#inner.writeBytes!(bytes);
    this.#atLineStart = bytes[bytes.length - 1] === 10;
  }

  /** Closes the port underneath (its memory goes back to the app); later writes are dropped. */
  release(): void {
    const inner = this.#inner;
    this.#inner = CLOSED;
    inner.close?.();
  }

  writeFrame(frame: Uint8Array): void {
    if (!this.#atLineStart) this.write("\r\n");
    this.writeBytes(frame);
    this.write("\r\n");
  }
}
