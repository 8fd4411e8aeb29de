// The device application, the same on a board and in the simulator: at boot, either join the stored
// network or run console provisioning until a network works (as ESP-IDF's provisioning example).
import { parseConfig, type DeviceConfig } from "../config/config.js";
import { Logger, type LogLevel } from "../log/logger.js";
import type { Clock, Preferences, Random, TextOutput, Timers, WifiStation } from "../platform/ports.js";
import { GuessLimit } from "../protocomm/guess-limit.js";
import { Protocomm } from "../protocomm/protocomm.js";
import type { EndpointHandler } from "../protocomm/protocomm.js";
import { WIFI_PROV_CAPABILITY, createVersionHandler, type AppInfo } from "../protocomm/version.js";
import { CredentialStore, credentialsProblem, type WifiCredentials } from "../provisioning/credential-store.js";
import { ProvisioningManager } from "../provisioning/manager.js";
import { createWifiConfigHandler } from "../provisioning/wifi-config.js";
import { createWifiCtrlHandler } from "../provisioning/wifi-ctrl.js";
import { createWifiScanHandler } from "../provisioning/wifi-scan.js";
import { WifiScanner } from "../provisioning/wifi-scanner.js";
import { ImprovConsoleDemux } from "../improv/console-demux.js";
import { DeviceName } from "../improv/device-name.js";
import { FrameOutput } from "../improv/frame-output.js";
import { ImprovService, type BackendState, type DeviceInfo, type ImprovBackend } from "../improv/service.js";
import type { CryptoProvider } from "../security/crypto/provider.js";
import type { ModularArithmetic } from "../security/srp/arithmetic.js";
import { createSecurity } from "../security/factory.js";
import { ConsoleTransport } from "../transport/console.js";
import { escapeForLog } from "../log/escape.js";

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
  /** What Improv's device info reports as the chip (default "ESP32"), and the optional OS fields. */
  chipFamily?: string;
  osName?: string;
  osVersion?: string;
}

const TAG = "app";
const RECONNECT_MS = 5000;
export const FIRMWARE_NAME = "esp-console-prov";
export const FIRMWARE_VERSION = "0.1.0";
const IMPROV_SCAN = { blocking: true, passive: false, groupChannels: 0, periodMs: 120 };

export class Application {
  readonly log: Logger;
  readonly store: CredentialStore;
  #platform: Platform;
  #config: DeviceConfig;
  #endpoints = new Map<string, EndpointHandler>();
  #appInfo: Record<string, AppInfo> = {};
  /** Outlives provisioning restarts: guessing must not get a fresh budget. */
  #guessLimit: GuessLimit;
  #output: FrameOutput;
  /** One scanner for prov-scan and Improv, so the radio runs one scan at a time. */
  #scanner: WifiScanner | undefined;
  /** The stored network joined at boot (outside provisioning); a new generation ends its retries. */
  #station: { generation: number; state: "idle" | "joining" | "connected" | "failed"; ip4?: string } = { generation: 0, state: "idle" };
  #demux: ImprovConsoleDemux | undefined;
  improv: ImprovService | undefined;
  console: ConsoleTransport | undefined;
  protocomm: Protocomm | undefined;
  manager: ProvisioningManager | undefined;

  constructor(platform: Platform, config: DeviceConfig) {
    this.#platform = platform;
    // Checked again here, whoever built it: a bad value must stop boot before anything touches flash.
    this.#config = parseConfig(config as unknown as Record<string, unknown>);
    // Console text and Improv frames share one output, which knows whether a line is open.
    this.#output = new FrameOutput(platform.output);
    this.log = new Logger(this.#output, platform.clock, platform.logLevel);
    this.store = new CredentialStore(platform.preferences);
    this.#guessLimit = new GuessLimit({ clock: platform.clock, maxFailures: config.maxHandshakeFailures, lockoutMs: config.lockoutMs });
    const scan = platform.wifi.scan?.bind(platform.wifi);
    if (scan) this.#scanner = new WifiScanner(scan, platform.timers, this.log);
  }

  boot(): void {
    this.#startImprov();
    if (this.#config.resetProvisioning) {
      this.store.erase();
      this.log.info(TAG, "resetProvisioning: stored credentials erased");
    }
    const stored = this.store.load();
    if (stored.status === "ok") {
      this.log.info(TAG, `Already provisioned, starting Wi-Fi STA (SSID ${escapeForLog(stored.credentials.ssid)})`);
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

  /** Receives console bytes (from the UART or stdin); Improv frames are taken out first. */
  receive(data: Uint8Array | string): void {
    if (this.#demux) this.#demux.receive(data);
    else this.console?.receive(data);
  }

  startProvisioning(): void {
    const { timers, wifi, crypto, random } = this.#platform;
    const output = this.#output;
    this.#station = { generation: this.#station.generation + 1, state: "idle" };
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
      onStateChange: () => this.improv?.update(),
    });
    const scanner = this.#scanner;
    protocomm.addEndpoint("proto-ver", createVersionHandler(() => ({
      securityVersion: security.version,
      securityPatchVersion: security.patchVersion,
      capabilities: [...security.capabilities, WIFI_PROV_CAPABILITY, ...(scanner ? ["wifi_scan"] : [])],
      apps: this.#appInfo,
    })), false);
    protocomm.addEndpoint("prov-config", createWifiConfigHandler(manager, this.log), true);
    protocomm.addEndpoint("prov-ctrl", createWifiCtrlHandler(manager), true);
    if (scanner) protocomm.addEndpoint("prov-scan", createWifiScanHandler(scanner, this.log), true);
    for (const [name, handler] of this.#endpoints) protocomm.addEndpoint(name, handler, true);
    this.protocomm = protocomm;
    this.manager = manager;
    this.console = new ConsoleTransport({ output, handler: protocomm, log: this.log, maxLineLength: config.consoleLineMax });
    this.log.info("app_prov", `Provisioning started: console${this.improv ? " and Improv" : ""}, security ${security.version}${security.version === 1 ? (config.pop ? ", proof of possession required" : ", no proof of possession") : ""}`);
    this.console.start();
    this.improv?.update();
  }

  #joinStored(credentials: WifiCredentials): void {
    const { wifi, timers } = this.#platform;
    const generation = this.#station.generation;
    const current = () => this.#station.generation === generation;
    this.#station = { generation, state: "joining" };
    wifi.connect(credentials, {
      connected: (connection) => {
        if (!current()) return;
        this.#station = { generation, state: "connected", ip4: connection.ip4 };
        this.log.info(TAG, `Connected with IP Address:${connection.ip4}`);
        this.improv?.update();
      },
      failed: (reason) => {
        if (!current()) return;
        this.#station = { generation, state: "failed" };
        this.log.warn(TAG, `Disconnected (${reason === "auth" ? "authentication failed" : "access point not found"}). Connecting to the AP again...`);
        this.improv?.update();
        timers.set(() => {
          if (current()) this.#joinStored(credentials);
        }, RECONNECT_MS);
      },
    });
    this.improv?.update();
  }

  /** Improv beside protocomm on the console, for the whole uptime, when the config has it on. */
  #startImprov(): void {
    if (!this.#config.improv || this.improv) return;
    if (!this.#output.binary) {
      this.log.warn("improv", "Improv is off: this platform's console output takes text only");
      return;
    }
    const platform = this.#platform;
    const info: DeviceInfo = {
      firmwareName: FIRMWARE_NAME, firmwareVersion: FIRMWARE_VERSION, chipFamily: platform.chipFamily ?? "ESP32",
      osName: platform.osName, osVersion: platform.osVersion,
    };
    const improv = new ImprovService({
      backend: this.#improvBackend(), info, log: this.log,
      deviceName: new DeviceName(platform.preferences, this.#config.deviceName, this.log),
      redirectUrl: this.#config.improvUrl,
      send: (frame) => this.#output.writeFrame(frame),
    });
    this.improv = improv;
    this.#demux = new ImprovConsoleDemux(improv, (bytes) => this.console?.receive(bytes), platform.clock);
  }

  /** What Improv sees: the provisioning manager while it runs, else the stored network's station. */
  #improvBackend(): ImprovBackend {
    const status = (): BackendState => {
      const manager = this.manager;
      if (manager) {
        const s = manager.status();
        if (s.state === "connected") return { state: "provisioned", ip4: s.connection.ip4 };
        if (manager.state === "connecting") return { state: "provisioning" };
        if (manager.state !== "stopped") return { state: "ready", failed: manager.state === "failed" };
      }
      const station = this.#station;
      if (station.state === "connected") return { state: "provisioned", ip4: station.ip4 };
      if (station.state === "joining") return { state: "provisioning" };
      return { state: "ready" };
    };
    const join = (ssid: Uint8Array, passphrase: Uint8Array): ReturnType<ImprovBackend["join"]> => {
      const credentials = { ssid, passphrase, bssid: new Uint8Array(0), channel: 0 };
      const problem = credentialsProblem(credentials);
      if (problem) return { invalid: problem };
      let manager = this.manager;
      if (manager?.state === "connecting") return "busy";
      if (manager?.state === "connected") manager.reprovision();
      // Outside provisioning (a provisioned device, or one whose stored network fails) Improv starts it
      // again, as ESP Web Tools' "Change Wi-Fi" expects; the stored credentials stay until new ones work.
      if (!manager || manager.state === "stopped") {
        this.log.info("improv", "Improv Wi-Fi settings received: provisioning again");
        this.startProvisioning();
        manager = this.manager!;
      }
      if (manager.setConfig(credentials) !== "ok") return "busy";
      return manager.applyConfig() === "ok" ? "ok" : "busy";
    };
    const scan = async () => {
      const scanner = this.#scanner;
      if (!scanner || !(await scanner.start(IMPROV_SCAN))) return undefined;
      return scanner.results();
    };
    return { status, join, scan };
  }
}
