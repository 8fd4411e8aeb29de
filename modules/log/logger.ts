// ESP-IDF style log lines: "I (1234) tag: text". They share the console's output, as on the UART.
import type { Clock, TextOutput } from "../ports.js";
import { layOutLogText } from "./escape.js";

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

  error(tag: string, message: string): void { this.#write("E", tag, message); }
  warn(tag: string, message: string): void { this.#write("W", tag, message); }
  info(tag: string, message: string): void { this.#write("I", tag, message); }
  debug(tag: string, message: string): void { this.#write("D", tag, message); }

  #write(level: LogLevel, tag: string, message: string): void {
    if (RANK[level] > this.#maxRank) return;
    const time = Math.floor(this.#clock.now());
    const text = layOutLogText(message, true);
    this.#output.write(`${level} (${time}) ${tag}: ${text}\r\n`);
  }
}
