// What the person sees while the client works: each stage as a line, and on a terminal a live line
// saying which reply it is waiting for and for how long, so a silent device is noticed early.
import type { ProgressEvent, RequestTransport } from "../../client/index.js";
import { toHex } from "../../modules/util/hex.js";

const SPINNER = "|/-\\";

export class ProgressDisplay {
  #out: NodeJS.WritableStream & { isTTY?: boolean };
  #live = false;
  #timer: ReturnType<typeof setInterval> | undefined;
  #lastStatus = "";

  /** live: show the waiting line (not while a person is typing replies in --paste mode). */
  constructor(out: NodeJS.WritableStream & { isTTY?: boolean }, readonly verbose: boolean, readonly live = true) {
    this.#out = out;
  }

  get tty(): boolean {
    return this.#out.isTTY === true && this.live;
  }

  /** One line, above the live line if there is one. */
  line(text: string): void {
    this.#clear();
    this.#out.write(text + "\n");
  }

  event(event: ProgressEvent): void {
    switch (event.kind) {
      case "step": return this.line(`==== ${event.text} ====`);
      case "warning": return this.line(`warning: ${event.text}`);
      case "status":
        // One line per change, not one per poll.
        if (event.text === this.#lastStatus) return;
        this.#lastStatus = event.text;
        return this.line(`  Wi-Fi: ${event.text}`);
      default: return this.line(event.text);
    }
  }

  /** Shows "waiting for <what>" with the seconds counting, until done() (terminal only). */
  waiting(what: string): void {
    if (!this.tty) return;
    const start = Date.now();
    let frame = 0;
    const draw = () => {
      this.#out.write(`\r\x1b[2K${SPINNER[frame++ % SPINNER.length]} waiting for the reply to ${what} (${Math.floor((Date.now() - start) / 1000)} s)`);
      this.#live = true;
    };
    draw();
    this.#timer = setInterval(draw, 250);
  }

  done(): void {
    if (this.#timer) clearInterval(this.#timer);
    this.#timer = undefined;
    this.#clear();
  }

  #clear(): void {
    if (!this.#live) return;
    this.#out.write("\r\x1b[2K");
    this.#live = false;
  }
}

/** Wraps a transport so each exchange shows on the display (and, verbose, is printed). */
export function withProgress(inner: RequestTransport, display: ProgressDisplay): RequestTransport {
  return {
    async request(endpoint, sessionId, payload, timeoutMs) {
      if (display.verbose) display.line(`Client->Device msg : ${endpoint} ${sessionId} ${toHex(payload)}`);
      display.waiting(endpoint);
      try {
        const reply = await inner.request(endpoint, sessionId, payload, timeoutMs);
        display.done();
        if (display.verbose) display.line(`Device->Client msg : ${toHex(reply)}`);
        return reply;
      } finally {
        display.done();
      }
    },
  };
}
