// The device side of the console transport: assembles typed bytes into lines (echo, backspace, CR/LF),
// runs each request through protocomm and prints the reply as one line of lowercase hex.
// A bad line is logged as an E line and changes nothing; the prompt always comes back.
//
// On a device every step here runs in the interpreter, per byte, while the crypto runs in C: the line is
// assembled in a byte array (never a string grown a character at a time), what arrives in one read is
// echoed in one write, the request is parsed from the bytes, and the reply's hex goes out as bytes.
import type { Logger } from "../log/logger.js";
import type { TextOutput } from "../ports.js";
import { ProtocommError } from "../protocomm/errors.js";
import { isPromise } from "../util/promise.js";
import { asciiBytes, asciiText } from "../util/ascii.js";
import { hexLine } from "../util/hex.js";
import { parseCommandCodes } from "./command.js";
import { escapeErrorForLog, escapeForLog } from "../log/escape.js";

export interface RequestHandler {
  /** The reply, at once or as a promise; throws (or rejects with) a ProtocommError for an E line and no reply. */
  handle(endpoint: string, sessionId: number, payload: Uint8Array): Uint8Array | Promise<Uint8Array>;
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

const CR = 13, LF = 10, BS = 8, DEL = 127, TAB = 9, ETX = 3, SPACE = 32;
const CRLF = new Uint8Array([CR, LF]);
const CRLF_PROMPT = "\r\n" + PROMPT;
const HELP = asciiBytes("help");
const TAB_AS_SPACE = new Uint8Array([SPACE]);
/** 1 for each printable ASCII byte (32 to 126): one lookup per byte is the cheapest test on XS. */
const PRINTABLE = new Uint8Array(256).fill(1, 32, 127);
/** The line buffer starts this small and doubles up to the line limit, so an idle console holds little. */
const FIRST_LINE_BUFFER = 256;

export class ConsoleTransport {
  #output: TextOutput;
  #handler: RequestHandler;
  #log: Logger;
  #maxLine: number;
  #echo: boolean;
  /** The line being typed: #line[0, #length). */
  #line: Uint8Array;
  #length = 0;
  #overflow = false;
  #junk = false;
  #lastWasCR = false;
  #pending: Uint8Array[] = [];
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
    this.#line = new Uint8Array(Math.max(1, Math.min(FIRST_LINE_BUFFER, this.#maxLine)));
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
    this.#length = 0;
  }

  /** True while a request is being answered or waiting to be. */
  get busy(): boolean {
    return this.#busy || this.#pending.length > 0;
  }

  /** Resolves when every line received so far has been answered (tests and the simulator use it). */
  whenIdle(): Promise<void> {
    return this.#busy || this.#pending.length ? this.#idle : Promise.resolve();
  }

  /**
   * Bytes as they arrived (a string: one character per byte). Runs of printable characters are appended
   * whole and echoed together; a line end, an edit or Ctrl-C first echoes what came before it, so the
   * output is exactly the one-character-at-a-time echo's.
   */
  receive(data: Uint8Array | string): void {
    if (!this.#running) return;
    const bytes = typeof data === "string" ? asciiBytes(data) : data;
    const n = bytes.length;
    let echoFrom = this.#length;
    for (let i = 0; i < n; ) {
      // A run of printable characters (nearly everything a client sends) is found, then copied at once.
      const runStart = i;
      while (i < n && PRINTABLE[bytes[i]]) i++;
      if (i > runStart) {
        this.#lastWasCR = false;
        this.#append(bytes, runStart, i);
        if (i === n) break;
      }
      // Anything else, one byte at a time.
      const code = bytes[i++];
      const afterCR = this.#lastWasCR;
      this.#lastWasCR = code === CR;
      if (code === TAB) {
        this.#append(TAB_AS_SPACE, 0, 1);
        continue;
      }
      if (code === LF && afterCR) continue; // second half of CRLF
      if (code !== CR && code !== LF && code !== BS && code !== DEL && code !== ETX) {
        this.#junk = true;
        continue;
      }
      // A line end, an edit or Ctrl-C: what was typed before it is echoed first (with the line end, in
      // the same write), then it is handled.
      if (code === CR || code === LF) {
        this.#endLine(echoFrom);
      } else {
        this.#echoTyped(echoFrom);
        if (code === ETX) {
          this.#resetLine();
          if (this.#echo) this.#output.write("^C\r\n" + PROMPT);
        } else if (this.#length && !this.#overflow) {
          this.#length--;
          if (this.#echo) this.#output.write("\b \b");
        }
      }
      echoFrom = this.#length;
    }
    this.#echoTyped(echoFrom);
  }

  /** Appends printable bytes[start, end) to the line; what does not fit makes the line an overflow. */
  #append(bytes: Uint8Array, start: number, end: number): void {
    const length = this.#length;
    const room = this.#maxLine - length;
    if (end - start > room) {
      this.#overflow = true;
      end = start + room;
    }
    if (end <= start) return;
    let line = this.#line;
    if (length + end - start > line.length) line = this.#grow(length + end - start);
    line.set(bytes.subarray(start, end), length);
    this.#length = length + end - start;
  }

  /** Echoes the line's characters from `from` on, then `end` (the line end), in one write. */
  #echoTyped(from: number, end?: Uint8Array): void {
    const to = this.#length;
    const count = to > from ? to - from : 0;
    if (!this.#echo || (!count && !end)) return;
    // A copy: an output may keep the bytes it is given (a Node stream does), and the line buffer is reused.
    const bytes = new Uint8Array(count + (end ? end.length : 0));
    if (count) bytes.set(this.#line.subarray(from, to));
    if (end) bytes.set(end, count);
    this.#writeBytes(bytes);
  }

  /** Bytes to the output, as text where it takes text only. */
  #writeBytes(bytes: Uint8Array): void {
    const output = this.#output;
    if (output.writeBytes) output.writeBytes(bytes);
    else output.write(asciiText(bytes));
  }

  /** A bigger line buffer, for at least `needed` bytes (doubling, up to the line limit). */
  #grow(needed: number): Uint8Array {
    let size = this.#line.length;
    while (size < needed) size *= 2;
    const line = new Uint8Array(Math.min(size, this.#maxLine));
    line.set(this.#line.subarray(0, this.#length));
    this.#line = line;
    return line;
  }

  #resetLine(): void {
    this.#length = 0;
    this.#overflow = false;
    this.#junk = false;
  }

  #endLine(echoFrom: number): void {
    this.#echoTyped(echoFrom, CRLF);
    const length = this.#length, overflow = this.#overflow, junk = this.#junk;
    this.#resetLine();
    if (overflow) {
      this.#log.error(TAG, `line longer than ${this.#maxLine} characters refused`);
    } else if (junk) {
      this.#log.error(TAG, "line with non-printable bytes ignored");
    } else if (!blank(this.#line, length)) {
      if (this.#busy) this.#pending.push(this.#line.slice(0, length));
      else this.#answer(this.#line.subarray(0, length));
      return;
    }
    if (!this.#busy) this.#output.write(PROMPT);
  }

  /**
   * Answers a line, then any that waited behind it. A reply that is ready at once goes out at once, within
   * the read that brought the line (no promise job, no turn of the event loop); one that is not holds back
   * the lines after it, in order.
   */
  #answer(line: Uint8Array): void {
    for (let next: Uint8Array | undefined = line; next; next = this.#pending.shift()) {
      const outcome = this.#run(next);
      if (isPromise(outcome)) return this.#await(outcome);
      this.#prompt(outcome);
    }
  }

  #await(outcome: Promise<boolean>): void {
    this.#busy = true;
    if (!this.#resolveIdle) this.#idle = new Promise((resolve) => { this.#resolveIdle = resolve; });
    outcome.then((prompted) => {
      this.#busy = false;
      this.#prompt(prompted);
      const next = this.#pending.shift();
      if (next) this.#answer(next);
      const resolveIdle = this.#resolveIdle;
      if (this.#busy || !resolveIdle) return;
      this.#resolveIdle = undefined;
      resolveIdle();
    });
  }

  /** The prompt after an answer, unless it went out with the reply. */
  #prompt(prompted: boolean): void {
    if (this.#running && !prompted) this.#output.write(PROMPT);
  }

  /** Answers one line; true when the reply went out with the next prompt. */
  #run(line: Uint8Array): boolean | Promise<boolean> {
    if (isHelp(line)) {
      this.#output.write(`usage: <endpoint> <session id> <hex>\r\nendpoints: ${this.#handler.endpointNames().join(", ")}\r\n`);
      return false;
    }
    const parsed = parseCommandCodes(line, 0, line.length);
    if (parsed.error !== undefined) {
      this.#log.error(TAG, parsed.error);
      return false;
    }
    const { endpoint, sessionId, payload } = parsed.command;
    let reply: Uint8Array | Promise<Uint8Array>;
    try {
      reply = this.#handler.handle(endpoint, sessionId, payload);
    } catch (error) {
      return this.#failed(endpoint, error);
    }
    return isPromise(reply) ? reply.then((bytes) => this.#reply(bytes), (error) => this.#failed(endpoint, error)) : this.#reply(reply);
  }

  /** The reply line and the prompt after it, in one write. */
  #reply(reply: Uint8Array): boolean {
    const prompted = this.#running;
    this.#writeBytes(hexLine(reply, prompted ? CRLF_PROMPT : "\r\n"));
    return prompted;
  }

  #failed(endpoint: string, error: unknown): false {
    if (error instanceof ProtocommError) this.#log.error(TAG, error.message);
    else this.#log.error(TAG, `${escapeForLog(endpoint)}: internal error: ${escapeErrorForLog(error, 160)}`);
    return false;
  }
}

/** Only spaces (a tab was made a space as it arrived; nothing else but printable ASCII gets in). */
function blank(line: Uint8Array, length: number): boolean {
  for (let i = 0; i < length; i++) if (line[i] !== SPACE) return false;
  return true;
}

/** "help", with spaces around it or not. */
function isHelp(line: Uint8Array): boolean {
  let start = 0, end = line.length;
  while (start < end && line[start] === SPACE) start++;
  while (end > start && line[end - 1] === SPACE) end--;
  if (end - start !== HELP.length) return false;
  for (let i = 0; i < HELP.length; i++) if (line[start + i] !== HELP[i]) return false;
  return true;
}
