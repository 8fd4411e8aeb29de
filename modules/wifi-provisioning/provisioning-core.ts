// What is behind the component's face (wifi-provisioning.ts): the console, protocomm, the provisioning
// manager, Improv, the credential store and the station, wired on the platform's ports. The app never sees
// this class; its port feeds it the console's bytes (receive), and tests and the simulator reach it through
// internals.ts. The same class runs on a board (adapters/moddable builds the ports from Moddable's modules
// and mc/config), in the simulator and in the tests (ports of their own).
import { DEFAULT_CONFIG, improvEnabled, parseConfig, type DeviceConfig } from "../config/config.js";
import { Logger, type LogLevel } from "../log/logger.js";
import { escapeForLog } from "../log/escape.js";
import type { Clock, Preferences, Random, TextOutput, Timers, WifiStation } from "../ports.js";
import { GuessLimit } from "../protocomm/guess-limit.js";
import { Protocomm, type EndpointHandler } from "../protocomm/protocomm.js";
import { WIFI_PROV_CAPABILITY, createVersionHandler, type AppInfo } from "../protocomm/version.js";
import { CredentialStore } from "../provisioning/credential-store.js";
import { ProvisioningManager, type ProvisioningState } from "../provisioning/manager.js";
import { createWifiConfigHandler } from "../provisioning/wifi-config.js";
import { createWifiCtrlHandler } from "../provisioning/wifi-ctrl.js";
import { createWifiScanHandler } from "../provisioning/wifi-scan.js";
import { WifiScanner } from "../provisioning/wifi-scanner.js";
import { ImprovConsoleDemux } from "../improv/console-demux.js";
import { DeviceName } from "../improv/device-name.js";
import { FrameOutput } from "../improv/frame-output.js";
import { ImprovService } from "../improv/service.js";
import type { CryptoProvider } from "../crypto/provider.js";
import type { ModularArithmetic } from "../srp/arithmetic.js";
import { createSecurity } from "../security/factory.js";
import { ConsoleTransport } from "../transport/console.js";
import { utf8Decode } from "../util/utf8.js";
import type { DisconnectReason, WiFiProvisioningEvents } from "./events.js";
import { improvBackend } from "./improv-backend.js";
import { ProvisioningRadio, RECONNECT_MS, Station } from "./station.js";

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
  /**
   * True while the code runs at build time rather than on the device: Moddable runs a preloaded module's
   * top level in its linker, where no serial port, radio or flash exists. Absent where there is no such time.
   */
  preloading?(): boolean;
}

/**
 * The config keys (README, Configuration), each with its own type: what an app passes in `options.config`
 * or to `start()`. mc/config's values (strings from mcconfig's command line) are read by the port, untyped.
 * Derived from DeviceConfig, so a new key is typed here too; the two numbers with few values are narrowed.
 */
export type ProvisioningConfig = Partial<
  Omit<DeviceConfig, "securityVersion" | "sec2PatchVersion"> & { securityVersion: 0 | 1 | 2; sec2PatchVersion: 0 | 1 }
>;

export interface WiFiProvisioningOptions<Self = unknown> extends WiFiProvisioningEvents<Self> {
  platform: Platform;
  /** The config keys; checked as at boot, a bad one throws a ConfigError naming it. */
  config?: ProvisioningConfig;
  /** What Improv's device info reports as the firmware (default: this component's). */
  firmware?: { name: string; version: string };
}

/** What end() is asked to keep. */
export interface EndOptions {
  /** Keep the console open for the app's log lines (default: let it go, with its memory). */
  keepConsole?: boolean;
}

const TAG = "app";
export const FIRMWARE_NAME = "esp-console-prov";
export const FIRMWARE_VERSION = "0.1.0";
/** The endpoints provisioning itself serves: an app's own cannot take these names. */
const RESERVED_ENDPOINTS = ["proto-ver", "prov-session", "prov-config", "prov-ctrl", "prov-scan"];

export type LifeCycle = "idle" | "provisioning" | "ended";

/** The one line for a call made at build time (Moddable's preload), whatever the console port. */
export class PreloadError extends Error {
  constructor(what: string) {
    super(`${what} ran at build time, where Moddable preloads the module and no serial port or radio exists: create WiFiProvisioning inside your app's main(), as in export default function main() { const provisioning = new WiFiProvisioning({ ... }); }`);
    // Moddable's linker prints an error's stack before its message: the message alone is the one line.
    Object.defineProperty(this, "stack", { value: "", configurable: true, writable: true });
  }
  // XS's Error.prototype.name is frozen after preload: an own property names this error.
  override get name(): string {
    return "PreloadError";
  }
}

export function assertNotPreloading(platform: Pick<Platform, "preloading">, what: string): void {
  if (platform.preloading?.()) throw new PreloadError(what);
}

export class ProvisioningCore {
  readonly log: Logger;
  readonly store: CredentialStore;
  #platform: Platform;
  #options: WiFiProvisioningOptions;
  /** What the app's callbacks get as `this`: the app's WiFiProvisioning. */
  #self: unknown;
  #config: DeviceConfig;
  #output: FrameOutput;
  #station: Station;
  #lifeCycle: LifeCycle = "idle";
  #endpoints: Map<string, EndpointHandler> | undefined = new Map();
  #appInfo: Record<string, AppInfo> | undefined = {};
  /** Outlives provisioning restarts: guessing must not get a fresh budget. */
  #guessLimit: GuessLimit | undefined;
  /** One scanner for prov-scan and Improv, so the radio runs one scan at a time. */
  #scanner: WifiScanner | undefined;
  #demux: ImprovConsoleDemux | undefined;
  #rejoin: ReturnType<Timers["set"]> | undefined;
  /** The radio provisioning's connections go through, so end() can let go of their callbacks. */
  #radio: ProvisioningRadio | undefined;
  improv: ImprovService | undefined;
  console: ConsoleTransport | undefined;
  protocomm: Protocomm | undefined;
  manager: ProvisioningManager | undefined;

  /** wifi_prov_mgr_init: checks the configuration (throws a ConfigError naming a bad key); starts nothing. */
  constructor(options: WiFiProvisioningOptions, self: unknown) {
    const platform = options.platform;
    assertNotPreloading(platform, "new WiFiProvisioning()");
    this.#platform = platform;
    this.#options = options;
    this.#self = self;
    // Checked whoever built it: a bad value must stop boot before anything touches flash.
    this.#config = parseConfig((options.config ?? {}) as Record<string, unknown>);
    // Console text and Improv frames share one output, which knows whether a line is open.
    this.#output = new FrameOutput(platform.output);
    this.log = new Logger(this.#output, platform.clock, platform.logLevel);
    this.store = new CredentialStore(platform.preferences);
    // The core is the station's listener (connected, disconnected below): no closures kept for it after end().
    this.#station = new Station(platform.wifi, platform.timers, this.log, this);
    if (this.#config.resetProvisioning) {
      this.store.erase();
      this.log.info(TAG, "resetProvisioning: stored credentials erased");
    }
  }

  /** The station is on a network (StationEventSink): Improv hears it, then the app. */
  connected(ssid: Uint8Array, ip: string): void {
    this.improv?.update();
    this.#options.onConnected?.call(this.#self, { ssid: utf8Decode(ssid), ip });
  }

  /** The station lost its network or could not join it (StationEventSink). */
  disconnected(ssid: Uint8Array, reason: DisconnectReason): void {
    this.improv?.update();
    this.#options.onDisconnected?.call(this.#self, { ssid: utf8Decode(ssid), reason });
  }

  /** The connection provisioning made went down: the station takes over with the stored network. */
  connectionLost(): void {
    const stored = this.store.load();
    if (stored.status === "ok") this.#station.lost(stored.credentials);
  }

  /** The configuration in force (defaults, mc/config, the options), as checked. */
  get config(): Readonly<DeviceConfig> {
    return this.#config;
  }

  /** wifi_prov_mgr_is_provisioned: a valid network is stored. A corrupt record is reported and counts as none. */
  get provisioned(): boolean {
    const stored = this.store.load();
    if (stored.status === "corrupt") this.log.error(TAG, `stored credentials unreadable (${stored.reason}), provisioning`);
    return stored.status === "ok";
  }

  get lifeCycle(): LifeCycle {
    return this.#lifeCycle;
  }

  /**
   * Joins the stored network and keeps it (retrying every 5 s); onConnected / onDisconnected follow. Improv
   * (where the config has it on) listens meanwhile, so ESP Web Tools can give the device another network.
   */
  connect(): void {
    assertNotPreloading(this.#platform, "connect()");
    this.#assertNotEnded("connect");
    this.#listenForImprov();
    const stored = this.store.load();
    if (stored.status !== "ok") throw new Error("connect: no stored network (start provisioning first)");
    this.log.info(TAG, `Already provisioned, starting Wi-Fi STA (SSID ${escapeForLog(stored.credentials.ssid)})`);
    this.#station.join(stored.credentials);
  }

  /**
   * wifi_prov_mgr_start_provisioning: the console takes esp_prov's requests (and Improv its frames, where
   * on). `overrides` takes the same keys as the config (securityVersion, pop, sec2…, improv…), checked the
   * same way; a bad one throws a ConfigError and nothing starts.
   */
  start(overrides: ProvisioningConfig = {}): void {
    assertNotPreloading(this.#platform, "start()");
    this.#assertNotEnded("start");
    if (this.manager && this.manager.state !== "stopped") return;
    if (Object.keys(overrides).length) this.#config = parseConfig({ ...this.#config, ...overrides } as Record<string, unknown>);
    this.#listenForImprov();
    this.#station.leave();
    const { timers, crypto, random } = this.#platform;
    const wifi = (this.#radio ??= new ProvisioningRadio(this.#platform.wifi));
    const config = this.#config;
    const security = createSecurity(config, crypto, random, this.#platform.arithmetic, { timers, clock: this.#platform.clock });
    this.#guessLimit ??= new GuessLimit({ clock: this.#platform.clock, maxFailures: config.maxHandshakeFailures, lockoutMs: config.lockoutMs });
    const protocomm = new Protocomm(security, this.log, this.#guessLimit);
    const manager = new ProvisioningManager({
      wifi, timers, store: this.store, log: this.log,
      applyDelayMs: config.applyDelayMs, autoStop: config.autoStop, autoStopMs: config.autoStopMs,
      connectAttempts: config.connectAttempts, logPassphrase: config.logPassphrase,
      onStop: () => {
        this.console?.stop();
        protocomm.closeSession();
        security.dispose?.();
        if (this.#lifeCycle === "provisioning") this.#lifeCycle = "idle";
        // Last, once provisioning has let go of the console: the app may end() right here.
        this.#options.onEnd?.call(this.#self);
      },
      onStateChange: (state) => this.#provisioningChanged(manager, state),
      onLost: () => this.connectionLost(),
    });
    this.#scanner ??= this.#createScanner();
    const scanner = this.#scanner;
    protocomm.addEndpoint("proto-ver", createVersionHandler(() => ({
      securityVersion: security.version,
      securityPatchVersion: security.patchVersion,
      capabilities: [...security.capabilities, WIFI_PROV_CAPABILITY, ...(scanner ? ["wifi_scan"] : [])],
      apps: this.#appInfo ?? {},
    })), false);
    protocomm.addEndpoint("prov-config", createWifiConfigHandler(manager, this.log), true);
    protocomm.addEndpoint("prov-ctrl", createWifiCtrlHandler(manager), true);
    if (scanner) protocomm.addEndpoint("prov-scan", createWifiScanHandler(scanner, this.log), true);
    for (const [name, handler] of this.#endpoints ?? []) protocomm.addEndpoint(name, handler, true);
    this.protocomm = protocomm;
    this.manager = manager;
    this.console = new ConsoleTransport({ output: this.#output, handler: protocomm, log: this.log, maxLineLength: config.consoleLineMax });
    this.#lifeCycle = "provisioning";
    this.log.info("app_prov", `Provisioning started: console${this.improv ? " and Improv" : ""}, security ${security.version}${security.version === 1 ? (config.pop ? ", proof of possession required" : ", no proof of possession") : ""}`);
    this.console.start();
    this.improv?.update();
    this.#options.onStart?.call(this.#self, { securityVersion: security.version, improv: !!this.improv });
  }

  /** wifi_prov_mgr_stop_provisioning: the console closes; onEnd follows. A joined network stays joined. */
  stop(): void {
    this.manager?.stop();
  }

  /**
   * wifi_prov_mgr_deinit: stops provisioning if it runs and lets go of everything it holds (console, sessions,
   * keys, the scan table, Improv, timers), so the app has that memory back. What stays is the station on
   * the network and its two callbacks, and the console only if `keepConsole` asks for it (for the app's log
   * lines; else `log` writes nothing from here on). The instance takes no more requests: start() and
   * connect() throw.
   */
  end(options: EndOptions = {}): void {
    if (this.#lifeCycle === "ended") return;
    this.stop();
    this.#cancelRejoin();
    this.#scanner?.cancel();
    this.#radio?.release(this);
    this.#lifeCycle = "ended";
    this.console = undefined;
    this.protocomm = undefined;
    this.manager = undefined;
    this.improv = undefined;
    this.#demux = undefined;
    this.#scanner = undefined;
    this.#guessLimit = undefined;
    this.#endpoints = undefined;
    this.#appInfo = undefined;
    if (options.keepConsole) {
      this.log.info("app_prov", "Provisioning ended: its memory is released; the console stays open for the app's log lines");
    } else {
      this.log.info("app_prov", "Provisioning ended: its memory is released, the console too");
      this.#output.release();
    }
    // What stays is what the station and the log need. The configuration (its strings, the security 2
    // verifier), the SRP arithmetic, every callback but the station's and, let go, the console served only
    // provisioning.
    const { onConnected, onDisconnected } = this.#options;
    this.#platform = { ...this.#platform, arithmetic: undefined, output: options.keepConsole ? this.#platform.output : this.#output };
    this.#options = { platform: this.#platform, onConnected, onDisconnected };
    this.#config = DEFAULT_CONFIG;
  }

  /** wifi_prov_mgr_reset_provisioning: forget the stored network (it takes effect at the next start or boot). */
  reset(): void {
    this.store.erase();
    this.log.info(TAG, "Stored credentials erased");
  }

  /**
   * wifi_prov_mgr_reset_sm_state_for_reprovision: after a success (autoStop off, or before it stops), take new
   * credentials again; also after a failure, forget the attempt. Returns false when provisioning is not running.
   */
  reprovision(): boolean {
    const manager = this.manager;
    if (!manager || manager.state === "stopped") return false;
    return (manager.state === "connected" ? manager.reprovision() : manager.reset()) === "ok";
  }

  /**
   * wifi_prov_mgr_endpoint_create + register: an application endpoint (e.g. "custom-data"), encrypted by the
   * session; the handler gets and returns plaintext. Before start() it is served from the start; while
   * provisioning runs it is served from the next request; it stays for a later start(). After end() it throws.
   */
  addEndpoint(name: string, handler: EndpointHandler): void {
    const endpoints = this.#endpoints;
    if (!endpoints) throw new Error(`addEndpoint("${escapeForLog(name, 40)}"): provisioning has ended (add endpoints before end())`);
    if (RESERVED_ENDPOINTS.includes(name) || endpoints.has(name))
      throw new Error(`addEndpoint("${escapeForLog(name, 40)}"): ${endpoints.has(name) ? "already added" : "provisioning's own endpoint"}`);
    endpoints.set(name, handler);
    if (this.#lifeCycle === "provisioning") this.protocomm?.addEndpoint(name, handler, true);
  }

  /** wifi_prov_mgr_set_app_info: an extra proto-ver entry, in the next proto-ver reply. After end() it throws. */
  setAppInfo(label: string, info: AppInfo): void {
    if (!this.#appInfo) throw new Error(`setAppInfo("${escapeForLog(label, 40)}"): provisioning has ended`);
    this.#appInfo[label] = info;
  }

  /** Console bytes from the UART (or stdin); Improv frames are taken out first. Ignored after end(). */
  receive(data: Uint8Array | string): void {
    if (this.#demux) this.#demux.receive(data);
    else this.console?.receive(data);
  }

  #assertNotEnded(what: string): void {
    if (this.#lifeCycle === "ended") throw new Error(`${what}: provisioning has ended (create a new WiFiProvisioning)`);
  }

  #createScanner(): WifiScanner | undefined {
    const wifi = this.#platform.wifi;
    return wifi.scan ? new WifiScanner(wifi.scan.bind(wifi), this.#platform.timers, this.log) : undefined;
  }

  #provisioningChanged(manager: ProvisioningManager, state: ProvisioningState): void {
    const events = this.#options;
    const ssid = () => utf8Decode(manager.pendingSsid ?? new Uint8Array(0));
    if (state === "received") events.onCredentialsReceived?.call(this.#self, { ssid: ssid(), from: manager.credentialsFrom === "improv" ? "improv" : "esp_prov" });
    if (state === "connecting") {
      // The attempt takes the radio: the station (back on the stored network after a failed attempt) lets go,
      // so it neither fights the attempt nor is taken for online once the radio has left its network.
      this.#cancelRejoin();
      this.#station.leave();
    }
    if (state === "failed") {
      const status = manager.status();
      events.onCredentialsFailed?.call(this.#self, { ssid: ssid(), reason: status.state === "failed" ? status.reason : "not-found" });
      this.#backToStoredNetwork();
    }
    if (state === "connected") {
      const status = manager.status();
      const ip = status.state === "connected" ? status.connection.ip4 : "";
      events.onCredentialsSucceeded?.call(this.#self, { ssid: ssid(), ip });
      events.onConnected?.call(this.#self, { ssid: ssid(), ip });
    }
    this.improv?.update();
  }

  /**
   * New credentials failed on a device that has a network that worked: it goes back to that network after
   * the usual reconnect delay, and provisioning stays open for another try (the stored record is only
   * replaced once new credentials connect).
   */
  #backToStoredNetwork(): void {
    const stored = this.store.load();
    if (stored.status !== "ok") return;
    this.#cancelRejoin();
    this.log.warn(TAG, `New credentials failed: rejoining the stored network ${escapeForLog(stored.credentials.ssid)} in ${RECONNECT_MS / 1000} s; provisioning stays open`);
    this.#rejoin = this.#platform.timers.set(() => {
      this.#rejoin = undefined;
      if (this.manager?.state === "failed") this.#station.join(stored.credentials);
    }, RECONNECT_MS);
  }

  #cancelRejoin(): void {
    if (this.#rejoin !== undefined) this.#platform.timers.clear(this.#rejoin);
    this.#rejoin = undefined;
  }

  /**
   * Improv beside protocomm on the console, from the first connect() or start() until end(), when the config has
   * it on: by default only with security 0, since Improv carries no proof of possession. Turned on over
   * security 1 or 2, it is said once, as every trade-off the operator opts into.
   */
  #listenForImprov(): void {
    const config = this.#config;
    if (!improvEnabled(config) || this.improv) return;
    if (!this.#output.binary) {
      this.log.warn("improv", "Improv is off: this platform's console output takes text only");
      return;
    }
    const bypassed = config.securityVersion === 2 ? "the security 2 password"
      : config.securityVersion === 1 && config.pop ? "the proof of possession"
      : config.securityVersion === 1 ? "security 1's encrypted session" : undefined;
    if (bypassed) this.log.warn("app_prov", `Improv is on: any client on this port can set Wi-Fi without ${bypassed}`);
    const platform = this.#platform;
    const firmware = this.#options.firmware ?? { name: FIRMWARE_NAME, version: FIRMWARE_VERSION };
    this.#scanner ??= this.#createScanner();
    const improv = new ImprovService({
      backend: improvBackend({
        manager: () => this.manager,
        station: () => this.#station,
        scanner: () => this.#scanner,
        startProvisioning: () => {
          this.log.info("improv", "Improv Wi-Fi settings received: provisioning again");
          this.start();
          return this.manager!;
        },
      }),
      info: {
        firmwareName: firmware.name, firmwareVersion: firmware.version, chipFamily: platform.chipFamily ?? "ESP32",
        osName: platform.osName, osVersion: platform.osVersion,
      },
      log: this.log,
      deviceName: new DeviceName(platform.preferences, config.deviceName, this.log),
      redirectUrl: config.improvUrl,
      send: (frame) => this.#output.writeFrame(frame),
    });
    this.improv = improv;
    this.#demux = new ImprovConsoleDemux(improv, (bytes) => this.console?.receive(bytes), platform.clock);
  }
}
