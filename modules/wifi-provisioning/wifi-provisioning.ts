// The component's public face, what ESP-IDF's wifi_prov_mgr is to its example: an app creates one
// WiFiProvisioning, asks whether the device is provisioned, starts console provisioning (esp_prov's protocol,
// and Improv where allowed) or joins the stored network, hears what happens through callbacks (called with
// the instance as `this`, as Moddable's ECMA-419 objects do), and ends provisioning to have its memory back.
// Only what the README's API table lists is here; the machinery is the private ProvisioningCore.
import type { EndpointHandler } from "../protocomm/protocomm.js";
import type { AppInfo } from "../protocomm/version.js";
import type { Logger } from "../log/logger.js";
import { grantInternals } from "./internals.js";
import { ProvisioningCore, type EndOptions, type ProvisioningConfig, type WiFiProvisioningOptions } from "./provisioning-core.js";

export type { EndOptions, Platform, ProvisioningConfig, WiFiProvisioningOptions } from "./provisioning-core.js";
export { FIRMWARE_NAME, FIRMWARE_VERSION } from "./provisioning-core.js";
export type { DisconnectReason, WiFiProvisioningEvents } from "./events.js";

export class WiFiProvisioning {
  #core: ProvisioningCore;

  static {
    grantInternals((face) => (#core in face ? face.#core : undefined));
  }

  /**
   * wifi_prov_mgr_init: checks the configuration (throws a ConfigError naming a bad key); starts nothing.
   * Throws a PreloadError when called while Moddable preloads the module (at build time).
   */
  constructor(options: WiFiProvisioningOptions<WiFiProvisioning>) {
    this.#core = new ProvisioningCore(options as WiFiProvisioningOptions, this);
  }

  /** ESP-IDF-style lines on the console: log.info(tag, text) is ESP_LOGI. */
  get log(): Logger {
    return this.#core.log;
  }

  /** wifi_prov_mgr_is_provisioned: a valid network is stored. A corrupt record is reported and counts as none. */
  get provisioned(): boolean {
    return this.#core.provisioned;
  }

  /** Joins the stored network and keeps it (retrying every 5 s); onConnected / onDisconnected follow. */
  connect(): void {
    this.#core.connect();
  }

  /**
   * wifi_prov_mgr_start_provisioning: the console takes esp_prov's requests (and Improv its frames, where
   * on). `overrides` takes the config keys, checked the same way; a bad one throws a ConfigError and nothing starts.
   */
  start(overrides?: ProvisioningConfig): void {
    this.#core.start(overrides);
  }

  /** wifi_prov_mgr_stop_provisioning: the console closes; onEnd follows. A joined network stays joined. */
  stop(): void {
    this.#core.stop();
  }

  /**
   * wifi_prov_mgr_deinit: lets go of everything provisioning holds, the console too unless `keepConsole`;
   * the station and its two callbacks stay. start() and connect() throw from then on.
   */
  end(options?: EndOptions): void {
    this.#core.end(options);
  }

  /** wifi_prov_mgr_reset_provisioning: forget the stored network. */
  reset(): void {
    this.#core.reset();
  }

  /** wifi_prov_mgr_reset_sm_state_for_reprovision: take new credentials again; false when provisioning is not running. */
  reprovision(): boolean {
    return this.#core.reprovision();
  }

  /** An endpoint of the app's own, encrypted by the session; served at once if provisioning runs; throws after end(). */
  addEndpoint(name: string, handler: EndpointHandler): void {
    this.#core.addEndpoint(name, handler);
  }

  /** wifi_prov_mgr_set_app_info: an entry of the app's own in the proto-ver JSON; throws after end(). */
  setAppInfo(label: string, info: AppInfo): void {
    this.#core.setAppInfo(label, info);
  }
}
