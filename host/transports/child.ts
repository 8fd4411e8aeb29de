// A device command run as a child process whose stdin/stdout is the console: the simulated device, or
// anything that bridges to one. Its stderr is read too, as a person would see it on the terminal.
// At the end its stdin is closed (the simulator then exits) and, if it lingers, its process group ends.
import { spawn } from "node:child_process";
import { ConsoleLineTransport } from "../../client/index.js";
import { nodeTimers } from "../../adapters/node/ports.js";
import type { DeviceLink } from "./link.js";

const EXIT_GRACE_MS = 1000;

export function openChildLink(command: string, eol: string, onExit: (text: string) => void): DeviceLink {
  // Its own process group, so ending it also ends what it started (npm → tsx → node).
  const child = spawn(command, { shell: true, stdio: ["pipe", "pipe", "pipe"], detached: true });
  const transport = new ConsoleLineTransport({
    timers: nodeTimers,
    eol,
    write: (text) => { child.stdin.write(text); },
  });
  let exited = false;
  let closing = false;
  const exit = new Promise<void>((resolve) => child.once("close", (code, signal) => {
    exited = true;
    if (!closing) onExit(`The device command exited (${signal ?? `code ${code}`}): ${command}`);
    transport.close();
    resolve();
  }));
  child.on("error", (error) => onExit(`Cannot run the device command: ${error.message}`));
  const listeners: ((bytes: Uint8Array) => void)[] = [];
  const receive = (chunk: Buffer) => {
    const bytes = new Uint8Array(chunk);
    transport.receive(bytes);
    for (const listener of listeners) listener(bytes);
  };
  child.stdout.on("data", receive);
  child.stderr.on("data", receive);
  // A device that stops reading must not crash us with EPIPE.
  child.stdin.on("error", () => {});

  return {
    transport,
    raw: { write: (bytes) => { child.stdin.write(bytes); }, listen: (listener) => { listeners.push(listener); } },
    async close() {
      closing = true;
      if (exited) return;
      child.stdin.end();
      const timer = setTimeout(() => {
        try {
          process.kill(-child.pid!, "SIGTERM");
        } catch {
          child.kill("SIGTERM");
        }
      }, EXIT_GRACE_MS);
      await exit;
      clearTimeout(timer);
    },
  };
}
