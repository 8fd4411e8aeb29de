// The device side of the console transport: assembles typed bytes into lines (echo, backspace, CR/LF),
// runs each request through protocomm and prints the reply as one line of lowercase hex.
// A bad line is logged as an E line and changes nothing; the prompt always comes back.
import type { Logger } from "../log/logger.js";
import type { TextOutput } from "../ports.js";
import { ProtocommError } from "../protocomm/errors.js";
import { toHex } from "../util/hex.js";
import { parseCommand } from "./command.js";
import { escapeForLog } from "../log/escape.js";

export interface RequestHandler {
  handle(endpoint: string, sessionId: number, payload: Uint8Array): Promise<Uint8Array>;
  endpointNames(): string[];
}

export interface ConsoleOptions {
  output: TextOutput;
  handler: RequestHandler;
  log: Logger;
  /** ESP-IDF's 256 cannot carry a security 2 handshake; a longer line is refused, never cut. */
  maxLineLength?: number;
  echo?: boolean;
}

const TAG = "protocomm_console";
export const PROMPT = ">> ";
export const DEFAULT_MAX_LINE = 2048;

const CR = 13, LF = 10, BS = 8, DEL = 127, TAB = 9, ETX = 3;

export class ConsoleTransport {
  #output: TextOutput;
  #handler: RequestHandler;
  #log: Logger;
  #maxLine: number;
  #echo: boolean;
  #line = "";
  #overflow = false;
  #junk = false;
  #lastWasCR = false;
  #pending: string[] = [];
  #busy = false;
  #running = false;
  #idle: Promise<void> = Promise.resolve();
  #resolveIdle: (() => void) | undefined;

  constructor(options: ConsoleOptions) {
    this.#output = options.output;
    this.#handler = options.handler;
    this.#log = options.log;
    this.#maxLine = options.maxLineLength ?? DEFAULT_MAX_LINE;
    this.#echo = options.echo ?? true;
  }

  get running(): boolean {
    return this.#running;
  }

  start(): void {
    this.#running = true;
    this.#output.write(PROMPT);
  }

  /** Stops reading; a request already running still gets its reply. */
  stop(): void {
    this.#running = false;
    this.#pending.length = 0;
    this.#line = "";
  }

  /** True while a request is being answered or waiting to be. */
  get busy(): boolean {
    return this.#busy || this.#pending.length > 0;
  }

  /** Resolves when every line received so far has been answered (tests and the simulator use it). */
  whenIdle(): Promise<void> {
    return this.#busy || this.#pending.length ? this.#idle : Promise.resolve();
  }

  receive(data: Uint8Array | string): void {
    if (!this.#running) return;
    for (let i = 0; i < data.length; i++) {
      const code = typeof data === "string" ? data.charCodeAt(i) : data[i];
      this.#receiveByte(code);
    }
  }

  #receiveByte(code: number): void {
    const afterCR = this.#lastWasCR;
    this.#lastWasCR = code === CR;
    if (code === LF && afterCR) return; // second half of CRLF
    if (code === CR || code === LF) return this.#endLine();
    if (code === BS || code === DEL) {
      if (this.#line.length && !this.#overflow) {
        this.#line = this.#line.slice(0, -1);
        if (this.#echo) this.#output.write("\b \b");
      }
      return;
    }
    if (code === ETX) {
      this.#resetLine();
      if (this.#echo) this.#output.write("^C\r\n" + PROMPT);
      return;
    }
    if (code === TAB) code = 32;
    if (code < 32 || code > 126) {
      this.#junk = true;
      return;
    }
    if (this.#line.length >= this.#maxLine) {
      this.#overflow = true;
      return;
    }
    const char = String.fromCharCode(code);
    this.#line += char;
    if (this.#echo) this.#output.write(char);
  }

  #resetLine(): void {
    this.#line = "";
    this.#overflow = false;
    this.#junk = false;
  }

  #endLine(): void {
    const line = this.#line, overflow = this.#overflow, junk = this.#junk;
    this.#resetLine();
    if (this.#echo) this.#output.write("\r\n");
    if (overflow) {
      this.#log.error(TAG, `line longer than ${this.#maxLine} characters refused`);
    } else if (junk) {
      this.#log.error(TAG, "line with non-printable bytes ignored");
    } else if (line.trim().length) {
      this.#pending.push(line);
      this.#drain();
      return;
    }
    if (!this.#busy) this.#output.write(PROMPT);
  }

  async #drain(): Promise<void> {
    if (this.#busy) return;
    this.#busy = true;
    this.#idle = new Promise((resolve) => { this.#resolveIdle = resolve; });
    while (this.#pending.length) {
      const line = this.#pending.shift() as string;
      await this.#run(line);
      if (this.#running) this.#output.write(PROMPT);
    }
    this.#busy = false;
    this.#resolveIdle?.();
  }

  async #run(line: string): Promise<void> {
    const trimmed = line.trim();
    if (trimmed === "help") {
      this.#output.write(`usage: <endpoint> <session id> <hex>\r\nendpoints: ${this.#handler.endpointNames().join(", ")}\r\n`);
      return;
    }
    const parsed = parseCommand(trimmed);
    if ("error" in parsed) {
      this.#log.error(TAG, parsed.error);
      return;
    }
    const { endpoint, sessionId, payload } = parsed.command;
    try {
      const reply = await this.#handler.handle(endpoint, sessionId, payload);
      this.#output.write(toHex(reply) + "\r\n");
    } catch (error) {
      if (error instanceof ProtocommError) this.#log.error(TAG, error.message);
      else this.#log.error(TAG, `${escapeForLog(endpoint)}: internal error: ${escapeForLog(String((error as Error)?.message ?? error), 160)}`);
    }
  }
}
