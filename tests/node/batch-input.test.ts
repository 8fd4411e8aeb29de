// The batch's inputs on their own: CSV in and out, port patterns over a folder, and a boards list with its
// defaults (what a row leaves out), each mistake named with its row.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { BatchInputError, planBoards, readBoardsFile } from "../../host/batch/boards.js";
import { csvField, parseCsv } from "../../host/batch/csv.js";
import { expandPattern, expandPorts } from "../../host/batch/port-glob.js";
import { deepEqual, equal, match, ok } from "../support/assert.js";

function throws(fn: () => unknown, pattern: RegExp): void {
  try {
    fn();
  } catch (error) {
    ok(error instanceof BatchInputError, String(error));
    match((error as Error).message, pattern);
    return;
  }
  throw new Error(`did not throw ${pattern}`);
}

describe("batch input", () => {
  let dir: string;
  beforeEach(() => { dir = mkdtempSync(join(tmpdir(), "batch-input-")); });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("CSV: quotes, doubled quotes, CRLF, a byte order mark, an empty last field; written back the same", () => {
    deepEqual(parseCsv('\ufeffa,b,c\r\n"x, y","say ""hi""",\r\n1,"two\nlines",3'), [["a", "b", "c"], ["x, y", 'say "hi"', ""], ["1", "two\nlines", "3"]]);
    for (const value of ["x, y", 'say "hi"', "two\nlines", "plain"]) deepEqual(parseCsv(csvField(value)), [[value]]);
    // A spreadsheet would run these as formulas.
    equal(csvField("=HYPERLINK(1)"), "'=HYPERLINK(1)");
    equal(csvField(-3), "-3");
    let error: unknown;
    try { parseCsv('a,"b'); } catch (e) { error = e; }
    match(String(error), /not closed/);
  });

  it("port patterns: *, ? and [..] per segment, sorted; a plain path as it is; no match, nothing", () => {
    for (const name of ["ttyUSB0", "ttyUSB1", "ttyUSB10", "ttyACM0", ".hidden"]) writeFileSync(join(dir, name), "");
    mkdirSync(join(dir, "by-id"));
    writeFileSync(join(dir, "by-id", "usb-Espressif_abc-if00"), "");
    deepEqual(expandPattern(join(dir, "ttyUSB*")), ["ttyUSB0", "ttyUSB1", "ttyUSB10"].map((n) => join(dir, n)));
    deepEqual(expandPattern(join(dir, "ttyUSB?")), ["ttyUSB0", "ttyUSB1"].map((n) => join(dir, n)));
    deepEqual(expandPattern(join(dir, "tty[!U]*")), [join(dir, "ttyACM0")]);
    deepEqual(expandPattern(join(dir, "*", "usb-Espressif_*")), [join(dir, "by-id", "usb-Espressif_abc-if00")]);
    deepEqual(expandPattern(join(dir, "nothing*")), []);
    deepEqual(expandPattern("/dev/ttyS0"), ["/dev/ttyS0"]);
    deepEqual(expandPorts([join(dir, "ttyUSB1"), join(dir, "ttyUSB?")]), [join(dir, "ttyUSB1"), join(dir, "ttyUSB0")]);
  });

  it("a boards file in CSV or JSON; a row takes the defaults for what it leaves out", () => {
    const csv = join(dir, "b.csv");
    writeFileSync(csv, "MAC, pop ,ssid\n24-0A-C4-12-34-56,p1-secret,\n\n,,\n240ac4123457,,other\n");
    const rows = readBoardsFile(csv);
    deepEqual(rows, [
      { mac: "24-0A-C4-12-34-56", pop: "p1-secret", line: `${csv} line 2` },
      { mac: "240ac4123457", ssid: "other", line: `${csv} line 5` },
    ]);
    const planned = planBoards(rows, { pop: "shared-pop", ssid: "myssid", passphrase: "mypassword" });
    deepEqual(planned.map((b) => [b.mac, b.pop, b.ssid, b.passphrase]), [
      ["24:0a:c4:12:34:56", "p1-secret", "myssid", "mypassword"],
      ["24:0a:c4:12:34:57", "shared-pop", "other", "mypassword"],
    ]);
    const json = join(dir, "b.json");
    writeFileSync(json, JSON.stringify([{ port: "/dev/ttyUSB0", sec_ver: 2, sec2_username: "u", sec2_pwd: "p" }]));
    deepEqual(readBoardsFile(json), [{ port: "/dev/ttyUSB0", secVer: 2, username: "u", password: "p", line: `${json} entry 1` }]);
  });

  it("each mistake is named with its row", () => {
    const file = (text: string) => { const p = join(dir, "x.csv"); writeFileSync(p, text); return p; };
    throws(() => readBoardsFile(file("mac,colour\n1,red\n")), /x\.csv line 2: unknown column "colour"/);
    throws(() => readBoardsFile(file("mac,sec_ver\n02:00:00:00:00:01,3\n")), /sec_ver is 0, 1 or 2, not "3"/);
    throws(() => readBoardsFile(file("mac\n02:00:00:00:00:01,extra\n")), /line 2: 2 fields, the header names 1/);
    throws(() => readBoardsFile(file("")), /is empty/);
    const defaults = { ssid: "s", passphrase: "" };
    throws(() => planBoards([{ mac: "nope" }], defaults), /board 1: "nope" is not a MAC address/);
    throws(() => planBoards([{ port: "/dev/a" }, { port: "/dev/a" }], defaults), /board 2: port \/dev\/a is already board 1/);
    throws(() => planBoards([{ port: "/dev/a", passphrase: "short" }], defaults), /8 to 63 characters/);
    throws(() => planBoards([{ port: "/dev/a", passphrase: "p".repeat(64) }], defaults), /64 bytes; at most 63/);
    throws(() => planBoards([{ port: "/dev/a", ssid: "é".repeat(17) }], defaults), /is 34 bytes; Wi-Fi allows 32/);
    throws(() => planBoards([{ port: "/dev/a" }], { passphrase: "" }), /no SSID/);
  });
});
