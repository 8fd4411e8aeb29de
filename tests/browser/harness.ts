// The browser tests' machinery: Debian's Chromium driven by playwright-core (no browser download), a
// fresh profile each run, and the page's serial port bridged to a device in this process: the real
// simulator as a child process, or the Improv test double.
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type BrowserContext, type Page } from "playwright-core";

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

/** The simulated device as `npm start` runs it, with its flash in a folder of its own. */
export class SimulatorProcess implements Device {
  readonly child: ChildProcessWithoutNullStreams;
  readonly stateDir: string;
  output = "";
  #exited: Promise<void>;

  constructor(args: string[], send: (bytes: Uint8Array) => void) {
    this.stateDir = mkdtempSync(join(tmpdir(), "web-sim-"));
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

  /** Resolves when the device prints its prompt (a board is running before anyone opens its port). */
  async ready(timeoutMs = 20000): Promise<void> {
    await this.waitFor(/>> /, timeoutMs);
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
    rmSync(this.stateDir, { recursive: true, force: true });
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
