// Runs a scan for prov-scan the way ESP-IDF's manager does: all channels at once, or group_channels
// channels at a time (each channel its own platform scan here), period_ms on each channel. Keeps the
// strongest 16 networks, strongest first, one entry per BSSID.
import type { Logger } from "../log/logger.js";
import type { ScannedAccessPoint, Timers, WifiStation } from "../platform/ports.js";
import { escapeForLog } from "../log/escape.js";

export const MAX_SCAN_RESULTS = 16;
export const CHANNELS = 13;
/** A scan the platform never finishes must not hang the console. */
export const SCAN_TIMEOUT_MS = 20000;
const DEFAULT_DWELL_MS = 120;
/** esp_prov indexes a table of 8 names with the auth mode: anything else would crash it. */
const MAX_AUTH_MODE = 7;
const GENERIC_SECURED = 3; // WPA2_PSK: unknown modes are shown as secured, never as open

export interface ScanOptions {
  blocking: boolean;
  passive: boolean;
  groupChannels: number;
  periodMs: number;
}

type Scan = NonNullable<WifiStation["scan"]>;

export class WifiScanner {
  #scan: Scan;
  #timers: Timers;
  #log: Logger;
  #running = false;
  #results: ScannedAccessPoint[] = [];
  #generation = 0;

  constructor(scan: Scan, timers: Timers, log: Logger) {
    this.#scan = scan;
    this.#timers = timers;
    this.#log = log;
  }

  get finished(): boolean { return !this.#running; }

  get results(): readonly ScannedAccessPoint[] { return this.#results; }

  /** Resolves false when a scan is already running; with blocking, only once the scan is over. */
  start(options: ScanOptions): Promise<boolean> {
    if (this.#running) {
      this.#log.error("wifi_scan", "scan refused: one is already running");
      return Promise.resolve(false);
    }
    this.#running = true;
    this.#results = [];
    const generation = ++this.#generation;
    const dwellMs = options.periodMs > 0 ? options.periodMs : DEFAULT_DWELL_MS;
    const groups: (number | undefined)[][] = [];
    if (options.groupChannels > 0) {
      for (let first = 1; first <= CHANNELS; first += options.groupChannels) {
        const group: number[] = [];
        for (let c = first; c < first + options.groupChannels && c <= CHANNELS; c++) group.push(c);
        groups.push(group);
      }
    } else {
      groups.push([undefined]);
    }
    const done = new Promise<void>((resolve) => {
      const channels = groups.flat();
      const found: ScannedAccessPoint[] = [];
      const timeout = this.#timers.set(() => {
        this.#log.error("wifi_scan", `scan timed out after ${SCAN_TIMEOUT_MS} ms; keeping ${found.length} results`);
        finish();
      }, SCAN_TIMEOUT_MS);
      const finish = () => {
        if (generation !== this.#generation || !this.#running) return;
        this.#timers.clear(timeout);
        this.#results = strongestFirst(found);
        this.#running = false;
        this.#log.info("wifi_scan", `scan finished: ${this.#results.length} networks`);
        resolve();
      };
      let index = 0;
      let failures = 0;
      const record = (result: ScannedAccessPoint[] | Error) => {
        if (!(result instanceof Error)) return void found.push(...result);
        // One line for the first failure: a radio that cannot scan would fail on every channel.
        if (failures++ === 0) this.#log.error("wifi_scan", `scan failed: ${escapeForLog(result.message, 120)}`);
      };
      // A loop, not recursion: a platform may answer synchronously (an error, say), and 13 nested
      // channel scans on top of the console's request would overflow a device's JS stack.
      const step = () => {
        for (let more = true; more;) {
          more = false;
          if (index >= channels.length) return finish();
          let synchronous = true;
          let answered = false;
          const answer = (result: ScannedAccessPoint[] | Error) => {
            if (answered || generation !== this.#generation || !this.#running) return;
            answered = true;
            record(result);
            if (synchronous) more = true;
            else step();
          };
          try {
            this.#scan({ passive: options.passive, channel: channels[index++], dwellMs }, answer);
          } catch (error) {
            answer(error as Error);
          }
          synchronous = false;
        }
      };
      step();
    });
    return options.blocking ? done.then(() => true) : Promise.resolve(true);
  }
}

function strongestFirst(found: ScannedAccessPoint[]): ScannedAccessPoint[] {
  const byBssid = new Map<string, ScannedAccessPoint>();
  for (const ap of found) {
    if (!ap.ssid.length) continue; // hidden networks cannot be chosen from a list
    // One entry per access point: by BSSID, or where the platform reports none, by name and channel.
    const key = ap.bssid.length === 6 ? Array.from(ap.bssid).join(":") : `${Array.from(ap.ssid).join(",")}@${ap.channel}`;
    const seen = byBssid.get(key);
    if (!seen || ap.rssi > seen.rssi) byBssid.set(key, ap);
  }
  return [...byBssid.values()]
    .sort((a, b) => b.rssi - a.rssi)
    .slice(0, MAX_SCAN_RESULTS)
    .map((ap) => ({
      ...ap,
      ssid: ap.ssid.subarray(0, 32),
      authMode: Number.isInteger(ap.authMode) && ap.authMode >= 0 && ap.authMode <= MAX_AUTH_MODE ? ap.authMode : GENERIC_SECURED,
    }));
}
