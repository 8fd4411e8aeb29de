// Runs a scan for prov-scan the way ESP-IDF's manager does: all channels at once, or group_channels
// channels at a time (each channel its own platform scan here), period_ms on each channel. Keeps the
// strongest 16 networks, strongest first, one entry per BSSID, folded into a compact table as each
// channel answers (wifi-scan-table.ts).
import type { Logger } from "../log/logger.js";
import type { ScannedAccessPoint, Timers, WifiStation } from "../ports.js";
import { escapeForLog } from "../log/escape.js";
import { ScanTable } from "./wifi-scan-table.js";

export const MAX_SCAN_RESULTS = 16;
export const CHANNELS = 13;
/** A scan the platform never finishes must not hang the console. */
export const SCAN_TIMEOUT_MS = 20000;
const DEFAULT_DWELL_MS = 120;

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
  /** Made by the first scan: a device that is never asked to scan never holds it. */
  #table: ScanTable | undefined;
  #generation = 0;
  #timeout: ReturnType<Timers["set"]> | undefined;

  constructor(scan: Scan, timers: Timers, log: Logger) {
    this.#scan = scan;
    this.#timers = timers;
    this.#log = log;
  }

  get finished(): boolean { return !this.#running; }

  /** Networks found by the last scan; 0 while one runs. */
  get resultCount(): number { return this.#running ? 0 : this.#table?.count ?? 0; }

  /** The last scan's network at `index` (0 is the strongest); throws past resultCount. */
  result(index: number): ScannedAccessPoint {
    if (!this.#table || index >= this.resultCount) throw new RangeError(`no scan result ${index}`);
    return this.#table.entry(index);
  }

  /** The last scan's networks from `start`, strongest first (nothing while a scan runs). */
  results(start = 0, count = this.resultCount - start): ScannedAccessPoint[] {
    const page: ScannedAccessPoint[] = [];
    for (let i = Math.max(0, start); i < Math.min(start + count, this.resultCount); i++) page.push(this.result(i));
    return page;
  }

  /** Drops a running scan (provisioning ends): its late results are ignored and its timer cleared. */
  cancel(): void {
    this.#generation++;
    this.#running = false;
    this.#clearTimeout();
  }

  #clearTimeout(): void {
    if (this.#timeout !== undefined) this.#timers.clear(this.#timeout);
    this.#timeout = undefined;
  }

  /** Resolves false when a scan is already running; with blocking, only once the scan is over. */
  start(options: ScanOptions): Promise<boolean> {
    if (this.#running) {
      this.#log.error("wifi_scan", "scan refused: one is already running");
      return Promise.resolve(false);
    }
    this.#running = true;
    const table = (this.#table ??= new ScanTable(MAX_SCAN_RESULTS));
    table.clear();
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
      this.#timeout = this.#timers.set(() => {
        this.#log.error("wifi_scan", `scan timed out after ${SCAN_TIMEOUT_MS} ms; keeping ${table.count} results`);
        finish();
      }, SCAN_TIMEOUT_MS);
      const finish = () => {
        if (generation !== this.#generation || !this.#running) return;
        this.#clearTimeout();
        this.#running = false;
        this.#log.info("wifi_scan", `scan finished: ${table.count} networks`);
        resolve();
      };
      let index = 0;
      let failures = 0;
      const record = (error: Error | undefined) => {
        // One line for the first failure: a radio that cannot scan would fail on every channel.
        if (error && failures++ === 0) this.#log.error("wifi_scan", `scan failed: ${escapeForLog(error.message, 120)}`);
      };
      // A loop, not recursion: a platform may answer synchronously (an error, say), and 13 nested
      // channel scans on top of the console's request would overflow a device's JS stack.
      const step = () => {
        for (let more = true; more;) {
          more = false;
          if (index >= channels.length) return finish();
          let synchronous = true;
          let answered = false;
          const current = () => !answered && generation === this.#generation && this.#running;
          const found = (ap: ScannedAccessPoint) => {
            if (current()) table.add(ap);
          };
          const answer = (error?: Error) => {
            if (!current()) return;
            answered = true;
            record(error);
            if (synchronous) more = true;
            else step();
          };
          try {
            this.#scan({ passive: options.passive, channel: channels[index++], dwellMs }, found, answer);
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
