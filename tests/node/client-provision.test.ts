// The provisioning client as a user runs it (npm run provision), against the simulated device: through a
// real pseudo-terminal opened with the serialport package (--port), as a child process (--device) and
// with replies pasted in (--paste). Each run has its own simulated flash in a temporary folder.
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { nobleCrypto } from "../../modules/crypto/noble.js";
import { BigIntArithmetic } from "../../modules/srp/arithmetic.js";
import { N } from "../../modules/srp/group.js";
import { makeVerifier } from "../../modules/srp/srp-client.js";
import { fromHex, toHex } from "../../modules/util/hex.js";
import { utf8Encode } from "../../modules/util/utf8.js";
import { equal, match, ok } from "../support/assert.js";
import { FAST, PtyBoard, TSX } from "../support/pty-boards.js";

const WIFI = ["--ssid", "myssid", "--passphrase", "mypassword", "--poll_interval", "0.2"];
const SALT = "b5d821f518bb0e1b4d48cf14ebeeeb6b";
const sec2Device = (patch: number) => [
  "securityVersion=2", "sec2Username=wifiprov", `sec2Salt=${SALT}`, `sec2PatchVersion=${patch}`,
  `sec2Verifier=${toHex(makeVerifier(nobleCrypto, new BigIntArithmetic(N), fromHex(SALT)!, utf8Encode("wifiprov"), utf8Encode("abcd1234")))}`,
];

interface Run { code: number | null; stdout: string; stderr: string; ms: number }

function collect(child: ChildProcessWithoutNullStreams): Promise<Run> {
  const start = Date.now();
  let stdout = "", stderr = "";
  child.stdout.on("data", (d) => { stdout += d; });
  child.stderr.on("data", (d) => { stderr += d; });
  return new Promise((resolve) => child.on("close", (code) => resolve({ code, stdout, stderr, ms: Date.now() - start })));
}

function provision(args: string[]): Promise<Run> {
  return collect(spawn(TSX, ["host/provision.ts", ...args], { stdio: "pipe" }));
}

/** A pty pair whose other end is the given device command; resolves with the pty's path. */
describe("provisioning client command line (npm run provision)", function () {
  this.timeout(30000);
  let state: string;
  let devices: PtyBoard[] = [];
  const simulator = (...args: string[]) => [TSX, "host/simulator.ts", `stateDir=${state}`, ...FAST, ...args];
  const overPty = async (deviceArgs: string[], clientArgs: string[]) => {
    const device = new PtyBoard(simulator(...deviceArgs));
    devices.push(device);
    return provision(["--port", await device.path, ...clientArgs]);
  };
  const deviceCommand = (...args: string[]) => simulator(...args).join(" ");

  beforeEach(() => { state = mkdtempSync(join(tmpdir(), "client-")); });
  afterEach(async () => {
    await Promise.all(devices.map((d) => d.stop()));
    devices = [];
    rmSync(state, { recursive: true, force: true });
  });

  it("security 0 over a serial port (a pty), detected from proto-ver", async () => {
    const run = await overPty(["securityVersion=0"], WIFI);
    equal(run.code, 0, run.stderr);
    match(run.stdout, /Provisioning was successful: "myssid", IP address 192\.168\.43\.220/);
    match(run.stderr, /Security scheme: 0/);
  });

  it("security 1 with a PoP over a serial port (a pty)", async () => {
    const run = await overPty([], ["--sec_ver", "1", "--pop", "abcd1234", ...WIFI]);
    equal(run.code, 0, run.stderr);
    match(run.stdout, /Provisioning was successful/);
  });

  it("security 2 over a serial port (a pty), counter nonce", async () => {
    const run = await overPty(sec2Device(1), ["--sec_ver", "2", "--sec2_username", "wifiprov", "--sec2_pwd", "abcd1234", ...WIFI]);
    equal(run.code, 0, run.stderr);
    match(run.stdout, /Provisioning was successful/);
  });

  it("a wrong PoP fails within its timeout: exit 4, naming the PoP", async () => {
    const run = await overPty([], ["--sec_ver", "1", "--pop", "wrongpop", "--timeout", "5", ...WIFI]);
    equal(run.code, 4, run.stderr);
    match(run.stderr, /wrong PoP\? Check --pop/);
    ok(run.ms < 5000 + 3000, `took ${run.ms} ms`);
  });

  it("a port where nothing answers: exit 3 after the timeout, naming port, baud and console", async () => {
    const device = new PtyBoard(["sleep", "30"]);
    devices.push(device);
    const run = await provision(["--port", await device.path, "--timeout", "1", ...WIFI]);
    equal(run.code, 3, run.stderr);
    match(run.stderr, /not a single byte from the device: wrong port or baud rate/);
    device.bridge.kill();
  });

  it("a port that does not exist: exit 3 with the reason", async () => {
    const run = await provision(["--port", "/dev/no-such-port", ...WIFI]);
    equal(run.code, 3);
    match(run.stderr, /Cannot open \/dev\/no-such-port: there is no such port/);
  });

  it("security 2, old fixed-IV nonce, with the device as a child process (--device)", async () => {
    const run = await provision(["--device", deviceCommand(...sec2Device(0)), "--sec_ver", "2", "--sec2_username", "wifiprov", "--sec2_pwd", "abcd1234", ...WIFI]);
    equal(run.code, 0, run.stderr);
  });

  it("--device: custom data, then the network; a second run finds no console; a wrong password is exit 4", async () => {
    const run = await provision(["--device", deviceCommand(), "--pop", "abcd1234", "--custom_data", "hello", ...WIFI]);
    equal(run.code, 0, run.stderr);
    match(run.stderr, /Custom data response: "SUCCESS"/);
    // The device now boots into the stored network: no console, so the next run names that (with Improv
    // off: Improv would answer, and the client would provision over it; client-improv.test.ts).
    const again = await provision(["--device", deviceCommand("improv=false"), "--pop", "abcd1234", "--timeout", "5", ...WIFI]);
    equal(again.code, 3, again.stderr);
    match(again.stderr, /did not echo the request, so its provisioning console is probably not running \(already provisioned\?/);
    const wrong = await provision(["--device", deviceCommand(...sec2Device(1), "eraseFlash=true"), "--sec_ver", "2", "--sec2_username", "wifiprov", "--sec2_pwd", "nope", ...WIFI]);
    equal(wrong.code, 4, wrong.stderr);
    match(wrong.stderr, /wrong password\? Check --sec2_pwd/);
  });

  it("--device: a wrong passphrase is exit 1 with the cause; --reset then lets new credentials in", async () => {
    const run = await provision(["--device", deviceCommand(), "--pop", "abcd1234", "--ssid", "myssid", "--passphrase", "nope", "--poll_interval", "0.1"]);
    equal(run.code, 1, run.stderr);
    match(run.stderr, /wrong passphrase \(AuthError\)/);
    const reset = await provision(["--device", deviceCommand(), "--pop", "abcd1234", "--reset"]);
    equal(reset.code, 0, reset.stderr);
    match(reset.stdout, /provisioning reset/);
  });

  it("--paste: requests printed, replies read from what is pasted (echo and log lines included)", async () => {
    const device = spawn(TSX, ["host/simulator.ts", `stateDir=${state}`, ...FAST], { stdio: "pipe" });
    let deviceOut = "";
    device.stdout.on("data", (d) => { deviceOut += d; });
    const client = spawn(TSX, ["host/provision.ts", "--paste", "--pop", "abcd1234", ...WIFI], { stdio: "pipe" });
    const result = collect(client);
    let seen = 0, clientErr = "";
    client.stderr.on("data", async (d) => {
      clientErr += d;
      for (const m of clientErr.slice(seen).matchAll(/Client->Device msg : (.+)\n/g)) {
        seen = clientErr.indexOf(m[0], seen) + m[0].length;
        // As a person would: type the line into the device, copy everything it printed back.
        const mark = deviceOut.length;
        device.stdin.write(m[1] + "\r");
        while (!/\n[0-9a-f]+\r\n/.test(deviceOut.slice(mark))) await new Promise((r) => setTimeout(r, 20));
        client.stdin.write(deviceOut.slice(mark).replace(/\r/g, "") + "\n");
      }
    });
    const run = await result;
    device.kill();
    equal(run.code, 0, run.stderr);
    match(run.stdout, /Provisioning was successful/);
  });

  it("npx esp-provision runs the same command line (dist/, built by npm install)", async () => {
    const run = await collect(spawn("npx", ["esp-provision", "--help"], { stdio: "pipe" }));
    equal(run.code, 0, run.stderr);
    match(run.stdout, /usage: npx esp-provision/);
  });

  it("--list_ports answers even where ports cannot be listed (no udevadm in a container)", async () => {
    const run = await provision(["--list_ports"]);
    equal(run.code, 0, run.stderr);
    ok(run.stdout.trim().length > 0);
  });

  it("an SSID that forges a reply line in the log is just an SSID: the network is not found (exit 1)", async () => {
    const run = await provision(["--device", deviceCommand(), "--pop", "abcd1234", "--ssid", "ab\r\n0a0b0c0d\r\nx", "--passphrase", "mypassword", "--poll_interval", "0.2"]);
    equal(run.code, 1, run.stderr);
    ok(!/not a valid WiFiConfigPayload/.test(run.stderr), run.stderr);
    match(run.stdout + run.stderr, /not found/i);
  });

  it("a bad command line: exit 2 with the usage", async () => {
    const run = await provision(["--sec_ver", "1"]);
    equal(run.code, 2);
    match(run.stderr, /one of --port PATH, --device "COMMAND" or --paste[\s\S]*usage: npx esp-provision/);
  });
});
