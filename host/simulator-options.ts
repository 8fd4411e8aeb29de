// The simulator's command line: the device config keys (checked by modules/config, as on a board) plus
// the simulator's own, which are checked just as strictly: a typo must not silently mean a default.
import { createHash } from "node:crypto";
import { resolve } from "node:path";
import { ConfigError, DEFAULT_CONFIG, parseBoolean, parseConfig, wholeNumber, type DeviceConfig } from "../modules/config/config.js";
import { DEFAULT_ACCESS_POINTS, type SimulatedAccessPoint } from "../adapters/simulated/wifi.js";
import { quoteForLog } from "../modules/log/escape.js";
import { normalizeMac } from "../modules/protocomm/version.js";
import { utf8Encode } from "../modules/util/utf8.js";

export const SIMULATOR_KEYS: Record<string, string> = {
  stateDir: "folder holding the simulated flash (default .sim-state)",
  eraseFlash: "true: erase the simulated flash before boot",
  aps: "access points as ssid:passphrase[,ssid:passphrase...] (default: myssid:mypassword and four neighbours)",
  connectDelayMs: "how long a connection attempt takes (default 1500)",
  mac: "the board's MAC address, told in proto-ver's app entry (default: one derived from stateDir, stable across runs)",
};

export interface SimulatorOptions {
  config: DeviceConfig;
  stateDir: string;
  eraseFlash: boolean;
  accessPoints: SimulatedAccessPoint[];
  connectDelayMs: number;
  mac: string;
}

export function usage(): string {
  const lines = ["usage: npm start -- [key=value ...]", "device config (manifest.json \"config\"):"];
  for (const [key, value] of Object.entries(DEFAULT_CONFIG)) lines.push(`  ${key}=${JSON.stringify(value)}`);
  lines.push("simulator:");
  for (const [key, text] of Object.entries(SIMULATOR_KEYS)) lines.push(`  ${key}: ${text}`);
  return lines.join("\n");
}

export class UnknownArgumentError extends Error {
  constructor(readonly argument: string) {
    super(`unknown argument ${quoteForLog(argument)}`);
  }
  override get name(): string {
    return "UnknownArgumentError";
  }
}

/** key=value arguments; throws a ConfigError naming the first bad one. `--help` is the caller's. */
export function splitArguments(argv: string[]): Record<string, string> {
  const raw: Record<string, string> = {};
  for (const arg of argv) {
    const at = arg.indexOf("=");
    const key = at > 0 ? arg.slice(0, at).replace(/^--/, "") : "";
    if (!key || !(key in DEFAULT_CONFIG || key in SIMULATOR_KEYS)) throw new UnknownArgumentError(arg);
    raw[key] = arg.slice(at + 1);
  }
  return raw;
}

/** The whole command line, checked before the simulator touches its flash. */
export function parseSimulatorOptions(raw: Record<string, string>): SimulatorOptions {
  const config = parseConfig(raw);
  const stateDir = raw.stateDir ?? ".sim-state";
  if (!stateDir) throw new ConfigError("stateDir", "is empty");
  return {
    config,
    stateDir,
    eraseFlash: parseBoolean(raw, "eraseFlash", false),
    accessPoints: raw.aps === undefined ? DEFAULT_ACCESS_POINTS : parseAccessPoints(raw.aps),
    connectDelayMs: wholeNumber(raw, "connectDelayMs", 1500, 0, 600000),
    mac: raw.mac === undefined ? stableMac(stateDir) : checkedMac(raw.mac),
  };
}

/** ssid:passphrase[,...]: an SSID of 1 to 32 bytes, a passphrase empty (open) or of 8 to 63 characters. */
export function parseAccessPoints(text: string): SimulatedAccessPoint[] {
  const entries = text.split(",");
  if (entries.some((entry) => !entry)) throw new ConfigError("aps", "has an empty entry");
  return entries.map((entry, index) => {
    const at = entry.indexOf(":");
    const ssid = at < 0 ? entry : entry.slice(0, at);
    const passphrase = at < 0 ? "" : entry.slice(at + 1);
    const ssidBytes = utf8Encode(ssid).length;
    if (ssidBytes < 1 || ssidBytes > 32) throw new ConfigError("aps", `entry ${index + 1}: the SSID must be 1 to 32 bytes`);
    if (passphrase && (passphrase.length < 8 || passphrase.length > 63))
      throw new ConfigError("aps", `entry ${index + 1}: a passphrase must be 8 to 63 characters (or none, for an open network)`);
    const base = DEFAULT_ACCESS_POINTS[0];
    const bssid = new Uint8Array(base.bssid);
    bssid[5] = (bssid[5] + index) & 255;
    return { ...base, ssid, passphrase, bssid, authMode: passphrase ? base.authMode : 0, rssi: base.rssi - 7 * index };
  });
}

function checkedMac(text: string): string {
  const mac = normalizeMac(text);
  if (!mac) throw new ConfigError("mac", "must be six bytes in hex, e.g. 02:00:00:00:00:01");
  return mac;
}

/**
 * Each simulated board its own MAC, the same every run: a hash of its flash folder, as a locally
 * administered unicast address (first byte x2), so it never looks like a real Espressif board's.
 */
export function stableMac(stateDir: string): string {
  const hash = createHash("sha256").update(resolve(stateDir)).digest();
  hash[0] = (hash[0] & 0xfc) | 0x02;
  return normalizeMac(hash.subarray(0, 6).toString("hex"))!;
}
