// The component as a Moddable app imports it: WiFiProvisioning with the board's ports filled in. The console
// UART, Wi-Fi, flash, timers, random and crypto come from Moddable's modules; the configuration from
// mc/config (the manifest's "config", overridden on the mcconfig command line), then from the options. An app:
//
//   import WiFiProvisioning from "esp-console-prov";
//   export default function main() {
//     const provisioning = new WiFiProvisioning({ onConnected({ ssid, ip }) { this.log.info("app", ip); } });
//     if (provisioning.provisioned) provisioning.connect(); else provisioning.start();
//   }
//
// Before the linker freezes the generated protobuf classes into flash, make them freezable.
import "./messages-in-flash.js";
import config from "mc/config";
import { DEFAULT_CONFIG, bootErrorText, parseBoolean } from "../../modules/config/config.js";
import { openConsolePort, parseConsolePortConfig } from "../../modules/config/console-port.js";
import { CompactArithmetic } from "../../modules/srp/arithmetic.js";
import { N } from "../../modules/srp/group.js";
import {
  WiFiProvisioning as PortableProvisioning, type ProvisioningConfig, type WiFiProvisioningOptions,
} from "../../modules/wifi-provisioning/wifi-provisioning.js";
import { assertNotPreloading, type ProvisioningCore } from "../../modules/wifi-provisioning/provisioning-core.js";
import { internalsOf } from "../../modules/wifi-provisioning/internals.js";
import { preloading } from "./preload.js";
import { moddableCrypto } from "./crypto.js";
import { MbedtlsArithmetic, mbedtlsCrypto } from "./native-crypto/mbedtls-crypto.js";
import { hardwareRandom, moddableClock, moddableTimers } from "./ports.js";
// By manifest key: manifest_provisioning.json maps it to esp32/preferences (NVS) or lin/preferences (a file).
import { moddablePreferences } from "esp-console-prov/adapters/moddable/preferences";
import { SerialConsole } from "./serial-console.js";
import { ModdableWifiStation } from "./wifi-station.js";

export type { EndOptions, ProvisioningConfig } from "../../modules/wifi-provisioning/wifi-provisioning.js";
export type { DisconnectReason, WiFiProvisioningEvents } from "../../modules/wifi-provisioning/events.js";

/** The component's keys and, on a board, the console UART's (README, Configuration). */
export interface ModdableConfig extends ProvisioningConfig {
  consolePort?: 0 | 1 | 2;
  consoleBaud?: number;
  consoleTx?: number;
  consoleRx?: number;
  /** lin: the console's tty (a pseudo terminal). */
  consoleDevice?: string;
}

export interface ModdableProvisioningOptions extends Omit<WiFiProvisioningOptions<WiFiProvisioning>, "platform" | "config"> {
  /** Keys over mc/config's, checked the same way (e.g. { securityVersion: 2, sec2Username: ... }). */
  config?: ModdableConfig;
}

/** The one line a wrong configuration gets, on the console where the user looks (a release build has no trace). */
export function bootErrorLine(error: unknown): string {
  return `E (0) app: ${bootErrorText(error)}`;
}

/** Receives the console's bytes once the instance exists (the UART opens first, so its errors can be printed). */
interface Receiver { target?: ProvisioningCore }

function open(options: ModdableProvisioningOptions, receiver: Receiver): WiFiProvisioningOptions<WiFiProvisioning> {
  const raw = { ...(config as Record<string, unknown>), ...options.config };
  const port = parseConsolePortConfig(raw);
  const serial = openConsolePort(port, () => new SerialConsole(port, (bytes) => receiver.target?.receive(bytes)));
  // mbedTLS in C (the chip's MPI unit for SRP) unless nativeCrypto=false asks for the JS path. A bad value
  // is reported by the configuration check in the constructor, on this console, with every other key's.
  let native = DEFAULT_CONFIG.nativeCrypto;
  try {
    native = parseBoolean(raw, "nativeCrypto", native);
  } catch {
    // the constructor says which key and why
  }
  return {
    ...options,
    config: raw as ProvisioningConfig,
    platform: {
      preloading,
      output: serial,
      clock: moddableClock(),
      timers: moddableTimers,
      random: hardwareRandom,
      preferences: moddablePreferences,
      wifi: new ModdableWifiStation(),
      crypto: native ? mbedtlsCrypto : moddableCrypto,
      arithmetic: native ? new MbedtlsArithmetic(N) : new CompactArithmetic(N),
    },
  };
}

export default class WiFiProvisioning extends PortableProvisioning {
  /**
   * Opens the console UART and checks the configuration. A bad key, or a UART that cannot open, throws a
   * ConfigError after printing its one line on the console (when the console could open).
   */
  constructor(options: ModdableProvisioningOptions = {}) {
    // Before the UART: at build time opening it would fail, and blame the port.
    assertNotPreloading({ preloading }, "new WiFiProvisioning()");
    const receiver: Receiver = {};
    const wired = open(options, receiver);
    try {
      super(wired);
    } catch (error) {
      wired.platform.output.write(`${bootErrorLine(error)}\r\n`);
      throw error;
    }
    receiver.target = internalsOf(this);
    this.log.info("app", `crypto: ${wired.platform.crypto === mbedtlsCrypto ? "native mbedTLS" : "JS"}`);
  }
}
