// The simulated device: the firmware's portable modules on Node, with stdin/stdout as the UART, a JSON
// file as flash and a list of imaginary access points as the radio.
//
//   npm start -- [key=value ...]     keys: those of manifest.json "config", plus the simulator's own below
import { resolve } from "node:path";
import { Application } from "../modules/app/application.js";
import { createExampleCustomData } from "../modules/app/custom-data.js";
import { ConfigError, DEFAULT_CONFIG, parseConfig } from "../modules/config/config.js";
import { FilePreferences, nodeClock, nodeRandom, nodeTimers, streamOutput } from "../modules/platform/node/ports.js";
import { DEFAULT_ACCESS_POINTS, SimulatedWifi, type SimulatedAccessPoint } from "../modules/platform/simulated/wifi.js";
import { nobleCrypto } from "../modules/security/crypto/noble.js";

const SIMULATOR_KEYS: Record<string, string> = {
  stateDir: "folder holding the simulated flash (default .sim-state)",
  eraseFlash: "true: erase the simulated flash before boot",
  aps: "access points as ssid:passphrase[,ssid:passphrase...] (default: myssid:mypassword and four neighbours)",
  connectDelayMs: "how long a connection attempt takes (default 1500)",
};

function usage(): string {
  const lines = ["usage: npm start -- [key=value ...]", "device config (manifest.json \"config\"):"];
  for (const [key, value] of Object.entries(DEFAULT_CONFIG)) lines.push(`  ${key}=${JSON.stringify(value)}`);
  lines.push("simulator:");
  for (const [key, text] of Object.entries(SIMULATOR_KEYS)) lines.push(`  ${key}: ${text}`);
  return lines.join("\n");
}

function parseArgs(argv: string[]): Record<string, string> {
  const raw: Record<string, string> = {};
  for (const arg of argv) {
    if (arg === "--help" || arg === "-h") {
      console.log(usage());
      process.exit(0);
    }
    const at = arg.indexOf("=");
    const key = at > 0 ? arg.slice(0, at).replace(/^--/, "") : "";
    if (!key || !(key in DEFAULT_CONFIG || key in SIMULATOR_KEYS)) {
      console.error(`unknown argument "${arg}"\n${usage()}`);
      process.exit(2);
    }
    raw[key] = arg.slice(at + 1);
  }
  return raw;
}

function parseAccessPoints(text: string): SimulatedAccessPoint[] {
  return text.split(",").filter(Boolean).map((entry, index) => {
    const at = entry.indexOf(":");
    const ssid = at < 0 ? entry : entry.slice(0, at);
    const passphrase = at < 0 ? "" : entry.slice(at + 1);
    const base = DEFAULT_ACCESS_POINTS[0];
    const bssid = new Uint8Array(base.bssid);
    bssid[5] = (bssid[5] + index) & 255;
    return { ...base, ssid, passphrase, bssid, authMode: passphrase ? base.authMode : 0, rssi: base.rssi - 7 * index };
  });
}

const raw = parseArgs(process.argv.slice(2));
let config;
try {
  config = parseConfig(raw);
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(`E (0) app: ${error.message}`);
    process.exit(2);
  }
  throw error;
}

const stateDir = resolve(raw.stateDir ?? ".sim-state");
const preferences = new FilePreferences(resolve(stateDir, "nvs.json"));
if (raw.eraseFlash === "true") {
  for (const key of ["cred0", "cred1"]) preferences.delete("wifiprov", key);
}
const connectDelayMs = raw.connectDelayMs ? Number(raw.connectDelayMs) : 1500;
const wifi = new SimulatedWifi(nodeTimers, raw.aps ? parseAccessPoints(raw.aps) : DEFAULT_ACCESS_POINTS, connectDelayMs);

const app = new Application({
  output: streamOutput(process.stdout),
  clock: nodeClock(),
  timers: nodeTimers,
  random: nodeRandom,
  preferences,
  wifi,
  crypto: nobleCrypto,
}, config);

app.addEndpoint("custom-data", createExampleCustomData(app.log));

const interactive = process.stdin.isTTY;
const QUIT = 0x1d; // Ctrl-], as in idf.py monitor
app.log.info("sim", `simulated ESP32; flash in ${stateDir}${interactive ? "; Ctrl-] quits" : ""}`);
app.boot();

if (interactive) process.stdin.setRawMode(true);
process.stdin.on("data", (chunk: Buffer) => {
  if (interactive && chunk.includes(QUIT)) process.exit(0);
  app.receive(new Uint8Array(chunk));
});
process.stdin.on("end", async () => {
  await app.console?.whenIdle();
  process.exit(0);
});
