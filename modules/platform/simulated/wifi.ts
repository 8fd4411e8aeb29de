// A Wi-Fi station over a list of imaginary access points: the simulated device's radio, and the fake
// that tests use on Node and on XS. Connecting takes connectDelayMs, then succeeds or fails the way
// ESP-IDF reports it (wrong passphrase → auth, unknown SSID → not found).
import type { StationConfig, StationEvents, Timers, TimerHandle, WifiStation } from "../ports.js";
import { constantTimeEqual } from "../../util/bytes.js";
import { utf8Encode } from "../../util/utf8.js";

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

export const DEFAULT_ACCESS_POINTS: SimulatedAccessPoint[] = [
  { ssid: "myssid", passphrase: "mypassword", bssid: new Uint8Array([0x24, 0x0a, 0xc4, 0xa1, 0xb2, 0xc3]), channel: 6, rssi: -42, authMode: 3, ip4: "192.168.43.220" },
];

export class SimulatedWifi implements WifiStation {
  #aps: SimulatedAccessPoint[];
  #timers: Timers;
  #connectDelayMs: number;
  #attempt: TimerHandle | undefined;
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
      events.connected({ ip4: ap.ip4, bssid: ap.bssid, channel: ap.channel, authMode: ap.authMode });
    }, this.#connectDelayMs);
  }

  disconnect(): void {
    if (this.#attempt !== undefined) this.#timers.clear(this.#attempt);
    this.#attempt = undefined;
  }
}
