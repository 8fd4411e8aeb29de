// Preferences in one JSON file, read at first use and rewritten whole on each change: the lin simulator's
// flash. Moddable's own lin `preference` cannot serve a preloaded app (README, "Stored credentials on lin"):
// it reads its file while the module is preloaded, at build time, and at run time JSON.stringify refuses its
// cache (an object made during preload), so it writes an empty file and the next boot finds nothing. Here
// nothing is made before the first call, so every object stringified is the running app's.
// Portable: the file arrives as a TextFile, so the tests run this on Node and XS over a fake one.
import type { PreferenceValue, Preferences } from "../../../modules/ports.js";
import { fromHex, toHex } from "../../../modules/util/hex.js";

/** The one file: its whole text, or undefined when there is none; write replaces it whole or not at all. */
export interface TextFile {
  read(): string | undefined;
  write(text: string): void;
}

type Stored = { type: "string" | "number" | "boolean" | "buffer"; value: string | number | boolean };
type Domains = Record<string, Record<string, unknown>>;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** An entry as set() writes it; anything else in the file is unreadable flash. */
function isStored(entry: unknown): entry is Stored {
  if (!isObject(entry)) return false;
  const { type, value } = entry;
  if (type === "buffer") return typeof value === "string" && fromHex(value) !== undefined;
  return (type === "string" || type === "number" || type === "boolean") && typeof value === type;
}

export class JsonFilePreferences implements Preferences {
  #file: TextFile;
  #domains: Domains | undefined;
  /** Why the file could not be read as a whole: every get() throws it (as NVS reports a read error), until a set() rewrites the file. */
  #unreadable: string | undefined;

  constructor(file: TextFile) {
    this.#file = file;
  }

  get(domain: string, key: string): PreferenceValue | undefined {
    const domains = this.#load();
    if (this.#unreadable) throw new Error(this.#unreadable);
    const entries = Object.hasOwn(domains, domain) ? domains[domain] : undefined;
    if (!entries || !Object.hasOwn(entries, key)) return undefined;
    const entry = entries[key];
    if (!isStored(entry)) throw new Error("unreadable entry in the preferences file");
    if (entry.type === "buffer") return fromHex(entry.value as string)!.slice().buffer as ArrayBuffer;
    return entry.value;
  }

  set(domain: string, key: string, value: PreferenceValue): void {
    if (domain.length > 15 || key.length > 15) throw new RangeError("preference domain and key are limited to 15 characters");
    const domains = this.#load();
    const entry: Stored = value instanceof ArrayBuffer
      ? { type: "buffer", value: toHex(new Uint8Array(value)) }
      : { type: typeof value as Stored["type"], value };
    (domains[domain] ??= {})[key] = entry;
    this.#save(domains);
  }

  delete(domain: string, key: string): void {
    const domains = this.#load();
    if (!Object.hasOwn(domains, domain) || !Object.hasOwn(domains[domain], key)) return;
    delete domains[domain][key];
    if (Object.keys(domains[domain]).length === 0) delete domains[domain];
    this.#save(domains);
  }

  #load(): Domains {
    if (this.#domains) return this.#domains;
    this.#domains = {};
    const text = this.#file.read();
    if (text === undefined) return this.#domains; // no file: erased flash
    try {
      const parsed: unknown = JSON.parse(text);
      if (!isObject(parsed) || !Object.values(parsed).every(isObject)) throw new Error("not an object of domains");
      this.#domains = parsed as Domains;
    } catch (error) {
      this.#unreadable = `preferences file unreadable (${(error as Error).message})`;
    }
    return this.#domains;
  }

  /** Writes first, then takes the change as done: a failed write throws and the next read sees the file as it is. */
  #save(domains: Domains): void {
    try {
      this.#file.write(JSON.stringify(domains));
      this.#unreadable = undefined;
    } catch (error) {
      this.#domains = undefined;
      throw error;
    }
  }
}
