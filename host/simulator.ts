// The simulated device: the firmware's portable modules on Node, with stdin/stdout as the UART, a JSON
// file as flash and a list of imaginary access points as the radio.
//
//   npm start -- [key=value ...]     keys: those of manifest.json "config", plus the simulator's own below
import { resolve } from "node:path";
import { FIRMWARE_NAME, FIRMWARE_VERSION, WiFiProvisioning, type ProvisioningConfig } from "../modules/wifi-provisioning/wifi-provisioning.js";
import { internalsOf } from "../modules/wifi-provisioning/internals.js";
import { boardAppInfo } from "../modules/protocomm/version.js";
import { createExampleCustomData } from "../custom-data.js";
import { ConfigError, bootErrorText } from "../modules/config/config.js";
import { escapeForLog } from "../modules/log/escape.js";
import { FilePreferences, nodeClock, nodeRandom, nodeTimers, streamOutput } from "../adapters/node/ports.js";
import { SimulatedWifi } from "../adapters/simulated/wifi.js";
import { nobleCrypto } from "../modules/crypto/noble.js";
import { parseSimulatorOptions, splitArguments, UnknownArgumentError, usage, type SimulatorOptions } from "./simulator-options.js";

/** One E line, as the firmware prints it, and exit: a config error is the user's to fix, never a stack trace. */
function bootFailed(error: unknown): never {
  process.stderr.write(`E (0) app: ${bootErrorText(error)}\n`);
  process.exit(error instanceof ConfigError ? 2 : 1);
}

const argv = process.argv.slice(2);
if (argv.includes("--help") || argv.includes("-h")) {
  console.log(usage());
  process.exit(0);
}
let options: SimulatorOptions;
try {
  options = parseSimulatorOptions(splitArguments(argv));
} catch (error) {
  if (error instanceof UnknownArgumentError) {
    process.stderr.write(`E (0) sim: ${error.message}\n${usage()}\n`);
    process.exit(2);
  }
  bootFailed(error);
}
const { config } = options;

const stateDir = resolve(options.stateDir);
const preferences = new FilePreferences(resolve(stateDir, "nvs.json"));
if (options.eraseFlash) {
  for (const key of ["cred0", "cred1"]) preferences.delete("wifiprov", key);
}
const wifi = new SimulatedWifi(nodeTimers, options.accessPoints, options.connectDelayMs);

let app: WiFiProvisioning;
try {
  app = new WiFiProvisioning({
    platform: {
      output: streamOutput(process.stdout),
      clock: nodeClock(),
      timers: nodeTimers,
      random: nodeRandom,
      preferences,
      wifi,
      crypto: nobleCrypto,
    },
    // Checked already (parseConfig): a DeviceConfig's values are the keys' own types.
    config: config as ProvisioningConfig,
  });
} catch (error) {
  bootFailed(error);
}

app.addEndpoint("custom-data", createExampleCustomData(app.log));
// As the reference firmware: the board's MAC and firmware version in proto-ver, for a batch to name it by.
app.setAppInfo(FIRMWARE_NAME, boardAppInfo(FIRMWARE_VERSION, options.mac));

const interactive = process.stdin.isTTY;
const QUIT = 0x1d; // Ctrl-], as in idf.py monitor
app.log.info("sim", `simulated ESP32 ${options.mac}; flash in ${stateDir}${interactive ? "; Ctrl-] quits" : ""}`);
if (preferences.corruption !== undefined)
  app.log.error("sim", `flash file is corrupt (${escapeForLog(preferences.corruption, 120)}): it reads as erased flash`);
// The simulator is the port here: stdin's bytes go to what is behind the app's face.
const core = internalsOf(app);
try {
  // The reference firmware's boot (main.ts): join the stored network, or provision when there is none.
  if (app.provisioned) app.connect();
  else app.start();
} catch (error) {
  bootFailed(error);
}

if (interactive) process.stdin.setRawMode(true);
process.stdin.on("data", (chunk: Buffer) => {
  if (interactive && chunk.includes(QUIT)) process.exit(0);
  core.receive(new Uint8Array(chunk));
});
process.stdin.on("end", async () => {
  await core.console?.whenIdle();
  process.exit(0);
});
