// The station on the stored network, outside provisioning: join it, report connected and disconnected, and
// try again after RECONNECT_MS for as long as it is wanted. Small on purpose: it is what stays alive after
// the app ends provisioning (WiFiProvisioning.end()).
import type { Logger } from "../log/logger.js";
import type { ConnectFailure, StationConfig, StationConnection, StationEvents, Timers, WifiStation } from "../ports.js";
import type { WifiCredentials } from "../provisioning/credential-store.js";
import type { DisconnectReason } from "./events.js";
import { escapeForLog } from "../log/escape.js";

export const RECONNECT_MS = 5000;
const TAG = "app";

export type StationState = "idle" | "joining" | "connected" | "failed";

export interface StationEventSink {
  connected(ssid: Uint8Array, ip4: string): void;
  disconnected(ssid: Uint8Array, reason: DisconnectReason): void;
}

const REASON_TEXT: Record<DisconnectReason, string> = {
  "auth": "authentication failed", "not-found": "access point not found", "lost": "connection lost",
};

export class Station {
  #wifi: WifiStation;
  #timers: Timers;
  #log: Logger;
  #events: StationEventSink;
  /** A new generation ends the previous join's callbacks and retries. */
  #generation = 0;
  #retry: ReturnType<Timers["set"]> | undefined;
  state: StationState = "idle";
  ip4: string | undefined;

  constructor(wifi: WifiStation, timers: Timers, log: Logger, events: StationEventSink) {
    this.#wifi = wifi;
    this.#timers = timers;
    this.#log = log;
    this.#events = events;
  }

  /** Joins the network now and keeps it: after a failure or a loss, again RECONNECT_MS later. */
  join(credentials: WifiCredentials): void {
    this.leave();
    this.#attempt(credentials, this.#generation);
  }

  /**
   * A connection made elsewhere (by provisioning) to this network went down: reported and retried as the
   * station's own would be.
   */
  lost(credentials: WifiCredentials): void {
    this.leave();
    this.#lost(credentials, this.#generation, "lost");
  }

  /** Provisioning takes the radio, or the app ends: no more callbacks, no retry. */
  leave(): void {
    this.#generation++;
    if (this.#retry !== undefined) this.#timers.clear(this.#retry);
    this.#retry = undefined;
    this.state = "idle";
    this.ip4 = undefined;
  }

  #attempt(credentials: WifiCredentials, generation: number): void {
    const current = () => generation === this.#generation;
    this.state = "joining";
    this.#wifi.connect(credentials, {
      connected: (connection) => {
        if (!current()) return;
        this.state = "connected";
        this.ip4 = connection.ip4;
        this.#log.info(TAG, `Connected with IP Address:${connection.ip4}`);
        this.#events.connected(credentials.ssid, connection.ip4);
      },
      failed: (reason) => this.#lost(credentials, generation, reason),
      lost: () => this.#lost(credentials, generation, "lost"),
    });
  }

  #lost(credentials: WifiCredentials, generation: number, reason: DisconnectReason): void {
    if (generation !== this.#generation) return;
    this.state = "failed";
    this.ip4 = undefined;
    this.#log.warn(TAG, `Disconnected from ${escapeForLog(credentials.ssid)} (${REASON_TEXT[reason]}). Connecting to the AP again...`);
    this.#events.disconnected(credentials.ssid, reason);
    this.#later(credentials, generation);
  }

  #later(credentials: WifiCredentials, generation: number): void {
    this.#retry = this.#timers.set(() => {
      this.#retry = undefined;
      if (generation === this.#generation) this.#attempt(credentials, generation);
    }, RECONNECT_MS);
  }
}

/**
 * The radio as provisioning sees it. The connection provisioning makes outlives provisioning, and the
 * radio's callbacks for it would keep the whole provisioning machinery reachable after end(); through this
 * relay they can be let go, and a later loss of that connection goes to the station instead.
 */
export class ProvisioningRadio implements WifiStation, StationEvents {
  #wifi: WifiStation;
  #events: StationEvents | undefined;
  #afterRelease: { connectionLost(): void } | undefined;

  constructor(wifi: WifiStation) {
    this.#wifi = wifi;
  }

  connect(config: StationConfig, events: StationEvents): void {
    this.#events = events;
    // The radio hears this object's own methods: nothing per connection for the radio's callback to keep.
    this.#wifi.connect(config, this);
  }

  disconnect(): void {
    this.#wifi.disconnect();
  }

  connected(connection: StationConnection): void {
    this.#events?.connected(connection);
  }

  failed(reason: ConnectFailure): void {
    this.#events?.failed(reason);
  }

  lost(): void {
    if (this.#events) this.#events.lost?.();
    else this.#afterRelease?.connectionLost();
  }

  /** Provisioning has ended: drop its callbacks; `listener` hears if its connection goes down later. */
  release(listener: { connectionLost(): void }): void {
    this.#events = undefined;
    this.#afterRelease = listener;
  }
}
