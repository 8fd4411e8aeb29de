// ESP-IDF style log lines: "I (1234) tag: text". They share the console's output, as on the UART.
import type { Clock, TextOutput } from "../ports.js";
import { layOutLogText } from "./escape.js";
import { nativeAsciiBytes } from "../util/ascii.js";

export type LogLevel = "E" | "W" | "I" | "D";

const RANK: Record<LogLevel, number> = { E: 1, W: 2, I: 3, D: 4 };

export class Logger {
  #output: TextOutput;
  #clock: Clock;
  #maxRank: number;

  constructor(output: TextOutput, clock: Clock, level: LogLevel = "I") {
    this.#output = output;
    this.#clock = clock;
    this.#maxRank = RANK[level];
  }

  // Each level's rank as a constant: RANK[level] would cost XS a name-table walk on every line.
  error(tag: string, message: string): void { this.#write(1, "E", tag, message); }
  warn(tag: string, message: string): void { this.#write(2, "W", tag, message); }
  info(tag: string, message: string): void { this.#write(3, "I", tag, message); }
  debug(tag: string, message: string): void { this.#write(4, "D", tag, message); }

  #write(rank: number, level: LogLevel, tag: string, message: string): void {
    if (rank > this.#maxRank) return;
    const head = `${level} (${Math.floor(this.#clock.now())}) ${tag}: `;
    const output = this.#output;
    // Nearly every line is printable ASCII: made into bytes in one native step and found clean by a
    // byte loop (far cheaper on XS than a character loop over the string), it is written as it is.
    if (output.writeBytes) {
      const bytes = nativeAsciiBytes(head + message + "\r\n");
      if (bytes && printable(bytes, head.length, bytes.length - 2)) return output.writeBytes(bytes);
    }
    output.write(head + layOutLogText(message, true) + "\r\n");
  }
}

/** Whether bytes[start, end) of an ASCII text are printable or tabs: what layOutLogText leaves as it is. */
function printable(bytes: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const b = bytes[i];
    if (b < 0x20 ? b !== 0x09 : b === 0x7f) return false;
  }
  return true;
}
