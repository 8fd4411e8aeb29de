// Simulated boards on pseudo terminals, as a USB hub full of boards looks to the host: each is the simulator
// behind tests/node/client-pty-bridge.py, reached by a link (a symlink) in a folder of the test's, the way
// /dev/serial/by-id/ names real ones. Each board has its own flash folder and MAC.
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { symlinkSync } from "node:fs";
import { join } from "node:path";
import { SerialPort } from "serialport";

export const TSX = join("node_modules", ".bin", "tsx");
/** The simulator without its waits: no apply delay, a quick join. */
export const FAST = ["applyDelayMs=0", "connectDelayMs=100"];

export class PtyBoard {
  readonly bridge: ChildProcessWithoutNullStreams;
  readonly path: Promise<string>;
  readonly exited: Promise<number | null>;

  /** command: the device (a simulator command line, or `sleep 60` for a port where nothing answers). */
  constructor(command: string[]) {
    this.bridge = spawn("python3", ["tests/node/client-pty-bridge.py", ...command], { stdio: "pipe" });
    this.exited = new Promise((resolve) => this.bridge.on("close", resolve));
    this.path = new Promise((resolve, reject) => {
      let text = "";
      this.bridge.stdout.on("data", (d) => {
        text += d;
        const line = text.match(/^(\/dev\/\S+)\n/);
        if (line) resolve(line[1]);
      });
      this.bridge.once("close", () => reject(new Error(`pty bridge ended before giving a path: ${text}`)));
    });
  }

  /** A simulated board with these settings (stateDir and mac among them). */
  static simulator(...args: string[]): PtyBoard {
    return new PtyBoard([TSX, "host/simulator.ts", ...FAST, ...args]);
  }

  /** Links the pty into `folder` under `name`; resolves with the link's path. */
  async link(folder: string, name: string): Promise<string> {
    const path = join(folder, name);
    symlinkSync(await this.path, path);
    return path;
  }

  /** Resolves once the board's console prints its prompt (it has booted), so a batch's short timeouts are fair. */
  async ready(timeoutMs = 30000): Promise<void> {
    const port = new SerialPort({ path: await this.path, baudRate: 115200, autoOpen: false });
    await new Promise<void>((resolve, reject) => port.open((error) => (error ? reject(error) : resolve())));
    try {
      await new Promise<void>((resolve, reject) => {
        let text = "";
        let settled = false;
        const poke = setInterval(() => port.write("\r"), 500);
        const timer = setTimeout(() => { clearInterval(poke); reject(new Error(`no prompt within ${timeoutMs} ms`)); }, timeoutMs);
        port.on("data", (d: Buffer) => {
          text += d.toString("latin1");
          // Then a moment to read what is still coming, so no stale prompt waits for the batch's first request.
          if (text.includes(">> ") && !settled) { settled = true; clearInterval(poke); clearTimeout(timer); setTimeout(resolve, 300); }
        });
        port.write("\r");
      });
    } finally {
      await new Promise<void>((resolve) => port.close(() => resolve()));
    }
  }

  async stop(): Promise<void> {
    this.bridge.stdin.end();
    this.bridge.kill();
    await this.exited;
  }
}
