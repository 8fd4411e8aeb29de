// The batch's progress view: on a terminal one line per board, redrawn in place (cursor back up over the
// block, then the block again), each line ending as its result; on a pipe plain lines and no control codes.
import { Writable } from "node:stream";
import { BatchView } from "../../host/batch/view.js";
import type { BatchEvent } from "../../host/batch/provision-many.js";
import { deepEqual, equal, match, ok } from "../support/assert.js";

function stream(tty: boolean): Writable & { isTTY: boolean; columns: number; text: string } {
  const out = new Writable({ write(chunk, _e, done) { out.text += chunk; done(); } }) as Writable & { isTTY: boolean; columns: number; text: string };
  Object.assign(out, { isTTY: tty, columns: 80, text: "" });
  return out;
}

const identity = (mac: string) => ({ mac, firmware: "esp-console-prov", firmwareVersion: "0.1.0" });
const EVENTS: BatchEvent[] = [
  { kind: "start", port: "/dev/ttyUSB0" },
  { kind: "start", port: "/dev/ttyUSB1" },
  { kind: "identified", port: "/dev/ttyUSB0", identity: identity("02:00:00:00:00:01") },
  { kind: "step", port: "/dev/ttyUSB1", text: "Starting session" },
  { kind: "status", port: "/dev/ttyUSB0", text: "connecting..." },
  { kind: "status", port: "/dev/ttyUSB0", text: "connecting..." },
  { kind: "done", board: { port: "/dev/ttyUSB0", mac: "02:00:00:00:00:01", result: "joined", ip: "10.0.0.7", durationMs: 2100 } },
  { kind: "done", board: { port: "/dev/ttyUSB1", result: "wrong PoP", reason: "wrong PoP? Check --pop.\nsecond line", durationMs: 300 } },
];

describe("batch progress view", () => {
  it("on a terminal: one live line per board, redrawn in place, turning into its result", () => {
    const out = stream(true);
    const view = new BatchView(out, true);
    for (const event of EVENTS) view.event(event);
    view.close();
    // Each redraw goes back to the block's first line and clears below it.
    match(out.text, /\x1b\[2F\x1b\[J/);
    const last = out.text.slice(out.text.lastIndexOf("\x1b[J") + 3);
    const lines = last.split("\n");
    equal(lines.length, 3);
    equal(lines[0], "/dev/ttyUSB0    02:00:00:00:00:01  joined 10.0.0.7 (2.1 s)");
    // A device's text is escaped (no line break of its own can break the block) and cut to the terminal's width.
    equal(lines[1], "/dev/ttyUSB1    -                  wrong PoP: wrong PoP? Check --pop.\\x0asecond");
    ok(lines.every((line) => line.length < 80));
  });

  it("on a pipe: plain lines, a status said once, no control codes", () => {
    const out = stream(false);
    const view = new BatchView(out, true);
    for (const event of EVENTS) view.event(event);
    view.close();
    ok(!out.text.includes("\x1b"));
    const lines = out.text.trim().split("\n");
    equal(lines.filter((l) => l.includes("connecting...")).length, 1);
    equal(lines[lines.length - 2], "/dev/ttyUSB0    02:00:00:00:00:01  joined 10.0.0.7 (2.1 s)");
    match(lines[2], /^\/dev\/ttyUSB0 +02:00:00:00:00:01  identified: 02:00:00:00:00:01, esp-console-prov 0\.1\.0$/);
  });
});
