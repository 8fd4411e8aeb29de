// The provisioning state machine, after ESP-IDF's wifi_prov_mgr:
//   waiting → received (SetConfig) → connecting (ApplyConfig) → connected → stopped
//                                        ↘ failed → (new SetConfig, or CtrlReset) …
// connected → (CtrlReprov) waiting: new credentials after a success, before the console stops.
// Credentials are stored only once the station has connected, so a failed attempt never replaces
// credentials that worked. After success the console stops after autoStopMs (unless autoStop is off).
import type { Logger } from "../log/logger.js";
import type { ConnectFailure, StationConnection, Timers, TimerHandle, WifiStation } from "../ports.js";
import type { CredentialStore, WifiCredentials } from "./credential-store.js";
import { escapeForLog } from "../log/escape.js";

export type ProvisioningState = "waiting" | "received" | "connecting" | "connected" | "failed" | "stopped";

export type StationStatus =
  | { state: "disconnected" }
  | { state: "connecting"; attemptsRemaining?: number }
  | { state: "connected"; connection: StationConnection; ssid: Uint8Array }
  | { state: "failed"; reason: ConnectFailure };

export type RequestStatus = "ok" | "invalid-state";

/** Who sent the pending credentials: an esp_prov session, or an Improv client. */
export type CredentialSource = "protocomm" | "improv";

export interface ManagerOptions {
  wifi: WifiStation;
  store: CredentialStore;
  timers: Timers;
  log: Logger;
  /** Delay between the ApplyConfig reply and the connect, so the reply reaches the client first. */
  applyDelayMs: number;
  /** Stop the console after a success (off: stay up for CtrlReprov). */
  autoStop: boolean;
  /** Delay between success and stopping the console; the client still reads the Connected status. */
  autoStopMs: number;
  /** Connection attempts per ApplyConfig; between them GetStatus reports attempt_failed. */
  connectAttempts: number;
  /** Print the passphrase in logs (debugging only). */
  logPassphrase: boolean;
  /** Called when provisioning ends (the console should stop). */
  onStop: () => void;
  /** Called after every state change (Improv reports the state to its client). */
  onStateChange?: (state: ProvisioningState) => void;
  /** The connection provisioning made went down after it succeeded. */
  onLost?: () => void;
}

const TAG = "app_prov";
const RETRY_DELAY_MS = 1000;

const FAILURE_TEXT: Record<ConnectFailure, string> = {
  "auth": "Wi-Fi station authentication failed",
  "not-found": "Wi-Fi access-point not found",
};

export class ProvisioningManager {
  #options: ManagerOptions;
  #state: ProvisioningState = "waiting";
  #pending: WifiCredentials | undefined;
  #pendingFrom: CredentialSource | undefined;
  #connection: StationConnection | undefined;
  #failure: ConnectFailure | undefined;
  #timer: TimerHandle | undefined;
  #attemptsRemaining: number | undefined;

  constructor(options: ManagerOptions) {
    this.#options = options;
  }

  get state(): ProvisioningState {
    return this.#state;
  }

  status(): StationStatus {
    switch (this.#state) {
      case "connecting": return { state: "connecting", attemptsRemaining: this.#attemptsRemaining };
      case "connected":
      case "stopped":
        if (this.#connection && this.#pending)
          return { state: "connected", connection: this.#connection, ssid: this.#pending.ssid };
        return { state: "disconnected" };
      case "failed": return { state: "failed", reason: this.#failure ?? "not-found" };
      default: return { state: "disconnected" };
    }
  }

  /** The SSID of the credentials now pending (for events: never the passphrase). */
  get pendingSsid(): Uint8Array | undefined {
    return this.#pending?.ssid;
  }

  /** Who sent the credentials now pending, while there are any. */
  get credentialsFrom(): CredentialSource | undefined {
    return this.#pending ? this.#pendingFrom : undefined;
  }

  /** Accepts credentials before any attempt, or after a failed one (a retry needs no reset). */
  setConfig(credentials: WifiCredentials, from: CredentialSource = "protocomm"): RequestStatus {
    if (this.#state !== "waiting" && this.#state !== "received" && this.#state !== "failed") {
      this.#options.log.error(TAG, `credentials refused: provisioning is ${this.#state}`);
      return "invalid-state";
    }
    this.#pending = credentials;
    this.#pendingFrom = from;
    this.#failure = undefined;
    this.#enter("received");
    const { passphrase } = credentials;
    const shown = this.#options.logPassphrase ? escapeForLog(passphrase) : "******** (hidden; set logPassphrase=true to show it)";
    this.#options.log.info("app_prov_handler", `Received Wi-Fi credentials\n\tSSID     : ${escapeForLog(credentials.ssid)}\n\tPassword : ${shown}`);
    return "ok";
  }

  applyConfig(): RequestStatus {
    if (this.#state !== "received" || !this.#pending) {
      this.#options.log.error(TAG, `apply refused: ${this.#state === "connecting" ? "already connecting" : "no credentials received"}`);
      return "invalid-state";
    }
    this.#enter("connecting");
    this.#options.log.info("app_prov_handler", "Wi-Fi credentials applied");
    const credentials = this.#pending;
    this.#attemptsRemaining = undefined;
    this.#schedule(() => this.#connect(credentials, 1), this.#options.applyDelayMs);
    return "ok";
  }

  /** CtrlReset: forget the attempt and accept new credentials. Refused once provisioning succeeded. */
  reset(): RequestStatus {
    if (this.#state === "connected" || this.#state === "stopped") {
      this.#options.log.error(TAG, `reset refused: provisioning is ${this.#state} (reprovision instead)`);
      return "invalid-state";
    }
    this.#backToWaiting("reset");
    return "ok";
  }

  /** CtrlReprov: after a success, accept new credentials instead of stopping. */
  reprovision(): RequestStatus {
    if (this.#state === "waiting") return "ok";
    if (this.#state !== "connected") {
      this.#options.log.error(TAG, `reprovision refused: provisioning is ${this.#state}`);
      return "invalid-state";
    }
    this.#backToWaiting("reprovision");
    return "ok";
  }

  #backToWaiting(why: string): void {
    const wasConnecting = this.#state === "connecting";
    this.#cancelTimer();
    if (wasConnecting) this.#options.wifi.disconnect();
    this.#pending = undefined;
    this.#failure = undefined;
    this.#attemptsRemaining = undefined;
    this.#enter("waiting");
    this.#options.log.info(TAG, `Provisioning state ${why}: send new credentials`);
  }

  /** Ends provisioning at once (the app calls it on shutdown, the auto-stop timer after success). */
  stop(): void {
    if (this.#state === "stopped") return;
    this.#cancelTimer();
    if (this.#state === "connecting") this.#options.wifi.disconnect();
    this.#enter("stopped");
    this.#options.log.info(TAG, "Provisioning stopped");
    this.#options.onStop();
  }

  #connect(credentials: WifiCredentials, attempt: number): void {
    this.#options.log.info(TAG, `Connecting to ${escapeForLog(credentials.ssid)}${attempt > 1 ? ` (attempt ${attempt})` : ""}`);
    this.#options.wifi.connect(
      { ssid: credentials.ssid, passphrase: credentials.passphrase, bssid: credentials.bssid, channel: credentials.channel },
      {
        connected: (connection) => {
          if (this.#state !== "connecting" || this.#pending !== credentials) return;
          this.#succeed(connection, credentials);
        },
        lost: () => {
          if ((this.#state !== "connected" && this.#state !== "stopped") || this.#pending !== credentials) return;
          // Down is down, as ESP-IDF's manager reports it: GetStatus and Improv no longer say connected.
          this.#connection = undefined;
          this.#options.onLost?.();
        },
        failed: (reason) => {
          if (this.#state !== "connecting" || this.#pending !== credentials) return;
          const remaining = this.#options.connectAttempts - attempt;
          if (remaining <= 0) return this.#fail(reason);
          this.#attemptsRemaining = remaining;
          this.#options.log.warn(TAG, `Connection attempt ${attempt} failed (${FAILURE_TEXT[reason]}); ${remaining} left`);
          this.#schedule(() => this.#connect(credentials, attempt + 1), RETRY_DELAY_MS);
        },
      },
    );
  }

  #succeed(connection: StationConnection, credentials: WifiCredentials): void {
    const { log, store, autoStopMs } = this.#options;
    this.#connection = connection;
    this.#attemptsRemaining = undefined;
    this.#enter("connected");
    log.info(TAG, `Connected with IP Address:${connection.ip4}`);
    try {
      store.save(credentials);
      log.info(TAG, "Provisioning successful; credentials saved");
    } catch (error) {
      log.error(TAG, `Provisioning successful, but saving the credentials failed: ${(error as Error).message}`);
    }
    if (!this.#options.autoStop) return;
    log.info(TAG, `Stopping provisioning in ${Math.round(autoStopMs / 1000)} s`);
    this.#schedule(() => this.stop(), autoStopMs);
  }

  #fail(reason: ConnectFailure): void {
    this.#failure = reason;
    this.#attemptsRemaining = undefined;
    this.#enter("failed");
    this.#options.wifi.disconnect();
    this.#options.log.error(TAG, `Provisioning failed!\n\tReason : ${FAILURE_TEXT[reason]}\n\tSend new credentials to retry`);
  }

  #enter(state: ProvisioningState): void {
    this.#state = state;
    this.#options.onStateChange?.(state);
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
