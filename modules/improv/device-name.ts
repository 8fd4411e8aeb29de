// The Improv device name: the deviceName config key, until a client sets another one (RPC 0x06), which is
// kept in flash beside the Wi-Fi credentials so the next boot reports it too.
import type { Preferences } from "../ports.js";
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

  constructor(preferences: Preferences, configured: string) {
    this.#preferences = preferences;
    this.#configured = configured;
  }

  get(): string {
    let stored: ReturnType<Preferences["get"]>;
    try {
      stored = this.#preferences.get(DOMAIN, KEY);
    } catch {
      stored = undefined; // unreadable flash: the configured name
    }
    return typeof stored === "string" && stored ? stored : this.#configured;
  }

  /** Stores a name already checked with deviceNameProblem(). */
  set(name: string): void {
    this.#preferences.set(DOMAIN, KEY, name);
  }
}
