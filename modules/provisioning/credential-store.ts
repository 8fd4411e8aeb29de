// Stored Wi-Fi credentials. Each save writes one whole record (sequence number + CRC-32) into the older
// of two slots, so a write cut short at any byte leaves the previous record valid: a reader gets the old
// or the new credentials, never a mix. Domain and keys fit NVS's 15-character limit.
import type { Preferences } from "../ports.js";
import { crc32 } from "../util/crc32.js";
import { escapeErrorForLog } from "../log/escape.js";

export interface WifiCredentials {
  ssid: Uint8Array;
  passphrase: Uint8Array;
  bssid: Uint8Array;
  channel: number;
}

export const MAX_SSID = 32;
export const MAX_PASSPHRASE = 63;
const BSSID_LENGTH = 6;

/**
 * Why these credentials cannot be used, as one phrase for an E line (ESP-IDF's SetConfig checks), or
 * undefined. Every way in (prov-config, Improv) asks here before the manager takes them.
 */
export function credentialsProblem(c: WifiCredentials): string | undefined {
  if (c.ssid.length === 0 || c.ssid.length > MAX_SSID) return `SSID of ${c.ssid.length} bytes refused (1 to ${MAX_SSID})`;
  if (c.passphrase.length > MAX_PASSPHRASE) return `passphrase of ${c.passphrase.length} bytes refused (at most ${MAX_PASSPHRASE})`;
  if (c.bssid.length !== 0 && c.bssid.length !== BSSID_LENGTH) return `BSSID of ${c.bssid.length} bytes refused (0 or ${BSSID_LENGTH})`;
  if (c.channel < 0 || c.channel > 255) return `channel ${c.channel} refused (0 to 255)`;
  return undefined;
}

export const STORE_DOMAIN = "wifiprov";
export const STORE_KEYS = ["cred0", "cred1"] as const;
const MAGIC = 0x57; // "W"
const FORMAT = 1;

interface Slot {
  sequence: number;
  credentials: WifiCredentials;
}

export type LoadResult =
  | { status: "empty" }
  | { status: "ok"; credentials: WifiCredentials }
  /** Records exist but none is valid; the reason names each slot's fault, for one E line. */
  | { status: "corrupt"; reason: string };

export function encodeRecord(sequence: number, c: WifiCredentials): Uint8Array {
  const body = [MAGIC, FORMAT, (sequence >>> 24) & 255, (sequence >>> 16) & 255, (sequence >>> 8) & 255, sequence & 255,
    c.ssid.length, ...c.ssid, c.passphrase.length, ...c.passphrase, c.bssid.length, ...c.bssid, c.channel & 255];
  const crc = crc32(new Uint8Array(body));
  return new Uint8Array([...body, (crc >>> 24) & 255, (crc >>> 16) & 255, (crc >>> 8) & 255, crc & 255]);
}

export function decodeRecord(bytes: Uint8Array): Slot | undefined {
  if (bytes.length < 14 || bytes[0] !== MAGIC || bytes[1] !== FORMAT) return undefined;
  const end = bytes.length - 4;
  const stored = ((bytes[end] << 24) | (bytes[end + 1] << 16) | (bytes[end + 2] << 8) | bytes[end + 3]) >>> 0;
  if (crc32(bytes.subarray(0, end)) !== stored) return undefined;
  const sequence = ((bytes[2] << 24) | (bytes[3] << 16) | (bytes[4] << 8) | bytes[5]) >>> 0;
  let at = 6;
  const field = (max: number): Uint8Array | undefined => {
    const length = bytes[at++];
    if (length === undefined || length > max || at + length > end) return undefined;
    const value = bytes.slice(at, at + length);
    at += length;
    return value;
  };
  const ssid = field(32), passphrase = field(64), bssid = field(6);
  if (!ssid || !passphrase || !bssid || at !== end - 1) return undefined;
  return { sequence, credentials: { ssid, passphrase, bssid, channel: bytes[at] } };
}

export class CredentialStore {
  #preferences: Preferences;

  constructor(preferences: Preferences) {
    this.#preferences = preferences;
  }

  /**
   * Both slots, each decoded or with the fault that makes it unusable: an entry of the wrong type (a string
   * where a record belongs), one the flash cannot read, or a record that fails its checks. Missing is no fault.
   */
  #readSlots(): { slots: (Slot | undefined)[]; faults: string[] } {
    const faults: string[] = [];
    const slots = STORE_KEYS.map((key) => {
      let value: ReturnType<Preferences["get"]>;
      try {
        value = this.#preferences.get(STORE_DOMAIN, key);
      } catch (error) {
        faults.push(`${key}: ${escapeErrorForLog(error, 60)}`);
        return undefined;
      }
      if (value === undefined) return undefined;
      if (!(value instanceof ArrayBuffer)) {
        faults.push(`${key}: a ${typeof value}, not a record`);
        return undefined;
      }
      const slot = decodeRecord(new Uint8Array(value));
      if (!slot) faults.push(`${key}: bad record or CRC`);
      return slot;
    });
    return { slots, faults };
  }

  /** The newest valid record; "corrupt" when records exist but none is valid. */
  load(): LoadResult {
    const { slots, faults } = this.#readSlots();
    let newest: Slot | undefined;
    for (const slot of slots) if (slot && (!newest || slot.sequence > newest.sequence)) newest = slot;
    if (newest) return { status: "ok", credentials: newest.credentials };
    return faults.length ? { status: "corrupt", reason: faults.join("; ") } : { status: "empty" };
  }

  save(credentials: WifiCredentials): void {
    const { slots } = this.#readSlots();
    const [a, b] = slots;
    // Overwrite the slot that does not hold the newest valid record.
    const target = !a ? 0 : !b ? 1 : a.sequence <= b.sequence ? 0 : 1;
    const sequence = Math.max(a?.sequence ?? 0, b?.sequence ?? 0) + 1;
    const record = encodeRecord(sequence >>> 0, credentials);
    this.#preferences.set(STORE_DOMAIN, STORE_KEYS[target], record.buffer as ArrayBuffer);
  }

  erase(): void {
    for (const key of STORE_KEYS) this.#preferences.delete(STORE_DOMAIN, key);
  }
}
