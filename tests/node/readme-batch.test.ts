// The README's "A batch of boards at once" snippet and its provisionMany() snippet, run as shown: the shell
// one with socat and four simulated boards, the library one against two boards on ptys. `npx esp-prov-sim`
// and `npx esp-provision` run the package's commands; here they are the checkout's dist/bin through a folder
// put first on the PATH (the snippet runs with "npx " dropped, so npx never looks at the registry).
import { spawn, spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { fileURLToPath } from "node:url";
import { equal, match, ok } from "../support/assert.js";
import { PtyBoard } from "../support/pty-boards.js";

const root = fileURLToPath(new URL("../..", import.meta.url));
const readme = readFileSync(join(root, "README.md"), "utf8");

/** The first fenced block tagged `lang` ("" for an untagged one) after `heading` that contains `needle`. */
function snippet(heading: string, lang: string, needle: string): string {
  const lines = readme.slice(readme.indexOf(heading)).split("\n");
  let open: { lang: string; body: string[] } | undefined;
  for (const line of lines) {
    const fence = /^```(\S*)$/.exec(line);
    if (fence && !open) open = { lang: fence[1], body: [] };
    else if (fence && open) {
      const body = open.body.join("\n") + "\n";
      if (open.lang === lang && body.includes(needle)) return body;
      open = undefined;
    } else open?.body.push(line);
  }
  throw new Error(`no ${lang || "untagged"} snippet with ${needle} after ${heading}`);
}

function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "", stderr = "";
    child.stdout.on("data", (d) => { stdout += d; });
    child.stderr.on("data", (d) => { stderr += d; });
    const timer = setTimeout(() => child.kill("SIGKILL"), 90000);
    child.on("close", (code) => { clearTimeout(timer); resolve({ code, stdout, stderr }); });
  });
}

describe("README: a batch of boards at once", function () {
  this.timeout(120000);
  let dir: string;
  let env: NodeJS.ProcessEnv;
  before(() => {
    const built = spawnSync(process.execPath, ["host/build-package.mjs"], { cwd: root, encoding: "utf8" });
    equal(built.status, 0, built.stderr);
  });
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "readme-batch-"));
    const bin = join(dir, ".bin");
    mkdirSync(bin);
    for (const command of ["esp-prov-sim", "esp-provision"]) {
      writeFileSync(join(bin, command), `#!/bin/sh\nexec "${process.execPath}" "${join(root, "dist", "bin", `${command}.js`)}" "$@"\n`);
      chmodSync(join(bin, command), 0o755);
    }
    env = { ...process.env, PATH: [bin, process.env.PATH ?? ""].join(delimiter) };
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("the shell snippet provisions four simulated boards and reports each by MAC", async () => {
    const script = snippet("### A batch of boards at once", "sh", "esp-provision batch").replace(/\bnpx /g, "");
    const work = join(dir, "work");
    mkdirSync(work);
    const result = await run("bash", ["-c", script], work, env);
    equal(result.code, 0, result.stderr + result.stdout);
    match(result.stdout, /^4 boards: 4 joined, 0 failed in [\d.]+ s$/m);
    const rows = readFileSync(join(work, "report.csv"), "utf8").trim().split("\n");
    // The header the README shows is the one written.
    const shown = snippet("### A batch of boards at once", "", "port,mac,firmware").split("\n")[0];
    equal(rows[0], shown);
    for (const n of [1, 2, 3, 4]) {
      const row = rows.find((r) => r.includes(`,02:00:00:00:00:0${n},`));
      ok(row, `no row for board ${n}`);
      match(row!, new RegExp(`^hub/ttyUSB${n},02:00:00:00:00:0${n},esp-console-prov,0\\.1\\.0,1,joined,,,myssid,192\\.168\\.43\\.220,boards\\.csv line ${n + 1},`));
    }
    match(rows[rows.length - 1], /^"# 4 boards: 4 joined, 0 failed in [\d.]+ s"$/);
  });

  it("the provisionMany() snippet provisions the boards it names", async () => {
    const code = snippet("## The client as an npm package", "js", "provisionMany(");
    const boards = [1, 2].map((n) => PtyBoard.simulator(`stateDir=${join(dir, `flash${n}`)}`, `mac=02:00:00:00:00:0${n}`));
    try {
      mkdirSync(join(dir, "hub"));
      await Promise.all(boards.map((b, i) => b.link(join(dir, "hub"), `ttyUSB${i + 1}`)));
      mkdirSync(join(dir, "node_modules"));
      symlinkSync(root, join(dir, "node_modules", "esp-console-prov"));
      writeFileSync(join(dir, "station.mjs"), code);
      const result = await run(process.execPath, ["station.mjs"], dir, env);
      equal(result.code, 0, result.stderr + result.stdout);
      match(result.stdout, /^hub\/ttyUSB1 02:00:00:00:00:01 joined$/m);
      match(result.stdout, /^hub\/ttyUSB2 02:00:00:00:00:02 joined$/m);
      match(result.stdout, /^2 boards: 2 joined, 0 failed/m);
    } finally {
      await Promise.all(boards.map((b) => b.stop()));
    }
  });
});
