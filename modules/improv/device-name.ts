// The Improv device name: the deviceName config key, until a client sets another one (RPC 0x06), which is
// kept in flash beside the Wi-Fi credentials so the next boot reports it too. Flash is read as hostile
// input: a stored name must pass the check a client's name gets, or it is not used (the device info and
// device name replies carry it, and a result has room for 255 bytes in all).
import type { Logger } from "../log/logger.js";
import type { Preferences } from "../ports.js";
import { escapeErrorForLog, escapeForLog } from "../log/escape.js";
import { utf8Decode, utf8Encode } from "../util/utf8.js";

const DOMAIN = "improv";
const KEY = "name";
export const MAX_DEVICE_NAME = 64;

/** A name a client may set: 1 to 64 bytes of UTF-8 with no control characters. */
export function deviceNameProblem(bytes: Uint8Array): string | undefined {
  if (bytes.length === 0 || bytes.length > MAX_DEVICE_NAME) return `a device name of ${bytes.length} bytes (1 to ${MAX_DEVICE_NAME})`;
  const text = utf8Decode(bytes);
  if (text.includes("\ufffd") || utf8Encode(text).length !== bytes.length) return "a device name that is not UTF-8";
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 32 || c === 127) return "a device name with control characters";
  }
  return undefined;
}

export class DeviceName {
  #preferences: Preferences;
  #configured: string;
  #log: Logger;
  /** A refused stored name is reported once, not on every request that would have carried it. */
  #reported = false;

  constructor(preferences: Preferences, configured: string, log: Logger) {
    this.#preferences = preferences;
    this.#configured = configured;
    this.#log = log;
  }

  get(): string {
    let stored: ReturnType<Preferences["get"]>;
    let problem: string | undefined;
    try {
      stored = this.#preferences.get(DOMAIN, KEY);
    } catch (error) {
      problem = `an unreadable entry (${escapeErrorForLog(error, 60)})`;
    }
    if (stored === undefined && !problem) return this.#configured;
    problem ??= typeof stored === "string" ? deviceNameProblem(utf8Encode(stored)) : "a device name that is not text";
    if (!problem) return stored as string;
    if (!this.#reported) {
      this.#reported = true;
      const shown = typeof stored === "string" ? ` ${escapeForLog(stored, 32)}` : "";
      this.#log.error("improv", `stored device name ignored: ${problem}${shown}; using ${escapeForLog(this.#configured)}`);
    }
    return this.#configured;
  }

  /** Stores a name already checked with deviceNameProblem(). */
  set(name: string): void {
    this.#preferences.set(DOMAIN, KEY, name);
  }
}
