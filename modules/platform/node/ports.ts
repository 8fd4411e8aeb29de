// Node adapters for the platform ports: the simulated device and host tools use them.
import { randomFillSync } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import type { Clock, PreferenceValue, Preferences, Random, TextOutput, TimerHandle, Timers } from "../ports.js";

export const nodeRandom: Random = { fill: (bytes) => { randomFillSync(bytes); } };

export function nodeClock(): Clock {
  const start = performance.now();
  return { now: () => performance.now() - start };
}

export const nodeTimers: Timers = {
  set: (callback, ms) => setTimeout(callback, ms),
  clear: (handle: TimerHandle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export function streamOutput(stream: NodeJS.WritableStream): TextOutput {
  return { write: (text) => { stream.write(text); }, writeBytes: (bytes) => { stream.write(bytes); } };
}

type Stored = { type: "string" | "number" | "boolean" | "buffer"; value: string | number | boolean };

/**
 * Preferences in one JSON file: the simulated device's flash. Each change rewrites the file through a
 * temporary file and a rename, so a crash mid-write leaves the previous contents.
 */
export class FilePreferences implements Preferences {
  #path: string;
  #data: Record<string, Record<string, Stored>>;

  constructor(path: string) {
    this.#path = path;
    try {
      this.#data = JSON.parse(readFileSync(path, "utf8"));
    } catch {
      this.#data = {};
    }
  }

  get(domain: string, key: string): PreferenceValue | undefined {
    const entry = this.#data[domain]?.[key];
    if (!entry) return undefined;
    if (entry.type === "buffer") return new Uint8Array(Buffer.from(entry.value as string, "hex")).buffer as ArrayBuffer;
    return entry.value;
  }

  set(domain: string, key: string, value: PreferenceValue): void {
    if (domain.length > 15 || key.length > 15) throw new RangeError("preference domain and key are limited to 15 characters");
    const entry: Stored = value instanceof ArrayBuffer
      ? { type: "buffer", value: Buffer.from(value).toString("hex") }
      : { type: typeof value as Stored["type"], value };
    (this.#data[domain] ??= {})[key] = entry;
    this.#save();
  }

  delete(domain: string, key: string): void {
    if (!this.#data[domain]?.[key]) return;
    delete this.#data[domain][key];
    this.#save();
  }

  #save(): void {
    mkdirSync(dirname(this.#path), { recursive: true });
    const temporary = `${this.#path}.tmp`;
    writeFileSync(temporary, JSON.stringify(this.#data, null, 1));
    renameSync(temporary, this.#path);
  }
}
