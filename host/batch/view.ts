// What a person sees while a batch runs. On a terminal: one live line per board (port, MAC, step, seconds),
// redrawn in place four times a second, each turning into its result; with --watch, a finished board's line
// moves up out of the live block and stays. On a pipe or in CI: plain lines, one per step and one per result.
import { escapeForLog } from "../../modules/log/escape.js";
import type { BatchEvent, BoardResult } from "./provision-many.js";

type Stream = NodeJS.WritableStream & { isTTY?: boolean; columns?: number };

interface Line {
  port: string;
  mac?: string;
  step: string;
  start: number;
  result?: BoardResult;
}

const REDRAW_MS = 250;

/** A board's final line: "/dev/ttyUSB0  24:0a:c4:12:34:56  joined 192.168.43.220 (3.1 s)". */
export function resultText(board: BoardResult): string {
  const seconds = board.durationMs === undefined ? "" : ` (${(board.durationMs / 1000).toFixed(1)} s)`;
  const detail = board.result === "joined" ? ` ${board.ip ?? ""}` : board.reason ? `: ${board.reason}` : "";
  return `${board.result}${detail}${seconds}`;
}

export class BatchView {
  #out: Stream;
  #lines = new Map<string, Line>();
  #drawn = 0;
  #timer: ReturnType<typeof setInterval> | undefined;
  #closed = false;
  readonly live: boolean;

  /** keepFinished: finished boards stay in the live block (a batch); otherwise they scroll up (--watch). */
  constructor(out: Stream, readonly keepFinished: boolean) {
    this.#out = out;
    this.live = out.isTTY === true;
    if (this.live) this.#timer = setInterval(() => this.#draw(), REDRAW_MS);
  }

  event(event: BatchEvent): void {
    switch (event.kind) {
      case "start":
        this.#lines.set(event.port, { port: event.port, step: "opening the port", start: Date.now() });
        return this.#plain(event.port, undefined, "opening the port");
      case "identified": {
        const line = this.#lines.get(event.port);
        if (line) line.mac = event.identity.mac;
        const firmware = event.identity.firmware ? `${event.identity.firmware} ${event.identity.firmwareVersion ?? ""}`.trim() : "no firmware entry";
        return this.#update(event.port, `identified: ${event.identity.mac ?? "no MAC"}, ${firmware}${event.row ? `, ${event.row}` : ""}`);
      }
      case "status":
        // One line per change, not one per poll.
        if (this.#lines.get(event.port)?.step === event.text) return;
        return this.#update(event.port, event.text);
      case "step": case "warning":
        return this.#update(event.port, event.kind === "warning" ? `warning: ${event.text}` : event.text);
      case "skipped":
        this.#lines.delete(event.port);
        return this.message(`${event.port}  ${event.mac}  already joined in this run: left alone`);
      case "done": return this.#done(event.board);
    }
  }

  /** A line above the live block. */
  message(text: string): void {
    this.#erase();
    this.#out.write(text + "\n");
    this.#draw();
  }

  /** Draws the last state and lets go of the block (the lines stay on the screen). */
  close(): void {
    if (this.#closed) return;
    if (this.#timer) clearInterval(this.#timer);
    this.#timer = undefined;
    this.#draw();
    this.#closed = true;
    this.#drawn = 0;
  }

  #update(port: string, step: string): void {
    const line = this.#lines.get(port);
    if (line) line.step = step;
    this.#plain(port, line?.mac, step);
  }

  #done(board: BoardResult): void {
    const key = board.port ?? board.row ?? "";
    const line = this.#lines.get(key);
    if (!this.live) return void this.#out.write(`${label(board.port ?? board.row ?? "-", board.mac)}  ${escapeForLog(resultText(board), 400)}\n`);
    if (line && !this.keepFinished) {
      this.#lines.delete(key);
      return this.message(`${label(board.port ?? "-", board.mac)}  ${escapeForLog(resultText(board), 400)}`);
    }
    this.#lines.set(key, { ...(line ?? { port: board.port ?? board.row ?? "-", start: Date.now() }), mac: board.mac ?? line?.mac, step: "", result: board });
    this.#draw();
  }

  #plain(port: string, mac: string | undefined, text: string): void {
    if (!this.live) this.#out.write(`${label(port, mac)}  ${escapeForLog(text, 400)}\n`);
    else this.#draw();
  }

  #erase(): void {
    if (!this.live || !this.#drawn) return;
    this.#out.write(`\x1b[${this.#drawn}F\x1b[J`);
    this.#drawn = 0;
  }

  #draw(): void {
    if (!this.live || this.#closed) return;
    const width = Math.max(20, (this.#out.columns || 100) - 1);
    const text = [...this.#lines.values()].map((line) => {
      const state = line.result ? resultText(line.result) : `${line.step} ${Math.floor((Date.now() - line.start) / 1000)} s`;
      return escapeForLog(`${label(line.port, line.mac)}  ${state}`, 1000).slice(0, width);
    });
    this.#erase();
    if (text.length) this.#out.write(text.join("\n") + "\n");
    this.#drawn = text.length;
  }
}

function label(port: string, mac: string | undefined): string {
  return `${port.padEnd(14)}  ${(mac ?? "-").padEnd(17)}`;
}
