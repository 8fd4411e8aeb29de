// The console transport, client side: writes `<endpoint> <session id> <hex>` lines and reads the reply
// out of the device's output (reply-picker.ts), one request at a time, with a timeout on each.
// Where the bytes go and come from (a serial port, a child process, a person pasting) is the host's
// business: it calls write() for us and feeds what it reads into receive().
import type { TimerHandle, Timers } from "../modules/ports.js";
import { fromHex, toHex } from "../modules/util/hex.js";
import { NoReplyError, type NoReplyReason } from "./errors.js";
import { ReplyPicker, type PickerEvent } from "./reply-picker.js";
import type { RequestTransport } from "./transport.js";

export interface LineTransportOptions {
  /** Sends text to the device's console. */
  write(text: string): void;
  timers: Timers;
  /**
   * The line ending: ESP-IDF's protocomm console ends a line on CR only (default); the simulated
   * device takes CR, LF or CRLF.
   */
  eol?: string;
}

/**
 * How long a candidate reply must stand with nothing after it before it counts, on a console that
 * prints prompts but printed none after it (one that stopped after its last reply). A device prints
 * its log lines and its reply together, so anything of the same request comes well within this.
 */
export const SETTLE_MS = 300;

interface Pending {
  endpoint: string;
  timeoutMs: number;
  timer: TimerHandle | undefined;
  settle: TimerHandle | undefined;
  resolve(reply: Uint8Array): void;
  reject(error: Error): void;
}

export class ConsoleLineTransport implements RequestTransport {
  #options: LineTransportOptions;
  #picker = new ReplyPicker();
  #pending: Pending | undefined;
  #closed = false;

  constructor(options: LineTransportOptions) {
    this.#options = options;
  }

  request(endpoint: string, sessionId: number, payload: Uint8Array, timeoutMs: number): Promise<Uint8Array> {
    if (this.#pending) return Promise.reject(new Error("console transport: one request at a time"));
    if (this.#closed) return Promise.reject(this.#noReply(endpoint, "closed", timeoutMs));
    const line = `${endpoint} ${sessionId} ${toHex(payload)}`;
    return new Promise((resolve, reject) => {
      const pending: Pending = { endpoint, timeoutMs, timer: undefined, settle: undefined, resolve, reject };
      this.#pending = pending;
      this.#picker.expect(line);
      if (timeoutMs > 0) pending.timer = this.#options.timers.set(() => this.#fail("timeout"), timeoutMs);
      try {
        this.#options.write(line + (this.#options.eol ?? "\r"));
      } catch (error) {
        this.#settle();
        reject(error);
      }
    });
  }

  /** Bytes from the device. */
  receive(data: Uint8Array | string): void {
    const pending = this.#pending;
    if (!pending) return void this.#picker.push(data);
    // Bytes after a candidate mean the console is not quiet yet: its settling starts again.
    if (pending.settle !== undefined) this.#options.timers.clear(pending.settle);
    pending.settle = undefined;
    this.#handle(this.#picker.push(data));
  }

  #handle(event: PickerEvent | undefined): void {
    const pending = this.#pending;
    if (!event || !pending) return;
    if (event.kind === "refused") return this.#fail("refused");
    if (event.kind === "candidate") {
      pending.settle = this.#options.timers.set(() => {
        pending.settle = undefined;
        this.#handle(this.#picker.settle());
      }, SETTLE_MS);
      return;
    }
    this.#settle();
    pending.resolve(fromHex(event.hex)!);
  }

  /** The connection ended: the waiting request, and any later one, fails as "closed". */
  close(): void {
    this.#closed = true;
    if (this.#pending) this.#fail("closed");
  }

  /** Bytes received so far (for a progress display). */
  get bytesReceived(): number {
    return this.#picker.received;
  }

  #fail(reason: NoReplyReason): void {
    const pending = this.#settle();
    if (pending) pending.reject(this.#noReply(pending.endpoint, reason, pending.timeoutMs));
  }

  #noReply(endpoint: string, reason: NoReplyReason, timeoutMs: number): NoReplyError {
    const picker = this.#picker;
    return new NoReplyError(endpoint, {
      reason, timeoutMs, heardAnything: picker.received > 0, echoed: picker.echoed, garbled: picker.garbled, deviceErrors: picker.deviceErrors,
    });
  }

  #settle(): Pending | undefined {
    const pending = this.#pending;
    if (!pending) return undefined;
    if (pending.timer !== undefined) this.#options.timers.clear(pending.timer);
    if (pending.settle !== undefined) this.#options.timers.clear(pending.settle);
    this.#pending = undefined;
    this.#picker.idle();
    return pending;
  }
}
