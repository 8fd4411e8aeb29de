// The browser tests' machinery: Debian's Chromium driven by playwright-core (no browser download), a
// fresh profile each run, and the page's serial port bridged to the real simulator as a child process.
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { ConsoleLineTransport } from "../../client/line-transport.js";
import { ProvisioningClient } from "../../client/provisioning-client.js";
import { nodeRandom, nodeTimers } from "../../adapters/node/ports.js";
import { nobleCrypto } from "../../modules/crypto/noble.js";
import { utf8Encode } from "../../modules/util/utf8.js";

const here = dirname(fileURLToPath(import.meta.url));
const ROOT = join(here, "..", "..");
export const SCREENSHOTS = join(ROOT, "build", "screenshots", "web");

/** The system Chromium: CHROMIUM_PATH, or Debian's. */
export function chromiumPath(): string {
  const path = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  if (!existsSync(path)) throw new Error(`no Chromium at ${path}: apt-get install chromium (or set CHROMIUM_PATH)`);
  return path;
}

const FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync"];

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

export async function launchBrowser(): Promise<Browser> {
  // A fresh profile (--user-data-dir) for every run, removed afterwards.
  const profile = mkdtempSync(join(tmpdir(), "web-test-profile-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(), headless: true, args: FLAGS, viewport: { width: 760, height: 900 },
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** What sits on the other end of the page's port. */
export interface Device {
  write(bytes: Uint8Array): void;
  close(): Promise<void>;
}

export type DeviceFactory = (send: (bytes: Uint8Array) => void) => Promise<Device>;

export type FakeSerialMode = "bridge" | "busy" | "missing";

const FAKE_SERIAL = readFileSync(join(here, "fake-serial.js"), "utf8");

/**
 * A new page at url whose navigator.serial is the test's (mode), its port's bytes bridged to the
 * device that `device` makes when the page opens the port.
 */
export async function openPage(browser: Browser, url: string, mode: FakeSerialMode, device?: DeviceFactory): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  if (process.env.WEB_TEST_CONSOLE) page.on("console", (message) => console.log(`[page] ${message.text()}`));
  let current: Device | undefined;
  // The device's bytes reach the page in order: one evaluate after the other.
  let delivery = Promise.resolve();
  const send = (bytes: Uint8Array) => {
    const list = JSON.stringify(Array.from(bytes));
    delivery = delivery.then(() => page.evaluate(`window.__serialPush(${list})`)).then(() => {}, () => {});
  };
  await page.exposeFunction("__serialOpen", async () => {
    if (!device) throw new Error("no device in this test");
    current = await device(send);
  });
  await page.exposeFunction("__serialWrite", (bytes: number[]) => current?.write(Uint8Array.from(bytes)));
  await page.exposeFunction("__serialClose", async () => {
    await current?.close();
    current = undefined;
  });
  await page.addInitScript({ content: `${FAKE_SERIAL}\ninstallFakeSerial(${JSON.stringify(mode)});` });
  await page.goto(url);
  return { page, errors };
}

/** A folder for a simulator's flash that outlives one simulator process (the caller removes it). */
export function flashFolder(): string {
  return mkdtempSync(join(tmpdir(), "web-sim-"));
}

/**
 * The simulated device as `npm start` runs it, with its flash in a folder of its own, or in `stateDir`
 * when given (a device that was provisioned before, or whose next boot the test checks).
 */
export class SimulatorProcess implements Device {
  readonly child: ChildProcessWithoutNullStreams;
  readonly stateDir: string;
  output = "";
  #exited: Promise<void>;
  #ownsFlash: boolean;

  constructor(args: string[], send: (bytes: Uint8Array) => void, stateDir?: string) {
    this.#ownsFlash = stateDir === undefined;
    this.stateDir = stateDir ?? flashFolder();
    this.child = spawn(join(ROOT, "node_modules", ".bin", "tsx"), ["host/simulator.ts", `stateDir=${this.stateDir}`, ...args], { cwd: ROOT, stdio: "pipe" });
    const take = (chunk: Buffer) => {
      this.output += chunk.toString();
      send(new Uint8Array(chunk));
    };
    this.child.stdout.on("data", take);
    this.child.stderr.on("data", take);
    this.child.stdin.on("error", () => {});
    this.#exited = new Promise((resolve) => this.child.once("close", () => resolve()));
  }

  /**
   * Resolves when the device prints its prompt, or `pattern` for a device that runs no console (a board
   * is running before anyone opens its port).
   */
  async ready(pattern = />> /, timeoutMs = 20000): Promise<void> {
    await this.waitFor(pattern, timeoutMs);
  }

  async waitFor(pattern: RegExp, timeoutMs = 10000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!pattern.test(this.output)) {
      if (Date.now() > deadline) throw new Error(`the simulator never printed ${pattern}; it printed:\n${this.output}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  write(bytes: Uint8Array): void {
    this.child.stdin.write(bytes);
  }

  async close(): Promise<void> {
    this.child.stdin.end();
    const timer = setTimeout(() => this.child.kill("SIGTERM"), 3000);
    await this.#exited;
    clearTimeout(timer);
    if (this.#ownsFlash) rmSync(this.stateDir, { recursive: true, force: true });
  }
}

/**
 * Gives the simulator whose flash is in stateDir the credentials of a network the way a person would
 * the first time: over esp_prov's console protocol (security 0), with the project's own client. Its next
 * boot then finds them, joins, and runs no provisioning console.
 */
export async function provisionOverConsole(stateDir: string, ssid: string, passphrase: string): Promise<void> {
  const transport = new ConsoleLineTransport({ timers: nodeTimers, write: (text) => sim.write(utf8Encode(text)) });
  const sim = new SimulatorProcess(["securityVersion=0", "applyDelayMs=50", "connectDelayMs=100", "autoStop=false"],
    (bytes) => transport.receive(bytes), stateDir);
  const client = new ProvisioningClient({ transport, crypto: nobleCrypto, random: nodeRandom, timers: nodeTimers }, { pollIntervalMs: 100 });
  try {
    await sim.ready();
    await client.provision({ secVer: 0, ssid, passphrase });
    await sim.waitFor(/Provisioning successful; credentials saved/);
  } finally {
    client.close();
    transport.close();
    await sim.close();
  }
}

/** Security 2 credentials from the project's own generator, as a user makes them. */
export function sec2Credentials(username: string, password: string): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(join(ROOT, "node_modules", ".bin", "tsx"), ["host/sec2-credentials.ts", "--username", username, "--password", password], { cwd: ROOT });
    let out = "";
    child.stdout.on("data", (d: Buffer) => { out += d; });
    child.on("close", (code) => (code === 0 ? resolve(out.trim().split(/\s+/)) : reject(new Error(`sec2-credentials exited ${code}`))));
  });
}
