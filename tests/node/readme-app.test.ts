// The README's app ("Provisioning in your own Moddable app"), taken out of the README: its TypeScript
// type-checks against the component's typings as an app includes them, its manifest has the shape mcconfig
// needs, and it runs on the fake platform as Moddable runs it: the module evaluated as a preload would
// (nothing may be constructed then), then main(), provisioned by the in-process esp_prov client with the
// manifest's PoP. tools/build-readme-app.mjs builds the same two files with the real mcconfig.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { readmeApp, root } from "../../tools/readme-app.mjs";
import { internalsOf } from "../../modules/wifi-provisioning/internals.js";
import { PreloadError } from "../../modules/wifi-provisioning/provisioning-core.js";
import { SimulatedWifi } from "../../adapters/simulated/wifi.js";
import { nobleCrypto } from "../../modules/crypto/noble.js";
import { deepEqual, equal, match, ok } from "../support/assert.js";
import { CapturedOutput, CountingRandom, ManualTimers, MemoryPreferences } from "../support/fakes.js";
import { connect as connectClient } from "../support/client-link.js";
import type { TestDevice } from "../support/device.js";
import { harness } from "../support/readme-face.js";
import { WiFiProvisioning } from "../../modules/wifi-provisioning/wifi-provisioning.js";
import { readFileSync } from "node:fs";

const app = readmeApp();
let scratch: string;

/** tsc over one app source, as an app that includes the component sees its types (tsconfig.moddable.json). */
function typeCheck(source: string): { status: number | null; output: string } {
  const dir = mkdtempSync(join(scratch, "tsc-"));
  writeFileSync(join(dir, "main.ts"), source);
  writeFileSync(join(dir, "tsconfig.json"), JSON.stringify({
    extends: resolve(root, "tsconfig.moddable.json"),
    compilerOptions: { noEmit: true },
    include: ["main.ts", resolve(root, "typings") + "/**/*.d.ts"],
  }));
  const run = spawnSync(process.execPath, [resolve(root, "node_modules/typescript/bin/tsc"), "-p", dir], { encoding: "utf8" });
  return { status: run.status, output: run.stdout + run.stderr };
}

/** The source as a module of this test: "esp-console-prov" is the fake platform's face. */
async function load(source: string, name: string): Promise<{ default?: () => void }> {
  const file = join(scratch, `${name}.ts`);
  const face = pathToFileURL(resolve(root, "tests/support/readme-face.ts")).href;
  writeFileSync(file, source.replace(/from "esp-console-prov";/, `from ${JSON.stringify(face)};`));
  return import(pathToFileURL(file).href);
}

function fakeDevice() {
  const timers = new ManualTimers();
  const output = new CapturedOutput();
  const wifi = new SimulatedWifi(timers, undefined, 1500);
  harness.platform = { output, clock: timers, timers, random: new CountingRandom(), preferences: new MemoryPreferences(), wifi, crypto: nobleCrypto };
  harness.config = app.manifest.config ?? {};
  harness.instances.length = 0;
  harness.preloading = true;
  return { timers, output, wifi };
}

describe("the README's app, as shown", () => {
  before(() => {
    scratch = mkdtempSync(join(tmpdir(), "readme-app-"));
  });
  after(() => rmSync(scratch, { recursive: true, force: true }));

  it("its manifest includes Moddable's base and the component, names a compiler, and preloads only main", () => {
    const manifest = app.manifest;
    deepEqual(manifest.include, ["$(MODDABLE)/examples/manifest_base.json", "<path to the component>/manifest_provisioning.json"]);
    equal(typeof manifest.typescript?.compiler, "string");
    deepEqual(manifest.modules, { "*": ["./main"] });
    deepEqual(manifest.preload, ["main"]);
    equal(typeof manifest.config?.pop, "string");
  });

  it("its code type-checks against the component's typings; a mistake in it would not", function () {
    this.timeout(120000);
    const clean = typeCheck(app.source);
    equal(clean.status, 0, clean.output);
    const broken = typeCheck(app.source.replace("this.end()", "this.finish()"));
    ok(broken.status !== 0 && broken.output.includes("finish"), `a misspelt call is caught: ${broken.output}`);
  });

  it("evaluated as a preload it constructs nothing; main() provisions it; callbacks get the instance; it runs on after end()", async () => {
    const { timers, output, wifi } = fakeDevice();
    const module = await load(app.source, "main");
    equal(harness.instances.length, 0, "nothing constructed while preloading");
    equal(typeof module.default, "function", "export default function main()");
    harness.preloading = false;
    module.default!();
    equal(harness.instances.length, 1);
    const provisioning = harness.instances[0];
    const core = internalsOf(provisioning);
    equal(core.lifeCycle, "provisioning");
    const device = { app: provisioning, core, output, timers } as unknown as TestDevice;
    const outcome = await connectClient(device).client.provision({ ssid: "myssid", passphrase: "mypassword", pop: String(app.manifest.config.pop) });
    equal(outcome.result, "provisioned");
    // onConnected logged through this.log: `this` was the instance.
    match(output.all, /I \(\d+\) app: online at 192\.168\.43\.220\r\n/);
    timers.advance(31000);
    equal(core.lifeCycle, "ended", "onEnd called this.end()");
    equal(output.closed, 1, "end() gave the console back");
    match(output.all, /Provisioning ended: its memory is released, the console too\r\n$/);
    ok(wifi.dropConnection(), "the station is still on the network after end()");
    const attempts = wifi.attempts.length;
    timers.advance(5000 + 1500);
    equal(wifi.attempts.length, attempts + 1, "after a loss it rejoins the stored network by itself");
    ok(wifi.dropConnection(), "and is on it again");
  });

  it("the same code with its body at the top level (the shape that fails on Moddable) is refused while preloading", async () => {
    fakeDevice();
    let error: unknown;
    try {
      await load(`${app.source}\nmain();\n`, "top-level");
    } catch (e) {
      error = e;
    }
    ok(error instanceof PreloadError, `a PreloadError, not ${String(error)}`);
  });

  it("the instance's public members are exactly the rows of the README's API table", () => {
    const readme = readFileSync(resolve(root, "README.md"), "utf8");
    const table = readme.slice(readme.indexOf("### The API next to ESP-IDF's"));
    const rows = table.slice(0, table.indexOf("\n\n", table.indexOf("| esp-console-prov"))).split("\n").slice(2);
    const listed = rows.map((row) => /^\| `(?:new )?([A-Za-z]+)/.exec(row)?.[1]).filter((name) => name && name !== "WiFiProvisioning").sort();
    const members = Object.getOwnPropertyNames(WiFiProvisioning.prototype).filter((name) => name !== "constructor").sort();
    deepEqual(members, listed);
  });
});
