// esp-provision batch and provisionMany() against simulated boards on pseudo terminals: eight at once with
// mixed outcomes matched by MAC from a file, the report's every field, secrets kept out, bad input stopped
// before any board is touched, --watch with boards plugged in while it runs, and Ctrl-C mid-batch.
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { provisionMany, type BatchEvent } from "../../host/index.js";
import { BatchInputError } from "../../host/batch/boards.js";
import { parseCsv } from "../../host/batch/csv.js";
import { REPORT_FIELDS } from "../../host/batch/report.js";
import { nobleCrypto } from "../../modules/crypto/noble.js";
import { BigIntArithmetic } from "../../modules/srp/arithmetic.js";
import { N } from "../../modules/srp/group.js";
import { makeVerifier } from "../../modules/srp/srp-client.js";
import { fromHex, toHex } from "../../modules/util/hex.js";
import { utf8Encode } from "../../modules/util/utf8.js";
import { deepEqual, equal, match, ok } from "../support/assert.js";
import { PtyBoard, TSX } from "../support/pty-boards.js";

const SALT = "b5d821f518bb0e1b4d48cf14ebeeeb6b";
const SEC2 = [
  "securityVersion=2", "sec2Username=station", `sec2Salt=${SALT}`,
  `sec2Verifier=${toHex(makeVerifier(nobleCrypto, new BigIntArithmetic(N), fromHex(SALT)!, utf8Encode("station"), utf8Encode("s3cret-sec2")))}`,
];
const mac = (n: number) => `02:00:00:00:00:${n.toString(16).padStart(2, "0")}`;

interface Run { code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string; ms: number }

function batch(args: string[]): { child: ChildProcessWithoutNullStreams; done: Promise<Run> } {
  const start = Date.now();
  // Straight to node with tsx's loader, so a signal reaches the program itself.
  const child = spawn(process.execPath, ["--import", "tsx", "host/provision.ts", "batch", ...args], { stdio: "pipe" });
  let stdout = "", stderr = "";
  child.stdout.on("data", (d) => { stdout += d; });
  child.stderr.on("data", (d) => { stderr += d; });
  const done = new Promise<Run>((resolve) => child.on("close", (code, signal) => resolve({ code, signal, stdout, stderr, ms: Date.now() - start })));
  return { child, done };
}

const waitFor = async (what: () => boolean, ms: number, label: string) => {
  const until = Date.now() + ms;
  while (!what()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${label}`);
    await new Promise((r) => setTimeout(r, 50));
  }
};

describe("batch provisioning (esp-provision batch, provisionMany)", function () {
  this.timeout(90000);
  let dir: string;
  let boards: PtyBoard[] = [];
  const board = (n: number, ...args: string[]) => {
    const b = PtyBoard.simulator(`stateDir=${join(dir, `flash${n}`)}`, `mac=${mac(n)}`, ...args);
    boards.push(b);
    return b;
  };

  beforeEach(() => { dir = mkdtempSync(join(tmpdir(), "batch-")); });
  afterEach(async () => {
    await Promise.all(boards.map((b) => b.stop()));
    boards = [];
    rmSync(dir, { recursive: true, force: true });
  });

  it("eight boards at once, matched by MAC from a file: joined, wrong PoP, wrong passphrase, no answer, security 2; every report field", async () => {
    const ports = join(dir, "ports");
    const fs = await import("node:fs");
    fs.mkdirSync(ports);
    // Boards 1-4 and 6-8 simulated (8 on security 2), port 5 silent; the links are in no order the file follows.
    const sims = [1, 2, 3, 4, 6, 7].map((n) => board(n));
    sims.push(board(8, ...SEC2));
    const silent = new PtyBoard(["sleep", "120"]);
    boards.push(silent);
    const names = ["ttyUSB7", "ttyUSB3", "ttyUSB0", "ttyUSB6", "ttyUSB2", "ttyUSB1", "ttyUSB4"];
    const linkOf = new Map<number, string>();
    await Promise.all(sims.map(async (b, i) => linkOf.set([1, 2, 3, 4, 6, 7, 8][i], await b.link(ports, names[i]))));
    const silentLink = await silent.link(ports, "ttyUSB5");
    await Promise.all(sims.map((b) => b.ready()));

    const file = join(dir, "boards.csv");
    writeFileSync(file, [
      "mac,sec_ver,pop,sec2_username,sec2_pwd,ssid,passphrase,custom_data",
      `${mac(1)},,,,,,,"hello, batch"`,
      `${mac(2).toUpperCase()},,,,,,,`,
      `${mac(3).replace(/:/g, "")},,,,,,,`,
      `${mac(4)},,,,,,,`,
      `${mac(6)},,wrong-pop-6,,,,,`,
      `${mac(7)},,,,,,wrong-passphrase-7,`,
      `${mac(8)},2,,station,s3cret-sec2,,,`,
      `${mac(9)},,,,,,,`,
    ].join("\n") + "\n");
    const jsonl = join(dir, "report.jsonl"), csv = join(dir, "report.csv");
    const before = Date.now();
    const run = await batch(["--port", join(ports, "ttyUSB*"), "--boards", file, "--pop", "abcd1234", "--ssid", "myssid",
      "--passphrase", "mypassword", "--timeout", "2", "--poll_interval", "0.2", "--jobs", "8", "--report", jsonl, "--report", csv]).done;
    const after = Date.now();
    equal(run.code, 1, run.stderr);
    match(run.stdout, /^9 boards: 5 joined, 4 failed \(.*1 wrong PoP.*\) in [\d.]+ s\n$/);
    for (const kind of ["wrong PoP", "wrong passphrase", "no answer", "not found"]) match(run.stdout, new RegExp(`1 ${kind}`));

    const lines = readFileSync(jsonl, "utf8").trim().split("\n").map((l) => JSON.parse(l));
    const summary = lines.pop();
    deepEqual({ ...summary.summary, durationMs: 0, text: "" }, {
      boards: 9, joined: 5, failed: 4, durationMs: 0, interrupted: false, text: "",
      results: Object.fromEntries(Object.entries(summary.summary.results)),
    });
    equal(lines.length, 9);
    const byMac = new Map(lines.map((l) => [l.mac ?? l.port, l]));
    for (const n of [1, 2, 3, 4]) {
      const r = byMac.get(mac(n));
      deepEqual(Object.keys(r), ["port", "mac", "firmware", "firmware_version", "security_version", "result", "ssid", "ip", "row", "start", "duration_ms"]);
      equal(r.port, linkOf.get(n));
      equal(r.firmware, "esp-console-prov");
      equal(r.firmware_version, "0.1.0");
      equal(r.security_version, 1);
      equal(r.result, "joined");
      equal(r.ssid, "myssid");
      equal(r.ip, "192.168.43.220");
      equal(r.row, `${file} line ${n + 1}`);
      const start = Date.parse(r.start);
      ok(start >= before - 1000 && start <= after, r.start);
      ok(Number.isInteger(r.duration_ms) && r.duration_ms > 0 && r.duration_ms <= after - before, String(r.duration_ms));
    }
    const pop = byMac.get(mac(6));
    equal(pop.result, "wrong PoP");
    match(pop.reason, /wrong PoP\? Check --pop/);
    match(pop.device_reason, /^E \(\d+\) protocomm_console: security 1: key mismatch/);
    equal(pop.port, linkOf.get(6));
    const pass = byMac.get(mac(7));
    equal(pass.result, "wrong passphrase");
    equal(pass.device_reason, "AuthError");
    equal(pass.ip, undefined);
    const sec2 = byMac.get(mac(8));
    equal(sec2.result, "joined");
    equal(sec2.security_version, 2);
    const none = byMac.get(silentLink);
    equal(none.result, "no answer");
    equal(none.mac, undefined);
    match(none.reason, /not a single byte from the device/);
    const missing = byMac.get(mac(9));
    equal(missing.result, "not found");
    equal(missing.row, `${file} line 9`);

    // The CSV says the same, field for field.
    const rows = parseCsv(readFileSync(csv, "utf8"));
    deepEqual(rows[0], [...REPORT_FIELDS]);
    equal(rows[rows.length - 1].length, 1);
    match(rows[rows.length - 1][0], /^# 9 boards: 5 joined, 4 failed/);
    const body = rows.slice(1, -1);
    equal(body.length, 9);
    for (const row of body) {
      const record = Object.fromEntries(REPORT_FIELDS.map((f, i) => [f, row[i]]));
      const json = byMac.get(record.mac || record.port);
      for (const field of REPORT_FIELDS) equal(record[field], json[field] === undefined ? "" : String(json[field]), `${record.mac} ${field}`);
    }

    // No secret anywhere: not in the reports, not in what was printed.
    for (const secret of ["abcd1234", "mypassword", "wrong-pop-6", "wrong-passphrase-7", "s3cret-sec2"])
      for (const [what, text] of [["jsonl", readFileSync(jsonl, "utf8")], ["csv", readFileSync(csv, "utf8")], ["stdout", run.stdout], ["stderr", run.stderr]])
        ok(!text.includes(secret), `${secret} in ${what}`);
    // Piped: plain lines, each naming its board.
    match(run.stderr, new RegExp(`${linkOf.get(1)}\\s+${mac(1)}\\s+joined 192\\.168\\.43\\.220`));
    ok(!run.stderr.includes("\x1b["), "no terminal control codes on a pipe");
  });

  it("bad input stops before any board is touched (exit 2, one clear line)", async () => {
    const file = (name: string, text: string) => { const p = join(dir, name); writeFileSync(p, text); return p; };
    const cases: [string[], RegExp][] = [
      [["--boards", join(dir, "nope.csv"), "--port", "/dev/null"], /cannot read the boards file .*nope\.csv/],
      [["--boards", file("a.csv", "pop,ssid\nabcd1234,x\n"), "--passphrase", "mypassword"], /a\.csv line 2: no port and no MAC/],
      [["--boards", file("b.csv", `mac,port\n${mac(1)},\n02-00-00-00-00-01,\n`), "--port", "x*", "--ssid", "s", "--passphrase", ""], /b\.csv line 3: MAC 02:00:00:00:00:01 is already \S*b\.csv line 2: one row per board/],
      [["--boards", file("c.json", JSON.stringify([{ port: "/dev/ttyUSB0", sec_ver: "2", sec2_username: "u" }])), "--ssid", "s", "--passphrase", ""], /c\.json entry 1: security 2 needs a username and a password/],
      [["--port", "/dev/null", "--ssid", "x".repeat(33), "--passphrase", ""], /SSID "x{33}" is 33 bytes; Wi-Fi allows 32/],
      [["--port", "/dev/null", "--sec_ver", "1", "--ssid", "s", "--passphrase", ""], /security 1 needs a PoP/],
      [["--port", join(dir, "ttyNONE*"), "--ssid", "s", "--passphrase", ""], /no port matches/],
      [["--port", "/dev/null", "--ssid", "s", "--passphrase", "", "--report", join(dir, "r.txt")], /name it \.jsonl .* or \.csv/],
    ];
    const runs = await Promise.all(cases.map(([args]) => batch(args).done));
    runs.forEach((run, i) => {
      equal(run.code, 2, `${cases[i][0].join(" ")}: ${run.stderr}`);
      match(run.stderr.split("\n")[0], cases[i][1]);
      ok(!run.stderr.includes("opening the port"), "no port opened");
    });
    // The library checks the same before it opens anything.
    const opened: string[] = [];
    let error: unknown;
    try {
      await provisionMany({ ports: ["/dev/null"], boards: [{ port: "/dev/null" }, { port: "/dev/null" }], defaults: { ssid: "s", passphrase: "" },
        openLink: async (port) => { opened.push(port); throw new Error("touched"); } });
    } catch (e) { error = e; }
    ok(error instanceof BatchInputError, String(error));
    deepEqual(opened, []);
  });

  it("a stop before any board is reached reports each row of the boards file once, and no port beside it", async () => {
    const stop = new AbortController();
    stop.abort();
    const opened: string[] = [];
    const report = await provisionMany({
      ports: ["/dev/null"], boards: [{ mac: mac(1) }, { mac: mac(2) }, { port: "/dev/zero" }],
      defaults: { pop: "abcd1234", ssid: "myssid", passphrase: "mypassword" }, signal: stop.signal,
      openLink: async (port) => { opened.push(port); throw new Error("touched"); },
    });
    deepEqual(opened, []);
    deepEqual(report.boards.map((b) => [b.mac ?? b.port, b.result]).sort(),
      [["/dev/zero", "not done"], [mac(1), "not done"], [mac(2), "not done"]]);
    equal(report.summary.failed, 3);
  });

  it("provisionMany(): per-board events in order, a result for each board", async () => {
    const [a, b] = [board(1), board(2)];
    await Promise.all([a.ready(), b.ready()]);
    const [pa, pb] = await Promise.all([a.path, b.path]);
    const events: BatchEvent[] = [];
    const report = await provisionMany({
      ports: [pa, pb], defaults: { pop: "abcd1234", ssid: "myssid", passphrase: "mypassword" },
      settings: { timeoutMs: 3000, pollIntervalMs: 200 }, onEvent: (e) => events.push(e),
    });
    deepEqual(report.summary.joined, 2);
    for (const [port, m] of [[pa, mac(1)], [pb, mac(2)]]) {
      const mine = events.filter((e) => ("port" in e ? e.port : e.kind === "done" ? e.board.port : "") === port);
      deepEqual(mine.map((e) => e.kind).filter((k, i, all) => all.indexOf(k) === i), ["start", "identified", "step", "status", "done"]);
      const done = mine[mine.length - 1];
      ok(done.kind === "done" && done.board.mac === m && done.board.result === "joined");
    }
  });

  it("--watch: provisions each board plugged in while it runs, once per board, until Ctrl-C", async () => {
    const ports = join(dir, "hub");
    (await import("node:fs")).mkdirSync(ports);
    const report = join(dir, "station.jsonl");
    const station = batch(["--watch", "--port", join(ports, "tty*"), "--pop", "abcd1234", "--ssid", "myssid", "--passphrase", "mypassword",
      "--timeout", "3", "--poll_interval", "0.2", "--report", report]);
    let err = "";
    station.child.stderr.on("data", (d) => { err += d; });
    await waitFor(() => /Watching/.test(err), 20000, "the station to start");
    const first = board(1);
    await first.ready();
    const firstLink = await first.link(ports, "ttyA");
    await waitFor(() => err.includes(`${mac(1)}  joined`), 30000, "board 1 to join");
    const second = board(2);
    await second.ready();
    await second.link(ports, "ttyB");
    await waitFor(() => err.includes(`${mac(2)}  joined`), 30000, "board 2 to join");
    // Board 1 shows up again on another port: done already this run, left alone.
    await first.link(ports, "ttyC");
    await waitFor(() => err.includes(`${mac(1)}  already joined in this run`), 30000, "board 1 to be recognised");
    station.child.kill("SIGINT");
    const run = await station.done;
    equal(run.code, 0, run.stderr);
    match(run.stdout, /^2 boards: 2 joined, 0 failed; stopped by the user/);
    const lines = readFileSync(report, "utf8").trim().split("\n").map((l) => JSON.parse(l));
    deepEqual(lines.slice(0, -1).map((l) => [l.mac, l.result]), [[mac(1), "joined"], [mac(2), "joined"]]);
    equal(lines[0].port, firstLink);
  });

  it("Ctrl-C mid-batch: a board past SetConfig finishes, a board before it stops at once, the rest are not done", async () => {
    const ports = join(dir, "ports");
    (await import("node:fs")).mkdirSync(ports);
    // Board 1 takes 4 s to join; port 2 never answers (10 s timeout); 3 and 4 wait for a free job.
    const slow = board(1, "connectDelayMs=4000");
    const silent = new PtyBoard(["sleep", "120"]);
    boards.push(silent);
    const [c, d] = [board(3), board(4)];
    await Promise.all([slow.ready(), c.ready(), d.ready()]);
    await slow.link(ports, "tty1");
    await silent.link(ports, "tty2");
    await c.link(ports, "tty3");
    await d.link(ports, "tty4");
    const report = join(dir, "r.jsonl");
    const run = batch(["--port", join(ports, "tty*"), "--jobs", "2", "--pop", "abcd1234", "--ssid", "myssid", "--passphrase", "mypassword",
      "--timeout", "10", "--poll_interval", "0.2", "--report", report]);
    let err = "";
    run.child.stderr.on("data", (chunk) => { err += chunk; });
    await waitFor(() => /tty1\s+\S+\s+Waiting for the device to join/.test(err), 30000, "board 1 to apply");
    const interrupted = Date.now();
    run.child.kill("SIGINT");
    const result = await run.done;
    const stopMs = Date.now() - interrupted;
    equal(result.code, 1, result.stderr);
    match(result.stdout, /^4 boards: 1 joined, 3 failed \(3 not done\); stopped by the user/);
    const lines = readFileSync(report, "utf8").trim().split("\n").map((l) => JSON.parse(l));
    const byPort = Object.fromEntries(lines.slice(0, -1).map((l) => [l.port.slice(-4), l]));
    equal(byPort.tty1.result, "joined");
    equal(byPort.tty2.result, "not done");
    match(byPort.tty2.reason, /before its credentials were sent: the board is unchanged/);
    equal(byPort.tty3.result, "not done");
    equal(byPort.tty4.result, "not done");
    // Board 1's join (4 s) bounded the stop, not port 2's 10 s timeout.
    ok(stopMs < 9000, `stopped after ${stopMs} ms`);
    // Boards 3 and 4 were never touched: still unprovisioned, they take credentials afterwards.
    const again = await batch(["--port", join(ports, "tty[34]"), "--pop", "abcd1234", "--ssid", "myssid", "--passphrase", "mypassword",
      "--timeout", "3", "--poll_interval", "0.2"]).done;
    equal(again.code, 0, again.stderr);
  });
});
