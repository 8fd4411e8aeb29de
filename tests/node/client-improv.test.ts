// The client's Improv path as a user runs it (npm run provision -- --improv, and the automatic fallback),
// against the simulated device process: same options, same exit statuses as esp_prov's protocol.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { equal, match } from "../support/assert.js";

const TSX = join("node_modules", ".bin", "tsx");

function provision(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(TSX, ["host/provision.ts", ...args], { stdio: "pipe" });
  let stdout = "", stderr = "";
  child.stdout.on("data", (d: Buffer) => { stdout += d; });
  child.stderr.on("data", (d: Buffer) => { stderr += d; });
  return new Promise((resolve) => child.once("close", (code) => resolve({ code, stdout, stderr })));
}

describe("provisioning client over Improv (npm run provision -- --improv)", function () {
  this.timeout(90000);
  let state: string;
  beforeEach(() => { state = mkdtempSync(join(tmpdir(), "client-improv-")); });
  afterEach(() => rmSync(state, { recursive: true, force: true }));
  // improv=true: the simulator's default security 1 leaves Improv off unless the device is built with it.
  const device = (...args: string[]) =>
    [TSX, "host/simulator.ts", `stateDir=${state}`, "improv=true", "applyDelayMs=50", "connectDelayMs=300", "improvUrl=http://{LOCAL_IPV4}/", ...args].join(" ");

  it("a wrong passphrase is exit 1; the right one exit 0 with the URL; then a device with no console is found over Improv", async () => {
    const wrong = await provision(["--improv", "--device", device(), "--ssid", "myssid", "--passphrase", "nope"]);
    equal(wrong.code, 1, wrong.stderr);
    match(wrong.stderr, /could not join "myssid" \(Improv: unable to connect\)/);
    const right = await provision(["--improv", "--device", device(), "--ssid", "myssid", "--passphrase", "mypassword"]);
    equal(right.code, 0, right.stderr);
    match(right.stdout, /Provisioning was successful over Improv: "myssid", device at http:\/\/192\.168\.43\.220\//);
    // Provisioned now: no protocomm console at boot, but Improv answers, so the client falls back to it.
    const again = await provision(["--device", device(), "--timeout", "2", "--ssid", "myssid", "--passphrase", "mypassword"]);
    equal(again.code, 0, again.stderr);
    match(again.stderr, /does not answer esp_prov's protocol but answers Improv/);
  });

  it("esp_prov-only options are refused with --improv (exit 2); a silent device is exit 3", async () => {
    const pop = await provision(["--improv", "--device", device(), "--pop", "abcd1234", "--ssid", "x", "--passphrase", "y"]);
    equal(pop.code, 2);
    match(pop.stderr, /--pop is esp_prov's protocol; Improv has no such thing/);
    const silent = await provision(["--improv", "--device", "sleep 10", "--timeout", "1", "--ssid", "x", "--passphrase", "y"]);
    equal(silent.code, 3, silent.stderr);
    match(silent.stderr, /no Improv frame at all from the device/);
  });
});
