// The device application, the same on a board and in the simulator: at boot, either join the stored
// network or run console provisioning until a network works (as ESP-IDF's provisioning example).
import type { DeviceConfig } from "../config/config.js";
import { Logger, type LogLevel } from "../log/logger.js";
import type { Clock, Preferences, Random, TextOutput, Timers, WifiStation } from "../platform/ports.js";
import { GuessLimit } from "../protocomm/guess-limit.js";
import { Protocomm } from "../protocomm/protocomm.js";
import type { EndpointHandler } from "../protocomm/protocomm.js";
import { createVersionHandler, type AppInfo } from "../protocomm/version.js";
import { CredentialStore, type WifiCredentials } from "../provisioning/credential-store.js";
import { ProvisioningManager } from "../provisioning/manager.js";
import { createWifiConfigHandler } from "../provisioning/wifi-config.js";
import { createWifiCtrlHandler } from "../provisioning/wifi-ctrl.js";
import { createWifiScanHandler } from "../provisioning/wifi-scan.js";
import { WifiScanner } from "../provisioning/wifi-scanner.js";
import type { CryptoProvider } from "../security/crypto/provider.js";
import type { ModularArithmetic } from "../security/srp/arithmetic.js";
import { createSecurity } from "../security/factory.js";
import { ConsoleTransport } from "../transport/console.js";
import { utf8Decode } from "../util/utf8.js";

export interface Platform {
  output: TextOutput;
  clock: Clock;
  timers: Timers;
  random: Random;
  preferences: Preferences;
  wifi: WifiStation;
  crypto: CryptoProvider;
  /** SRP exponentiation for security 2 (default: portable BigInt). */
  arithmetic?: ModularArithmetic;
  logLevel?: LogLevel;
}

const TAG = "app";
const RECONNECT_MS = 5000;

export class Application {
  readonly log: Logger;
  readonly store: CredentialStore;
  #platform: Platform;
  #config: DeviceConfig;
  #endpoints = new Map<string, EndpointHandler>();
  #appInfo: Record<string, AppInfo> = {};
  /** Outlives provisioning restarts: guessing must not get a fresh budget. */
  #guessLimit: GuessLimit;
  console: ConsoleTransport | undefined;
  protocomm: Protocomm | undefined;
  manager: ProvisioningManager | undefined;

  constructor(platform: Platform, config: DeviceConfig) {
    this.#platform = platform;
    this.#config = config;
    this.log = new Logger(platform.output, platform.clock, platform.logLevel);
    this.store = new CredentialStore(platform.preferences);
    this.#guessLimit = new GuessLimit({ clock: platform.clock, maxFailures: config.maxHandshakeFailures, lockoutMs: config.lockoutMs });
  }

  boot(): void {
    if (this.#config.resetProvisioning) {
      this.store.erase();
      this.log.info(TAG, "resetProvisioning: stored credentials erased");
    }
    const stored = this.store.load();
    if (stored.status === "ok") {
      this.log.info(TAG, `Already provisioned, starting Wi-Fi STA (SSID ${utf8Decode(stored.credentials.ssid)})`);
      this.#joinStored(stored.credentials);
      return;
    }
    if (stored.status === "corrupt") this.log.error(TAG, "stored credentials are corrupt; provisioning again");
    this.startProvisioning();
  }

  /**
   * An application endpoint (e.g. "custom-data"), encrypted by the session: the handler gets and
   * returns plaintext. Register before boot(), as ESP-IDF's wifi_prov_mgr_endpoint_create.
   */
  addEndpoint(name: string, handler: EndpointHandler): void {
    this.#endpoints.set(name, handler);
  }

  /** An extra proto-ver entry, as ESP-IDF's wifi_prov_mgr_set_app_info. */
  setAppInfo(label: string, info: AppInfo): void {
    this.#appInfo[label] = info;
  }

  /** Receives console bytes (from the UART or stdin). */
  receive(data: Uint8Array | string): void {
    this.console?.receive(data);
  }

  startProvisioning(): void {
    const { output, timers, wifi, crypto, random } = this.#platform;
    const config = this.#config;
    const security = createSecurity(config, crypto, random, this.#platform.arithmetic, timers);
    const protocomm = new Protocomm(security, this.log, this.#guessLimit);
    const manager = new ProvisioningManager({
      wifi, timers, store: this.store, log: this.log,
      applyDelayMs: config.applyDelayMs, autoStop: config.autoStop, autoStopMs: config.autoStopMs,
      connectAttempts: config.connectAttempts, logPassphrase: config.logPassphrase,
      onStop: () => {
        this.console?.stop();
        protocomm.closeSession();
        security.dispose?.();
      },
    });
    const scan = wifi.scan?.bind(wifi);
    protocomm.addEndpoint("proto-ver", createVersionHandler(() => ({
      securityVersion: security.version,
      securityPatchVersion: security.patchVersion,
      capabilities: [...security.capabilities, ...(scan ? ["wifi_scan"] : [])],
      apps: this.#appInfo,
    })), false);
    protocomm.addEndpoint("prov-config", createWifiConfigHandler(manager, this.log), true);
    protocomm.addEndpoint("prov-ctrl", createWifiCtrlHandler(manager), true);
    if (scan) protocomm.addEndpoint("prov-scan", createWifiScanHandler(new WifiScanner(scan, timers, this.log), this.log), true);
    for (const [name, handler] of this.#endpoints) protocomm.addEndpoint(name, handler, true);
    this.protocomm = protocomm;
    this.manager = manager;
    this.console = new ConsoleTransport({ output, handler: protocomm, log: this.log, maxLineLength: config.consoleLineMax });
    this.log.info("app_prov", `Provisioning started: console, security ${security.version}${security.version === 1 ? (config.pop ? ", proof of possession required" : ", no proof of possession") : ""}`);
    this.console.start();
  }

  #joinStored(credentials: WifiCredentials): void {
    const { wifi, timers } = this.#platform;
    wifi.connect(credentials, {
      connected: (connection) => this.log.info(TAG, `Connected with IP Address:${connection.ip4}`),
      failed: (reason) => {
        this.log.warn(TAG, `Disconnected (${reason === "auth" ? "authentication failed" : "access point not found"}). Connecting to the AP again...`);
        timers.set(() => this.#joinStored(credentials), RECONNECT_MS);
      },
    });
  }
}
