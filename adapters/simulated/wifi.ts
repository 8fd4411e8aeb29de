// A Wi-Fi station over a list of imaginary access points: the simulated device's radio, and the fake
// that tests use on Node and on XS. Connecting takes connectDelayMs, then succeeds or fails the way
// ESP-IDF reports it (wrong passphrase → auth, unknown SSID → not found).
import type { ScanRequest, ScannedAccessPoint, StationConfig, StationEvents, Timers, TimerHandle, WifiStation } from "../../modules/ports.js";
import { constantTimeEqual } from "../../modules/util/bytes.js";
import { utf8Encode } from "../../modules/util/utf8.js";

export interface SimulatedAccessPoint {
  ssid: string;
  passphrase: string;
  bssid: Uint8Array;
  channel: number;
  rssi: number;
  /** The protocol's WifiAuthMode value, 0..7. */
  authMode: number;
  /** The address the access point hands out. */
  ip4: string;
}

const bssid = (...bytes: number[]) => new Uint8Array(bytes);

/** The neighbourhood of the recorded esp_prov scan session: myssid is the strongest; auth modes vary. */
export const DEFAULT_ACCESS_POINTS: SimulatedAccessPoint[] = [
  { ssid: "myssid", passphrase: "mypassword", bssid: bssid(0x24, 0x0a, 0xc4, 0xa1, 0xb2, 0xc3), channel: 6, rssi: -42, authMode: 3, ip4: "192.168.43.220" },
  { ssid: "CoffeeShop Guest", passphrase: "", bssid: bssid(0x0a, 0x1b, 0x2c, 0x3d, 0x4e, 0x5f), channel: 1, rssi: -67, authMode: 0, ip4: "10.0.0.23" },
  { ssid: "Lab-WPA3-Transition", passphrase: "labpassword", bssid: bssid(0xf4, 0xf5, 0xe8, 0x12, 0x34, 0x56), channel: 11, rssi: -58, authMode: 7, ip4: "172.16.4.9" },
  { ssid: "OldRouter-WEP", passphrase: "12345", bssid: bssid(0x00, 0x11, 0x22, 0x33, 0x44, 0x55), channel: 3, rssi: -81, authMode: 1, ip4: "192.168.0.77" },
  { ssid: "Corp-802.1X-Enterprise-Network-1", passphrase: "enterprise", bssid: bssid(0x3c, 0x71, 0xbf, 0xaa, 0xbb, 0xcc), channel: 13, rssi: -90, authMode: 5, ip4: "10.20.30.40" },
];

const CHANNELS = 13;

export class SimulatedWifi implements WifiStation {
  #aps: SimulatedAccessPoint[];
  #timers: Timers;
  #connectDelayMs: number;
  #attempt: TimerHandle | undefined;
  /** The connection that is up, to be dropped by a test (dropConnection). */
  #up: StationEvents | undefined;
  /** Every connect() call, newest last (tests read it). */
  readonly attempts: StationConfig[] = [];

  constructor(timers: Timers, accessPoints: SimulatedAccessPoint[] = DEFAULT_ACCESS_POINTS, connectDelayMs = 1500) {
    this.#timers = timers;
    this.#aps = accessPoints;
    this.#connectDelayMs = connectDelayMs;
  }

  get accessPoints(): readonly SimulatedAccessPoint[] {
    return this.#aps;
  }

  connect(config: StationConfig, events: StationEvents): void {
    this.disconnect();
    this.attempts.push(config);
    this.#attempt = this.#timers.set(() => {
      this.#attempt = undefined;
      const candidates = this.#aps.filter((ap) => constantTimeEqual(utf8Encode(ap.ssid), config.ssid) &&
        (config.bssid.length === 0 || constantTimeEqual(ap.bssid, config.bssid)));
      if (!candidates.length) return events.failed("not-found");
      const ap = candidates.find((a) => constantTimeEqual(utf8Encode(a.passphrase), config.passphrase));
      if (!ap) return events.failed("auth");
      this.#up = events;
      events.connected({ ip4: ap.ip4, bssid: ap.bssid, channel: ap.channel, authMode: ap.authMode });
    }, this.#connectDelayMs);
  }

  disconnect(): void {
    if (this.#attempt !== undefined) this.#timers.clear(this.#attempt);
    this.#attempt = undefined;
    this.#up = undefined;
  }

  /** The access point goes away under a connected station (the station hears "lost"); false when none is up. */
  dropConnection(): boolean {
    const up = this.#up;
    this.#up = undefined;
    up?.lost?.();
    return !!up;
  }

  /** Takes dwellMs per channel scanned, as a radio would. */
  scan(request: ScanRequest, found: (ap: ScannedAccessPoint) => void, done: (error?: Error) => void): void {
    const channels = request.channel === undefined ? CHANNELS : 1;
    this.#timers.set(() => {
      for (const ap of this.#aps)
        if (request.channel === undefined || ap.channel === request.channel)
          found({ ssid: utf8Encode(ap.ssid), bssid: ap.bssid, channel: ap.channel, rssi: ap.rssi, authMode: ap.authMode });
      done();
    }, channels * request.dwellMs);
  }
}
