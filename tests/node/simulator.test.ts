// The simulated device as a user runs it: a process on stdin/stdout, flash in a state folder.
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { equal, match, ok } from "../support/assert.js";

const TSX = join("node_modules", ".bin", "tsx");

class SimulatorProcess {
  readonly child: ChildProcessWithoutNullStreams;
  output = "";
  #waiters: (() => void)[] = [];

  constructor(args: string[]) {
    this.child = spawn(TSX, ["host/simulator.ts", ...args], { stdio: "pipe" });
    const take = (d: Buffer) => {
      this.output += d.toString();
      for (const w of this.#waiters.splice(0)) w();
    };
    this.child.stdout.on("data", take);
    this.child.stderr.on("data", take);
  }

  /** Waits until the output (from offset `from`) matches, or fails after timeoutMs with what it had. */
  async waitFor(pattern: RegExp, timeoutMs = 10000, from = 0): Promise<RegExpMatchArray> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.output.slice(from).match(pattern);
      if (found) return found;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${pattern}; output:\n${this.output}`);
      await new Promise<void>((resolve) => {
        this.#waiters.push(resolve);
        setTimeout(resolve, 100);
      });
    }
  }

  /** Sends one request and returns the hex reply line that follows its echo. */
  async request(line: string): Promise<string> {
    const mark = this.output.length;
    this.child.stdin.write(line + "\n");
    return (await this.waitFor(/^([0-9a-f]+)\r$/m, 10000, mark))[1];
  }

  exited(): Promise<number | null> {
    return new Promise((resolve) => this.child.once("exit", (code) => resolve(code)));
  }
}

/** Provisions myssid over security 0 into the simulated flash in `state`, then lets the process end. */
async function provisionMyssid(state: string): Promise<void> {
  const first = new SimulatorProcess([`stateDir=${state}`, "securityVersion=0", "applyDelayMs=0", "connectDelayMs=0"]);
  await first.waitFor(/>> /);
  await first.request("prov-session 0 5203a20100");
  await first.request("prov-config 0 080262140a066d7973736964120a6d7970617373776f7264");
  await first.request("prov-config 0 0804");
  await first.waitFor(/credentials saved/);
  first.child.stdin.end();
  await first.exited();
}

describe("simulated device process (npm start)", function () {
  this.timeout(30000);
  let state: string;
  beforeEach(() => { state = mkdtempSync(join(tmpdir(), "sim-")); });
  afterEach(() => rmSync(state, { recursive: true, force: true }));

  it("provisions over security 0, then boots into the stored network on restart", async () => {
    const sim = new SimulatorProcess([`stateDir=${state}`, "securityVersion=0", "applyDelayMs=50", "connectDelayMs=50"]);
    await sim.waitFor(/>> /);
    const version = JSON.parse(Buffer.from(await sim.request("proto-ver 0 6e6f6e65"), "hex").toString());
    equal(version.prov.sec_ver, 0);
    ok(version.prov.cap.includes("no_sec"));
    equal(await sim.request("prov-session 0 5203a20100"), "52050801aa0100");
    equal(await sim.request("prov-config 0 080262140a066d7973736964120a6d7970617373776f7264"), "08036a00");
    equal(await sim.request("prov-config 0 0804"), "08057a00");
    await sim.waitFor(/Provisioning successful; credentials saved/);
    match(await sim.request("prov-config 0 5200"), /^08015a26/);
    sim.child.stdin.end();
    await sim.exited();

    const again = new SimulatorProcess([`stateDir=${state}`, "connectDelayMs=50"]);
    await again.waitFor(/Already provisioned, starting Wi-Fi STA \(SSID myssid\)/);
    await again.waitFor(/Connected with IP Address:192\.168\.43\.220/);
    again.child.kill();
    await again.exited();
  });

  it("resetProvisioning=true erases the stored network and provisions again", async () => {
    await provisionMyssid(state);
    const second = new SimulatorProcess([`stateDir=${state}`, "resetProvisioning=true", "securityVersion=0"]);
    await second.waitFor(/stored credentials erased[\s\S]*Provisioning started/);
    second.child.stdin.end();
    await second.exited();
  });

  it("stops at boot with one clear line naming a bad config key", async () => {
    const sim = new SimulatorProcess([`stateDir=${state}`, "securityVersion=7"]);
    const code = await sim.exited();
    equal(code, 2);
    match(sim.output, /E \(0\) app: config securityVersion: "7" is not a whole number from 0 to 2/);
  });

  it("a bad security 2 value after a provisioning: one E line, no stack trace, the stored network intact", async () => {
    await provisionMyssid(state);
    const flash = readFileSync(join(state, "nvs.json"), "utf8");
    for (const salt of ["00", "0011223344556677"]) {
      const bad = new SimulatorProcess([`stateDir=${state}`, "resetProvisioning=true", "securityVersion=2", "sec2Username=u", `sec2Salt=${salt}`, "sec2Verifier=01"]);
      equal(await bad.exited(), 2);
      match(bad.output, /^E \(0\) app: config sec2Salt: [^\n]*\n$/);
      equal(readFileSync(join(state, "nvs.json"), "utf8"), flash);
    }
    const verifier = new SimulatorProcess([`stateDir=${state}`, "securityVersion=2", "sec2Username=u", "sec2Salt=0102030405060708", "sec2Verifier=01"]);
    equal(await verifier.exited(), 2);
    match(verifier.output, /^E \(0\) app: config sec2Verifier: is not a usable verifier[^\n]*\n$/);
    const again = new SimulatorProcess([`stateDir=${state}`, "connectDelayMs=50"]);
    await again.waitFor(/Already provisioned, starting Wi-Fi STA \(SSID myssid\)/);
    again.child.kill();
    await again.exited();
  });

  it("a flash file holding JSON null reads as erased flash, said once, and provisioning starts", async () => {
    writeFileSync(join(state, "nvs.json"), "null");
    const sim = new SimulatorProcess([`stateDir=${state}`]);
    await sim.waitFor(/Provisioning started[\s\S]*>> /);
    equal(sim.output.match(/flash file is corrupt/g)?.length, 1, sim.output);
    ok(!/TypeError|\n\s+at /.test(sim.output), sim.output);
    sim.child.stdin.end();
    await sim.exited();
  });

  it("a credential entry of the wrong type in the flash file is reported once, not taken for erased flash", async () => {
    writeFileSync(join(state, "nvs.json"), JSON.stringify({ wifiprov: { cred0: "a string where a record belongs" } }));
    const sim = new SimulatorProcess([`stateDir=${state}`]);
    await sim.waitFor(/Provisioning started[\s\S]*>> /);
    const errors = sim.output.split(/\r?\n/).filter((l) => /^E \(\d+\) /.test(l));
    equal(errors.length, 1, sim.output);
    match(errors[0], /app: stored credentials unreadable \(cred0: unreadable entry in the flash file\), provisioning$/);
    sim.child.stdin.end();
    await sim.exited();
  });

  for (const [arg, key] of [["connectDelayMs=abc", "connectDelayMs"], ["eraseFlash=maybe", "eraseFlash"], ["aps=home:short", "aps"], ["mac=02:00:00:00:00", "mac"]]) {
    it(`refuses the simulator's own ${arg} with one E line naming ${key}`, async () => {
      const sim = new SimulatorProcess([`stateDir=${state}`, arg]);
      equal(await sim.exited(), 2);
      match(sim.output, new RegExp(`^E \\(0\\) app: config ${key}: [^\\n]*\\n$`));
    });
  }

  it("refuses an unknown argument with the list of keys", async () => {
    const sim = new SimulatorProcess(["secVer=1"]);
    equal(await sim.exited(), 2);
    match(sim.output, /unknown argument "secVer=1"[\s\S]*securityVersion=1/);
  });
});
