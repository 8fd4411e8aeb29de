// The console path was rewritten over byte arrays, without RegExp (issue 21). These properties hold it
// to what it did before: the parser and the log escaping against their RegExp forms (kept here as the
// reference), and the console's output the same whether its bytes arrive one at a time or in any pieces.
import fc from "fast-check";
import { escapeForLog, neutraliseControls, quoteForLog } from "../../modules/log/escape.js";
import { Logger } from "../../modules/log/logger.js";
import { ProtocommError } from "../../modules/protocomm/errors.js";
import { ConsoleTransport, type RequestHandler } from "../../modules/transport/console.js";
import { parseCommand, parseCommandCodes, type ParseResult } from "../../modules/transport/command.js";
import { fromHex, toHex } from "../../modules/util/hex.js";
import { equal } from "../support/assert.js";
import { CapturedOutput, ManualTimers } from "../support/fakes.js";
import { fuzzRuns } from "./fuzz-settings.js";

const SEED = 20261202;

/** The command parser as it was, with RegExp: the reference. */
function referenceParse(line: string): ParseResult {
  const fields = line.trim().split(/[ \t]+/);
  if (fields.length !== 3) return { error: `expected "<endpoint> <session id> <hex>", got ${fields.length} field(s)` };
  const [endpoint, sessionText, hex] = fields;
  if (!/^[0-9]{1,10}$/.test(sessionText) || Number(sessionText) > 0xffffffff)
    return { error: `session id "${sessionText.slice(0, 16)}" is not a number from 0 to ${0xffffffff}` };
  if (hex.length % 2 !== 0) return { error: `payload has an odd number of hex digits (${hex.length})` };
  const payload = fromHex(hex);
  if (!payload) return { error: "payload is not hex" };
  return { command: { endpoint, sessionId: Number(sessionText), payload } };
}

const show = (r: ParseResult) => "error" in r ? `error: ${r.error}` : `${r.command.endpoint}|${r.command.sessionId}|${toHex(r.command.payload)}`;

/** Console-like text: the separators, digits, hex, and now and then anything at all. */
const lineChar = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(" ", "\t", "0", "1", "9", "a", "F", "g", "-", "x", "p") },
  { weight: 1, arbitrary: fc.constantFrom("\u00a0", "\n", "\u00e9", "\u0660", "\uffff", "\u0130", "\u2028") },
);
const lines = fc.oneof(
  fc.array(lineChar, { maxLength: 40 }).map((c) => c.join("")),
  fc.tuple(fc.constantFrom("proto-ver", "prov-session", " a", "x\ty"), fc.oneof(fc.nat().map(String), fc.constantFrom("4294967295", "4294967296", "00000000001", "01", "")),
    fc.uint8Array({ maxLength: 12 }).map(toHex), fc.constantFrom("", " ", "\t", " z"))
    .map(([e, s, h, tail]) => `${e} ${s}\t${h}${tail}`),
  fc.string({ maxLength: 40 }),
);

describe("console path against its RegExp reference", () => {
  it("parseCommand gives the same command or the same error message", () => {
    fc.assert(fc.property(lines, (line) => {
      equal(show(parseCommand(line)), show(referenceParse(line)), JSON.stringify(line));
      // The console's own entry, from the line's bytes inside a larger buffer, where they are printable ASCII.
      if (![...line].every((c) => c >= " " && c <= "~")) return;
      const bytes = new Uint8Array(line.length + 4).fill(0x7a);
      for (let i = 0; i < line.length; i++) bytes[2 + i] = line.charCodeAt(i);
      equal(show(parseCommandCodes(bytes, 2, 2 + line.length)), show(referenceParse(line)), JSON.stringify(line));
    }), { seed: SEED, numRuns: fuzzRuns(400) });
  });

  it("escapeForLog, quoteForLog and the logger's control escaping print the same text", () => {
    const escapeRef = (text: string) => text.replace(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`);
    const values = fc.oneof(fc.string({ maxLength: 90 }), fc.uint8Array({ maxLength: 90 }).map((b) => String.fromCharCode(...b)),
      fc.array(fc.constantFrom("\"", "\\", "\r", "\n", "\t", "\x1b", "\x7f", "\x85", "a", "\u00e9", "\ud83d\ude00", "\ud800"), { maxLength: 80 }).map((c) => c.join("")));
    fc.assert(fc.property(values, fc.integer({ min: 0, max: 70 }), (value, max) => {
      equal(quoteForLog(value, max), `"${escapeForLog(value, max).replace(/"/g, "\\x22")}"`);
      equal(neutraliseControls(value), escapeRef(value));
      // The logger writes a clean line as bytes where the output takes them, else as text: the same either way.
      const expected = `I (0) t: ${escapeRef(value).split("\n").join("\r\n")}\r\n`;
      const output = new CapturedOutput();
      new Logger(output, new ManualTimers()).info("t", value);
      equal(output.text, expected);
      let text = "";
      new Logger({ write: (t) => { text += t; } }, new ManualTimers()).info("t", value);
      equal(text, expected);
    }), { seed: SEED, numRuns: fuzzRuns(300) });
  });
});

class Handler implements RequestHandler {
  async handle(endpoint: string, sessionId: number, payload: Uint8Array): Promise<Uint8Array> {
    if (endpoint === "fail") throw new ProtocommError("refused");
    return new Uint8Array([sessionId & 255, payload.length]);
  }
  endpointNames(): string[] { return ["a", "fail"]; }
}

async function run(pieces: Uint8Array[], maxLineLength: number, echo: boolean): Promise<string> {
  const output = new CapturedOutput();
  const console = new ConsoleTransport({ output, handler: new Handler(), log: new Logger(output, new ManualTimers()), maxLineLength, echo });
  console.start();
  for (const piece of pieces) console.receive(piece);
  await console.whenIdle();
  return output.text;
}

describe("console line assembly in pieces", () => {
  it("prints the same echo, edits, E lines and replies whether bytes come one at a time or in any pieces", async () => {
    const byte = fc.oneof(
      { weight: 8, arbitrary: fc.constantFrom(...Array.from("a 0 01fail\t", (c) => c.charCodeAt(0))) },
      { weight: 3, arbitrary: fc.constantFrom(13, 10, 8, 127, 3, 9) },
      { weight: 1, arbitrary: fc.integer({ min: 0, max: 255 }) },
    );
    await fc.assert(fc.asyncProperty(fc.array(byte, { maxLength: 120 }), fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 10 }),
      fc.integer({ min: 1, max: 24 }), fc.boolean(), async (stream, cuts, maxLine, echo) => {
        const bytes = new Uint8Array(stream);
        const single = Array.from(bytes, (b) => new Uint8Array([b]));
        const pieces: Uint8Array[] = [];
        for (let at = 0, k = 0; at < bytes.length; k++) {
          const size = cuts[k % cuts.length];
          pieces.push(bytes.subarray(at, at + size));
          at += size;
        }
        equal(await run(pieces, maxLine, echo), await run(single, maxLine, echo));
      }), { seed: SEED, numRuns: fuzzRuns(300) });
  });
});
