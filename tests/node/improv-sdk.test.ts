// The simulated device driven by the Improv client ESP Web Tools itself uses (npm improv-wifi-serial-sdk,
// browser code bundled here by esbuild), through a Web Serial-shaped port whose streams are the simulator
// process's stdio; then the same device provisioned over protocomm after an erase.
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable, Writable } from "node:stream";
import { build } from "esbuild";
import { deepEqual, equal, match, ok } from "../support/assert.js";

const TSX = join("node_modules", ".bin", "tsx");

interface ImprovSerialLike {
  state?: number;
  nextUrl?: string;
  error: number;
  initialize(timeout?: number): Promise<{ firmware: string; version: string; name: string; chipFamily: string }>;
  scan(timeout?: number): Promise<{ name: string; rssi: number; secured: boolean }[]>;
  provision(ssid: string, password: string, timeout?: number): Promise<void>;
  requestCurrentState(timeout?: number): Promise<void>;
  setDeviceName(name: string, timeout?: number): Promise<string>;
  getHostname(timeout?: number): Promise<string>;
  close(): Promise<void>;
}
type ImprovSerialClass = new (port: { readable: ReadableStream; writable: WritableStream }, logger: object) => ImprovSerialLike;

/** The SDK's serial client, bundled for Node: its files import without extensions, as browser code. */
async function loadSdk(): Promise<ImprovSerialClass> {
  const result = await build({
    stdin: { contents: `export { ImprovSerial } from "improv-wifi-serial-sdk/dist/serial.js";`, resolveDir: process.cwd(), loader: "js" },
    bundle: true, format: "esm", platform: "browser", target: "es2022", write: false, logLevel: "error",
  });
  const url = `data:text/javascript;base64,${Buffer.from(result.outputFiles[0].text).toString("base64")}`;
  return (await import(url)).ImprovSerial;
}

class Simulator {
  readonly child: ChildProcessWithoutNullStreams;
  output = "";
  constructor(args: string[]) {
    this.child = spawn(TSX, ["host/simulator.ts", ...args], { stdio: "pipe" });
    this.child.stderr.on("data", (d: Buffer) => { this.output += d.toString("latin1"); });
  }
  /** A Web Serial SerialPort as far as the SDK needs one: readable and writable web streams. */
  port() {
    const readable = Readable.toWeb(this.child.stdout) as ReadableStream<Uint8Array>;
    const [sdkSide, logSide] = readable.tee();
    void (async () => {
      for await (const chunk of logSide as unknown as AsyncIterable<Uint8Array>) this.output += Buffer.from(chunk).toString("latin1");
    })();
    return { readable: sdkSide, writable: Writable.toWeb(this.child.stdin) as WritableStream<Uint8Array> };
  }
  async waitFor(pattern: RegExp, timeoutMs = 15000): Promise<void> {
    for (const deadline = Date.now() + timeoutMs; !pattern.test(this.output);) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${pattern}; output:\n${this.output}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  async stop(): Promise<void> {
    if (this.child.exitCode !== null) return;
    const exited = new Promise((resolve) => this.child.once("exit", resolve));
    // The simulator exits when its input ends; a signal only if it lingers.
    this.child.stdin.end();
    const timer = setTimeout(() => this.child.kill("SIGKILL"), 3000);
    await exited;
    clearTimeout(timer);
  }
}

function run(command: string, args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(command, args, { stdio: "pipe" });
  let stdout = "", stderr = "";
  child.stdout.on("data", (d: Buffer) => { stdout += d; });
  child.stderr.on("data", (d: Buffer) => { stderr += d; });
  return new Promise((resolve) => child.once("close", (code) => resolve({ code, stdout, stderr })));
}

const logger = { log() {}, debug() {}, error() {} };

describe("Improv: ESP Web Tools' client (improv-wifi-serial-sdk) against the simulated device", function () {
  this.timeout(60000);
  let ImprovSerial: ImprovSerialClass;
  let state: string;
  const sims: Simulator[] = [];
  before(async () => { ImprovSerial = await loadSdk(); });
  beforeEach(() => { state = mkdtempSync(join(tmpdir(), "improv-")); });
  afterEach(async () => {
    await Promise.all(sims.splice(0).map((s) => s.stop()));
    rmSync(state, { recursive: true, force: true });
  });
  const simulator = (...args: string[]) => {
    // improv=true: the simulator's default security 1 leaves Improv off unless the device is built with it.
    const sim = new Simulator([`stateDir=${state}`, "improv=true", "applyDelayMs=50", "connectDelayMs=300", ...args]);
    sims.push(sim);
    return sim;
  };

  it("initialize, scan, a wrong passphrase (unable to connect), then success; the next boot joins; protocomm after an erase", async () => {
    const sim = simulator("improvUrl=http://{LOCAL_IPV4}/", "deviceName=Kitchen");
    const improv = new ImprovSerial(sim.port(), logger);
    const info = await improv.initialize(10000);
    deepEqual({ ...info }, { firmware: "esp-console-prov", version: "0.1.0", chipFamily: "ESP32", name: "Kitchen", osName: null, osVersion: null });
    equal(improv.state, 2, "ready");

    const networks = await improv.scan(10000);
    const myssid = networks.find((n) => n.name === "myssid");
    deepEqual(myssid, { name: "myssid", rssi: -42, secured: true });
    deepEqual(networks.find((n) => n.name === "CoffeeShop Guest"), { name: "CoffeeShop Guest", rssi: -67, secured: false });
    equal(networks.length, 5);

    let failure: unknown;
    await improv.provision("myssid", "not-the-password", 10000).catch((error) => { failure = error; });
    equal(failure, "UNABLE_TO_CONNECT");
    equal(improv.error, 3);
    // ESP Web Tools scans again right after a failure and shows the client's error: it must stand.
    equal((await improv.scan(10000)).length, 5);
    await improv.requestCurrentState(5000);
    equal(improv.state, 2, "back to ready");
    equal(improv.error, 3, "'unable to connect' stands until new settings");

    await improv.provision("myssid", "mypassword", 10000);
    equal(improv.state, 4, "provisioned");
    equal(improv.nextUrl, "http://192.168.43.220/");
    // A 7-character name makes a 10-byte result, which this SDK drops unless the device pads it.
    equal(await improv.setDeviceName("Garage1", 5000), "Garage1");
    let hostname: unknown;
    await improv.getHostname(5000).catch((error) => { hostname = error; });
    equal(hostname, "UNKNOWN_RPC_COMMAND");
    await improv.close();
    match(sim.output, /I \(\d+\) app_prov: Provisioning successful; credentials saved/);
    ok(!/E \(\d+\) protocomm_console/.test(sim.output), "no frame reached the console's line buffer");
    await sim.stop();

    // Credentials set over Improv are what the next boot finds.
    const again = simulator();
    again.port();
    await again.waitFor(/Connected with IP Address/);
    match(again.output, /Already provisioned, starting Wi-Fi STA \(SSID myssid\)/);
    await again.stop();

    // The same device, erased, provisioned over protocomm by the project's client.
    const device = [TSX, "host/simulator.ts", `stateDir=${state}`, "applyDelayMs=50", "connectDelayMs=300", "eraseFlash=true"].join(" ");
    const prov = await run(TSX, ["host/provision.ts", "--device", device, "--pop", "abcd1234", "--ssid", "myssid", "--passphrase", "mypassword", "--poll_interval", "0.5"]);
    equal(prov.code, 0, prov.stderr);
    match(prov.stdout, /Provisioning was successful: "myssid", IP address 192.168.43.220/);
  });
});
