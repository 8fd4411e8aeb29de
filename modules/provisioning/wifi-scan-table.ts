// The networks a scan keeps: at most `capacity`, one per access point, strongest first. Each is a record
// in one byte array, folded in as the radio reports it, so a scan in a crowded place (dozens of networks,
// or the same ones on every channel) costs the device's small JS heap one array, never an object and
// two byte arrays per network heard.
import type { ScannedAccessPoint } from "../ports.js";
import { MAX_SSID } from "./credential-store.js";

const BSSID_LENGTH = 6;
/** esp_prov indexes a table of 8 names with the auth mode: anything else would crash it. */
const MAX_AUTH_MODE = 7;
const GENERIC_SECURED = 3; // WPA2_PSK: unknown modes are shown as secured, never as open

// Record layout: SSID length, SSID (32), BSSID length, BSSID (6), channel, RSSI (int8), auth mode,
// and the order in which its access point was first heard (uint16), which breaks RSSI ties.
const SSID_LENGTH = 0, SSID = 1, BSSID_LEN = SSID + MAX_SSID, BSSID = BSSID_LEN + 1, CHANNEL = BSSID + BSSID_LENGTH;
const RSSI = CHANNEL + 1, AUTH = RSSI + 1, ORDER = AUTH + 1;
export const RECORD_BYTES = ORDER + 2;

function clamp(value: number, low: number, high: number): number {
  return Number.isFinite(value) ? Math.min(high, Math.max(low, Math.round(value))) : low;
}

export class ScanTable {
  readonly capacity: number;
  #records: Uint8Array;
  #count = 0;
  #heard = 0;

  constructor(capacity: number) {
    this.capacity = capacity;
    this.#records = new Uint8Array(capacity * RECORD_BYTES);
  }

  get count(): number {
    return this.#count;
  }

  clear(): void {
    this.#records.fill(0);
    this.#count = 0;
    this.#heard = 0;
  }

  /**
   * One network heard. Hidden ones (no SSID) cannot be chosen from a list and are left out. An access
   * point is its BSSID, or, where the platform reports none, its name and channel; heard again, it keeps
   * its strongest reading.
   */
  add(ap: ScannedAccessPoint): void {
    if (!ap.ssid.length) return;
    const ssid = ap.ssid.subarray(0, MAX_SSID);
    const byBssid = ap.bssid.length === BSSID_LENGTH;
    const channel = clamp(ap.channel, 0, 255);
    const rssi = clamp(ap.rssi, -128, 127);
    let order = this.#heard;
    const seen = this.#find(byBssid ? ap.bssid : undefined, ssid, channel);
    if (seen >= 0) {
      if (rssi <= this.#rssi(seen)) return;
      order = this.#order(seen);
      this.#remove(seen);
    } else if (this.#heard < 0xffff) {
      this.#heard++;
    }
    let at = 0;
    while (at < this.#count && (this.#rssi(at) > rssi || (this.#rssi(at) === rssi && this.#order(at) < order))) at++;
    if (at >= this.capacity) return; // weaker than every network kept
    const records = this.#records;
    const last = Math.min(this.#count, this.capacity - 1);
    records.copyWithin((at + 1) * RECORD_BYTES, at * RECORD_BYTES, last * RECORD_BYTES);
    const base = at * RECORD_BYTES;
    records.fill(0, base, base + RECORD_BYTES);
    records[base + SSID_LENGTH] = ssid.length;
    records.set(ssid, base + SSID);
    const bssid = ap.bssid.subarray(0, BSSID_LENGTH);
    records[base + BSSID_LEN] = bssid.length;
    records.set(bssid, base + BSSID);
    records[base + CHANNEL] = channel;
    records[base + RSSI] = rssi & 255;
    const auth = ap.authMode;
    records[base + AUTH] = Number.isInteger(auth) && auth >= 0 && auth <= MAX_AUTH_MODE ? auth : GENERIC_SECURED;
    records[base + ORDER] = order >> 8;
    records[base + ORDER + 1] = order & 255;
    this.#count = last + 1;
  }

  /** The network at `index` (0 is the strongest), with its own copies of the bytes. */
  entry(index: number): ScannedAccessPoint {
    if (index < 0 || index >= this.#count) throw new RangeError(`no scan result ${index}`);
    const base = index * RECORD_BYTES;
    const records = this.#records;
    return {
      ssid: records.slice(base + SSID, base + SSID + records[base + SSID_LENGTH]),
      bssid: records.slice(base + BSSID, base + BSSID + records[base + BSSID_LEN]),
      channel: records[base + CHANNEL],
      rssi: this.#rssi(index),
      authMode: records[base + AUTH],
    };
  }

  #rssi(index: number): number {
    return (this.#records[index * RECORD_BYTES + RSSI] << 24) >> 24;
  }

  #order(index: number): number {
    const base = index * RECORD_BYTES + ORDER;
    return (this.#records[base] << 8) | this.#records[base + 1];
  }

  #find(bssid: Uint8Array | undefined, ssid: Uint8Array, channel: number): number {
    const records = this.#records;
    for (let i = 0; i < this.#count; i++) {
      const base = i * RECORD_BYTES;
      if (bssid) {
        if (records[base + BSSID_LEN] === BSSID_LENGTH && same(records, base + BSSID, bssid)) return i;
      } else if (records[base + BSSID_LEN] !== BSSID_LENGTH && records[base + CHANNEL] === channel &&
        records[base + SSID_LENGTH] === ssid.length && same(records, base + SSID, ssid)) {
        return i;
      }
    }
    return -1;
  }

  #remove(index: number): void {
    const records = this.#records;
    records.copyWithin(index * RECORD_BYTES, (index + 1) * RECORD_BYTES, this.#count * RECORD_BYTES);
    this.#count--;
  }
}

function same(records: Uint8Array, offset: number, bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (records[offset + i] !== bytes[i]) return false;
  return true;
}
