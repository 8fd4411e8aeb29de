// The firmware: read the configuration (manifest.json "config", overridable on the mcconfig command
// line), open the console UART, and boot the provisioning application, as ESP-IDF's example does.
import config from "mc/config";
// Before the linker freezes the generated protobuf classes into flash, make them freezable.
import "./modules/platform/moddable/messages-in-flash.js";
import { Application } from "./modules/app/application.js";
import { createExampleCustomData } from "./modules/app/custom-data.js";
import { ConfigError, parseConfig } from "./modules/config/config.js";
import { openConsolePort, parseConsolePortConfig } from "./modules/config/console-port.js";
import { escapeForLog } from "./modules/log/escape.js";
import { moddableCrypto } from "./modules/platform/moddable/crypto.js";
import { MbedtlsArithmetic, mbedtlsCrypto } from "./modules/platform/moddable/native-crypto/mbedtls-crypto.js";
import { hardwareRandom, moddableClock, moddablePreferences, moddableTimers } from "./modules/platform/moddable/ports.js";
import { SerialConsole } from "./modules/platform/moddable/serial-console.js";
import { ModdableWifiStation } from "./modules/platform/moddable/wifi-station.js";
import { CompactArithmetic } from "./modules/security/srp/arithmetic.js";
import { N } from "./modules/security/srp/group.js";

const raw = config as Record<string, unknown>;

/** One clear line and no provisioning: a wrong configuration is never replaced by a silent default. */
function bootError(error: unknown): string {
  return `E (0) app: ${error instanceof ConfigError ? error.message : `boot failed: ${escapeForLog(String((error as Error)?.message ?? error), 200)}`}`;
}

function boot(): void {
  const port = parseConsolePortConfig(raw);
  let app: Application | undefined;
  const serial = openConsolePort(port, () => new SerialConsole(port, (bytes) => app?.receive(bytes)));
  try {
    const deviceConfig = parseConfig(raw);
    // mbedTLS in C (the chip's MPI unit for SRP) unless nativeCrypto=false asks for the JS path.
    const native = deviceConfig.nativeCrypto;
    app = new Application({
      output: serial,
      clock: moddableClock(),
      timers: moddableTimers,
      random: hardwareRandom,
      preferences: moddablePreferences,
      wifi: new ModdableWifiStation(),
      crypto: native ? mbedtlsCrypto : moddableCrypto,
      arithmetic: native ? new MbedtlsArithmetic(N) : new CompactArithmetic(N),
    }, deviceConfig);
    app.log.info("app", `crypto: ${native ? "native mbedTLS" : "JS"}`);
    app.addEndpoint("custom-data", createExampleCustomData(app.log));
    app.boot();
  } catch (error) {
    // A release build discards trace(): say it on the console too, where the user is looking.
    serial.write(`${bootError(error)}\r\n`);
    app = undefined;
    throw error;
  }
}

// Preloaded (manifest.json): this module and everything it imports are run at build time and kept in
// flash, not in the XS heap. The runtime calls the default export at launch; only then does it boot.
export default function main(): void {
  try {
    boot();
  } catch (error) {
    trace(`${bootError(error)}\n`);
  }
}
