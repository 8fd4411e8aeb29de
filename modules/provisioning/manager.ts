// The provisioning state machine, after ESP-IDF's wifi_prov_mgr:
//   waiting → received (SetConfig) → connecting (ApplyConfig) → connected → stopped
//                                                   ↘ failed → (new SetConfig) received …
// Credentials are stored only once the station has connected, so a failed attempt never replaces
// credentials that worked. After success the console stops after autoStopMs.
import type { Logger } from "../log/logger.js";
import type { ConnectFailure, StationConnection, Timers, TimerHandle, WifiStation } from "../platform/ports.js";
import { utf8Decode } from "../util/utf8.js";
import type { CredentialStore, WifiCredentials } from "./credential-store.js";

export type ProvisioningState = "waiting" | "received" | "connecting" | "connected" | "failed" | "stopped";

export type StationStatus =
  | { state: "disconnected" }
  | { state: "connecting" }
  | { state: "connected"; connection: StationConnection; ssid: Uint8Array }
  | { state: "failed"; reason: ConnectFailure };

export type RequestStatus = "ok" | "invalid-state";

export interface ManagerOptions {
  wifi: WifiStation;
  store: CredentialStore;
  timers: Timers;
  log: Logger;
  /** Delay between the ApplyConfig reply and the connect, so the reply reaches the client first. */
  applyDelayMs: number;
  /** Delay between success and stopping the console; the client still reads the Connected status. */
  autoStopMs: number;
  /** Print the passphrase in logs (debugging only). */
  logPassphrase: boolean;
  /** Called when provisioning ends (the console should stop). */
  onStop: () => void;
}

const TAG = "app_prov";

const FAILURE_TEXT: Record<ConnectFailure, string> = {
  "auth": "Wi-Fi station authentication failed",
  "not-found": "Wi-Fi access-point not found",
};

export class ProvisioningManager {
  #options: ManagerOptions;
  #state: ProvisioningState = "waiting";
  #pending: WifiCredentials | undefined;
  #connection: StationConnection | undefined;
  #failure: ConnectFailure | undefined;
  #timer: TimerHandle | undefined;

  constructor(options: ManagerOptions) {
    this.#options = options;
  }

  get state(): ProvisioningState {
    return this.#state;
  }

  status(): StationStatus {
    switch (this.#state) {
      case "connecting": return { state: "connecting" };
      case "connected":
      case "stopped":
        if (this.#connection && this.#pending)
          return { state: "connected", connection: this.#connection, ssid: this.#pending.ssid };
        return { state: "disconnected" };
      case "failed": return { state: "failed", reason: this.#failure ?? "not-found" };
      default: return { state: "disconnected" };
    }
  }

  /** Accepts credentials before any attempt, or after a failed one (a retry needs no reset). */
  setConfig(credentials: WifiCredentials): RequestStatus {
    if (this.#state !== "waiting" && this.#state !== "received" && this.#state !== "failed") {
      this.#options.log.error(TAG, `credentials refused: provisioning is ${this.#state}`);
      return "invalid-state";
    }
    this.#pending = credentials;
    this.#failure = undefined;
    this.#state = "received";
    const { passphrase } = credentials;
    const shown = this.#options.logPassphrase ? utf8Decode(passphrase) : "******** (hidden; set logPassphrase=true to show it)";
    this.#options.log.info("app_prov_handler", `Received Wi-Fi credentials\n\tSSID     : ${utf8Decode(credentials.ssid)}\n\tPassword : ${shown}`);
    return "ok";
  }

  applyConfig(): RequestStatus {
    if (this.#state !== "received" || !this.#pending) {
      this.#options.log.error(TAG, `apply refused: ${this.#state === "connecting" ? "already connecting" : "no credentials received"}`);
      return "invalid-state";
    }
    this.#state = "connecting";
    this.#options.log.info("app_prov_handler", "Wi-Fi credentials applied");
    const credentials = this.#pending;
    this.#schedule(() => this.#connect(credentials), this.#options.applyDelayMs);
    return "ok";
  }

  /** Ends provisioning at once (the app calls it on shutdown, the auto-stop timer after success). */
  stop(): void {
    if (this.#state === "stopped") return;
    this.#cancelTimer();
    if (this.#state === "connecting") this.#options.wifi.disconnect();
    this.#state = "stopped";
    this.#options.log.info(TAG, "Provisioning stopped");
    this.#options.onStop();
  }

  #connect(credentials: WifiCredentials): void {
    this.#options.log.info(TAG, `Connecting to ${utf8Decode(credentials.ssid)}`);
    this.#options.wifi.connect(
      { ssid: credentials.ssid, passphrase: credentials.passphrase, bssid: credentials.bssid, channel: credentials.channel },
      {
        connected: (connection) => {
          if (this.#state !== "connecting" || this.#pending !== credentials) return;
          this.#succeed(connection, credentials);
        },
        failed: (reason) => {
          if (this.#state !== "connecting" || this.#pending !== credentials) return;
          this.#fail(reason);
        },
      },
    );
  }

  #succeed(connection: StationConnection, credentials: WifiCredentials): void {
    const { log, store, autoStopMs } = this.#options;
    this.#connection = connection;
    this.#state = "connected";
    log.info(TAG, `Connected with IP Address:${connection.ip4}`);
    try {
      store.save(credentials);
      log.info(TAG, "Provisioning successful; credentials saved");
    } catch (error) {
      log.error(TAG, `Provisioning successful, but saving the credentials failed: ${(error as Error).message}`);
    }
    log.info(TAG, `Stopping provisioning in ${Math.round(autoStopMs / 1000)} s`);
    this.#schedule(() => this.stop(), autoStopMs);
  }

  #fail(reason: ConnectFailure): void {
    this.#failure = reason;
    this.#state = "failed";
    this.#options.wifi.disconnect();
    this.#options.log.error(TAG, `Provisioning failed!\n\tReason : ${FAILURE_TEXT[reason]}\n\tSend new credentials to retry`);
  }

  #schedule(callback: () => void, ms: number): void {
    this.#cancelTimer();
    this.#timer = this.#options.timers.set(() => {
      this.#timer = undefined;
      callback();
    }, ms);
  }

  #cancelTimer(): void {
    if (this.#timer !== undefined) this.#options.timers.clear(this.#timer);
    this.#timer = undefined;
  }
}
