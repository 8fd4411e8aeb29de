// The npm package as a user gets it: `npm pack` in this checkout (which builds dist/), the tarball
// installed into an empty folder, then its commands run through npx and its library imported from an ES
// module and type-checked from TypeScript, with nothing of the checkout on the PATH or in the environment.
//
// The install uses --prefer-offline: every tarball it needs is in the npm cache after `npm ci`, but npm
// 11 resolves a tarball's dependencies from the registry's full metadata, which `npm ci` does not cache
// (it reads the abbreviated form). With --offline the install fails on a fresh CI machine (ENOTCACHED);
// with --prefer-offline it reads that metadata from the registry once and everything else from the cache.
import { spawnSync, type SpawnSyncReturns } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { fileURLToPath } from "node:url";
import { equal, match, ok } from "../support/assert.js";

const root = fileURLToPath(new URL("../..", import.meta.url));
const TSC = join(root, "node_modules", ".bin", "tsc");

// What the user's shell would have: no npm_* variables from the `npm test` running this, no
// node_modules/.bin of the checkout on the PATH.
const cleanEnv: NodeJS.ProcessEnv = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key)));
cleanEnv.PATH = (process.env.PATH ?? "").split(delimiter).filter((dir) => !dir.includes("node_modules")).join(delimiter);

function run(command: string, args: string[], cwd: string, timeoutSeconds = 120): SpawnSyncReturns<string> {
  const result = spawnSync(command, args, { cwd, env: cleanEnv, encoding: "utf8", timeout: timeoutSeconds * 1000 });
  if (result.error) throw new Error(`${command} ${args.join(" ")}: ${result.error.message}\n${result.stderr ?? ""}`);
  return result;
}

function succeed(command: string, args: string[], cwd: string): string {
  const result = run(command, args, cwd);
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} exited ${result.status}\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

interface PackReport { filename: string; size: number; unpackedSize: number; files: { path: string }[] }

describe("the npm package (npm pack, installed into an empty folder)", function () {
  this.timeout(300000);
  let work: string;
  let consumer: string;
  let packed: PackReport;

  before(function () {
    work = mkdtempSync(join(tmpdir(), "package-"));
    // Lifecycle output (prepare builds dist/) comes first on stdout, then the JSON report.
    const out = succeed("npm", ["pack", "--json", "--pack-destination", work], root);
    packed = JSON.parse(out.slice(out.search(/^\[/m)))[0];
    consumer = join(work, "consumer");
    mkdirSync(consumer);
    writeFileSync(join(consumer, "package.json"), JSON.stringify({ name: "consumer", version: "1.0.0", private: true, type: "module" }));
    succeed("npm", ["install", join(work, packed.filename), "--prefer-offline", "--no-audit", "--no-fund"], consumer);
  });
  after(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it("holds the built host side and the Moddable component, and none of the repository's tests or firmware", () => {
    const paths = packed.files.map((file) => file.path);
    for (const needed of ["package.json", "README.md", "dist/bin/esp-provision.js", "dist/bin/esp-prov-sim.js",
      "dist/bin/esp-prov-sec2-credentials.js", "dist/host/index.js", "dist/host/index.d.ts", "dist/modules/proto/messages.js",
      // What an app's manifest includes from node_modules/esp-console-prov (README: Getting the component).
      "manifest_provisioning.json", "esp-console-prov.ts", "modules/wifi-provisioning/wifi-provisioning.ts",
      "adapters/moddable/wifi-provisioning.ts", "adapters/moddable/native-crypto/native_crypto.c",
      "build/moddable/protobuf-minimal.js", "build/moddable/noble-x25519.js"])
      ok(paths.includes(needed), `${needed} is in the tarball`);
    const component = /^(dist\/|modules\/|adapters\/moddable\/|build\/moddable\/)|^(package\.json|README\.md|manifest_provisioning\.json|esp-console-prov\.ts)$/;
    equal(paths.filter((path) => !component.test(path)).join(", "), "");
    const unwanted = paths.filter((path) => /(^|\/)tests?\/|vectors|examples|(^|\/)main\.(js|ts)$|^manifest\.json$|^adapters\/(node|simulated)\//.test(path));
    equal(unwanted.join(", "), "");
  });

  it("npx esp-provision --help prints the usage", () => {
    const result = run("npx", ["esp-provision", "--help"], consumer);
    equal(result.status, 0, result.stderr);
    match(result.stdout, /^usage: npx esp-provision /);
  });

  it("npx esp-provision provisions the simulator run with npx esp-prov-sim, exit status 0", () => {
    const result = run("npx", ["esp-provision", "--device", "npx esp-prov-sim resetProvisioning=true",
      "--pop", "abcd1234", "--ssid", "myssid", "--passphrase", "mypassword"], consumer);
    equal(result.status, 0, `${result.stdout}\n${result.stderr}`);
    match(result.stdout, /Provisioning was successful: "myssid", IP address 192\.168\.43\.220/);
  });

  it("npx esp-prov-sec2-credentials prints the device's security 2 keys", () => {
    const out = succeed("npx", ["esp-prov-sec2-credentials", "--username", "wifiprov", "--password", "abcd1234"], consumer);
    match(out, /^sec2Username=wifiprov sec2Salt=[0-9a-f]{32} sec2Verifier=[0-9a-f]{768}\n$/);
  });

  it("the library provisions from an ES module, reporting progress, and a wrong PoP is a handshake error", () => {
    writeFileSync(join(consumer, "provision.js"), `
import { provision, ClientError } from "esp-console-prov";
const device = "npx esp-prov-sim stateDir=lib-state resetProvisioning=true applyDelayMs=0 connectDelayMs=100";
const steps = [];
const outcome = await provision({ device, pop: "abcd1234", ssid: "myssid", passphrase: "mypassword",
  settings: { pollIntervalMs: 200 }, onProgress: (event) => steps.push(event.kind + ": " + event.text) });
let failure;
try {
  await provision({ device, pop: "wrong", ssid: "myssid", passphrase: "mypassword", settings: { pollIntervalMs: 200 } });
} catch (error) {
  failure = error instanceof ClientError ? error.kind : String(error);
}
console.log(JSON.stringify({ outcome, steps, failure }));
`);
    const report = JSON.parse(succeed("node", ["provision.js"], consumer));
    equal(report.outcome.result, "provisioned");
    equal(report.outcome.wifi.ssid, "myssid");
    ok(report.steps.includes("step: Sending Wi-Fi credentials"), report.steps.join("\n"));
    ok(report.steps.some((step: string) => step.startsWith("status: connected")), report.steps.join("\n"));
    equal(report.failure, "handshake");
  });

  it("its declarations type-check a TypeScript user and catch a wrong argument", () => {
    const file = join(consumer, "check.ts");
    const program = (line: string) => `
import { provision, provisionMany, createClient, ConsoleLineTransport, type Outcome, type ProgressEvent, type ProvisionOptions,
  type BatchReport, type BatchEvent } from "esp-console-prov";
const options: ProvisionOptions = { device: "npx esp-prov-sim", pop: "abcd1234", ssid: "myssid",
  onProgress: (event: ProgressEvent) => { const text: string = event.text; void text; } };
const outcome: Promise<Outcome> = provision(options);
const line = new ConsoleLineTransport({ write: (text: string) => void text, timers: { set: () => 0, clear: () => {} } });
createClient(line).close();
const batch: Promise<BatchReport> = provisionMany({ ports: ["/dev/ttyUSB*"], boards: [{ mac: "02:00:00:00:00:01", pop: "abcd1234" }],
  defaults: { ssid: "myssid", passphrase: "mypassword" }, jobs: 4, onEvent: (event: BatchEvent) => void event.kind });
void batch;
${line}
void outcome;
`;
    const tsc = ["--noEmit", "--strict", "--module", "nodenext", "--moduleResolution", "nodenext", "--target", "es2022", "--lib", "es2022", "--types", "", file];
    writeFileSync(file, program(`provision({ port: "/dev/ttyUSB0", ssid: "myssid" });`));
    const good = run(TSC, tsc, consumer);
    equal(good.status, 0, good.stdout);
    writeFileSync(file, program(`provision({ port: 3 });`));
    const bad = run(TSC, tsc, consumer);
    match(bad.stdout, /check\.ts\(\d+,\d+\): error TS2322: Type 'number' is not assignable to type 'string'/);
    writeFileSync(file, program(`provisionMany({ ports: ["/dev/ttyUSB0"], jobs: "4" });`));
    const badBatch = run(TSC, tsc, consumer);
    match(badBatch.stdout, /check\.ts\(\d+,\d+\): error TS2322: Type 'string' is not assignable to type 'number'/);
  });
});
