// The console transport: line assembly, echo, and every kind of bad line.
import { Logger } from "../../modules/log/logger.js";
import { ProtocommError } from "../../modules/protocomm/errors.js";
import { ConsoleTransport, PROMPT, type RequestHandler } from "../../modules/transport/console.js";
import { parseCommand } from "../../modules/transport/command.js";
import { toHex } from "../../modules/util/hex.js";
import { deepEqual, equal, match, ok } from "../support/assert.js";
import { CapturedOutput, ManualTimers } from "../support/fakes.js";

class RecordingHandler implements RequestHandler {
  calls: { endpoint: string; sessionId: number; payload: string }[] = [];
  async handle(endpoint: string, sessionId: number, payload: Uint8Array): Promise<Uint8Array> {
    this.calls.push({ endpoint, sessionId, payload: toHex(payload) });
    if (endpoint === "fail") throw new ProtocommError("refused on purpose");
    if (endpoint === "crash") throw new TypeError("a bug");
    return new Uint8Array([0xab, 0xcd, payload.length]);
  }
  endpointNames(): string[] { return ["proto-ver", "fail"]; }
}

/** Keeps each write apart, to see how the console's output is cut. */
class PieceOutput {
  pieces: string[] = [];
  write(text: string): void { this.pieces.push(text); }
  writeBytes(bytes: Uint8Array): void { this.pieces.push(String.fromCharCode(...bytes)); }
}

function setup(maxLineLength = 64) {
  const output = new CapturedOutput();
  const handler = new RecordingHandler();
  const log = new Logger(output, new ManualTimers());
  const console = new ConsoleTransport({ output, handler, log, maxLineLength });
  console.start();
  output.take();
  return { output, handler, console };
}

async function send(s: ReturnType<typeof setup>, data: string | Uint8Array) {
  s.console.receive(data);
  await s.console.whenIdle();
  return s.output.take();
}

describe("console command parser", () => {
  it("splits endpoint, session id and hex", () => {
    const { command } = parseCommand("prov-session 0 0a0B");
    ok(command);
    equal(command.endpoint, "prov-session");
    equal(command.sessionId, 0);
    equal(toHex(command.payload), "0a0b");
  });
  it("tolerates extra spaces and tabs between fields", () => {
    ok(parseCommand("  proto-ver \t 7   00 ").command);
  });
  for (const [line, why] of [
    ["proto-ver 0", /3|field/], ["proto-ver 0 00 11", /field/], ["proto-ver x 00", /session id/],
    ["proto-ver -1 00", /session id/], ["proto-ver 4294967296 00", /session id/], ["proto-ver 0 abc", /odd/],
    ["proto-ver 0 zz", /not hex/],
  ] as [string, RegExp][]) {
    it(`refuses "${line}"`, () => {
      const { error } = parseCommand(line);
      ok(error !== undefined);
      match(error, why);
    });
  }
});

describe("console transport", () => {
  it("echoes, answers one lowercase hex line and prompts again", async () => {
    const s = setup();
    const out = await send(s, "proto-ver 0 56302E31\r\n");
    equal(out, "proto-ver 0 56302E31\r\n" + "abcd04\r\n" + PROMPT);
    deepEqual(s.handler.calls, [{ endpoint: "proto-ver", sessionId: 0, payload: "56302e31" }]);
  });

  it("accepts CR, LF and CRLF line ends, one request each", async () => {
    const s = setup();
    await send(s, "a 0 00\rb 0 00\nc 0 00\r\nd 0 00\n\r");
    deepEqual(s.handler.calls.map((c) => c.endpoint), ["a", "b", "c", "d"]);
  });

  it("applies backspace and DEL before parsing", async () => {
    const s = setup();
    const out = await send(s, "proto-verX\b 0 0\x7f00\n");
    match(out, /\b \b/);
    deepEqual(s.handler.calls, [{ endpoint: "proto-ver", sessionId: 0, payload: "00" }]);
  });

  it("assembles a request split across many reads", async () => {
    const s = setup();
    for (const ch of "prov-session 3 0102\r\n") s.console.receive(ch);
    await s.console.whenIdle();
    deepEqual(s.handler.calls, [{ endpoint: "prov-session", sessionId: 3, payload: "0102" }]);
  });

  it("refuses a line over the limit instead of cutting it, and recovers", async () => {
    const s = setup(64);
    const out = await send(s, "proto-ver 0 " + "00".repeat(40) + "\n");
    match(out, /E \(\d+\) protocomm_console: line longer than 64 characters refused/);
    equal(s.handler.calls.length, 0);
    await send(s, "proto-ver 0 00\n");
    equal(s.handler.calls.length, 1);
  });

  it("ignores a line of binary junk with an E line, then works", async () => {
    const s = setup();
    const out = await send(s, new Uint8Array([0xff, 0x00, 0x80, 0x1b, 0x41, 0x0a]));
    match(out, /E \(\d+\) protocomm_console: line with non-printable bytes ignored/);
    equal(s.handler.calls.length, 0);
    await send(s, "proto-ver 0 00\n");
    equal(s.handler.calls.length, 1);
  });

  it("logs a parse error with an E line and sends no reply", async () => {
    const s = setup();
    const out = await send(s, "proto-ver 0 0g\n");
    match(out, /^proto-ver 0 0g\r\nE \(\d+\) protocomm_console: payload is not hex\r\n>> $/);
  });

  it("logs a refused request without a reply, and survives a handler bug", async () => {
    const s = setup();
    match(await send(s, "fail 0 00\n"), /E \(\d+\) protocomm_console: refused on purpose/);
    match(await send(s, "crash 0 00\n"), /E \(\d+\) protocomm_console: crash: internal error: a bug/);
    match(await send(s, "ok 0 00\n"), /abcd01/);
  });

  it("answers requests in order when they arrive together", async () => {
    const s = setup();
    const out = await send(s, "a 0 00\nb 0 0000\n");
    ok(out.indexOf("abcd01") < out.indexOf("abcd02"));
  });

  it("Ctrl-C drops the line being typed", async () => {
    const s = setup();
    await send(s, "proto-ver 0 0\x03x 0 00\n");
    deepEqual(s.handler.calls.map((c) => c.endpoint), ["x"]);
  });

  it("an empty line just prompts; help lists the endpoints", async () => {
    const s = setup();
    equal(await send(s, "\n"), "\r\n" + PROMPT);
    match(await send(s, "help\n"), /endpoints: proto-ver, fail/);
    equal(s.handler.calls.length, 0);
  });

  it("echoes what arrives in one read in one write with its line end, an edit by itself, the reply with the prompt", async () => {
    const output = new PieceOutput();
    const console = new ConsoleTransport({ output, handler: new RecordingHandler(), log: new Logger(output, new ManualTimers()) });
    console.start();
    console.receive("proto-ver 0 5630X\b2e31\r\n");
    await console.whenIdle();
    deepEqual(output.pieces, [PROMPT, "proto-ver 0 5630X", "\b \b", "2e31\r\n", "abcd04\r\n" + PROMPT]);
  });

  it("reads nothing once stopped", async () => {
    const s = setup();
    s.console.stop();
    equal(await send(s, "a 0 00\n"), "");
    equal(s.handler.calls.length, 0);
  });
});
