// Node adapters for the platform ports: the simulated device and host tools use them.
import { randomFillSync } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import type { Clock, PreferenceValue, Preferences, Random, TextOutput, TimerHandle, Timers } from "../../modules/ports.js";

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

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** An entry as set() writes it; anything else in the file is unreadable flash (get() throws). */
function isStored(entry: unknown): entry is Stored {
  if (!isObject(entry)) return false;
  const { type, value } = entry;
  if (type === "buffer") return typeof value === "string" && /^([0-9a-f]{2})*$/.test(value);
  return (type === "string" || type === "number" || type === "boolean") && typeof value === type;
}

/**
 * Preferences in one JSON file: the simulated device's flash. Each change rewrites the file through a
 * temporary file and a rename, so a crash mid-write leaves the previous contents.
 */
export class FilePreferences implements Preferences {
  #path: string;
  #data: Record<string, Record<string, Stored>>;

  /** Why the file could not be read, when it exists but is not a flash image (the device starts empty). */
  readonly corruption: string | undefined;

  constructor(path: string) {
    this.#path = path;
    this.#data = {};
    let text: string;
    try {
      text = readFileSync(path, "utf8");
    } catch {
      return; // no file: erased flash
    }
    try {
      const parsed: unknown = JSON.parse(text);
      if (!isObject(parsed) || !Object.values(parsed).every(isObject)) throw new Error("not an object of domains");
      this.#data = parsed as Record<string, Record<string, Stored>>;
    } catch (error) {
      this.corruption = (error as Error).message;
    }
  }

  get(domain: string, key: string): PreferenceValue | undefined {
    const entries = Object.hasOwn(this.#data, domain) ? this.#data[domain] : undefined;
    if (!entries || !Object.hasOwn(entries, key)) return undefined;
    const entry: unknown = entries[key];
    // Present but not what set() writes: corrupt flash, which the reader must hear of (as NVS reports a
    // read error on a board), never a silent "missing".
    if (!isStored(entry)) throw new Error("unreadable entry in the flash file");
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
    if (!Object.hasOwn(this.#data, domain) || !Object.hasOwn(this.#data[domain], key)) return;
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
