// The device configuration, like ESP-IDF's menuconfig: defaults in manifest.json's "config", overridden on
// the mcconfig command line (values then arrive as strings) or as key=value arguments to the simulator.
// Every value is checked; a bad one stops boot with one message naming the key, never a silent default.
import { escapeErrorForLog, escapeForLog, quoteForLog } from "../log/escape.js";
import { sec2CredentialProblem } from "../srp/credentials.js";
import { fromHex } from "../util/hex.js";
import { utf8Encode } from "../util/utf8.js";

export interface DeviceConfig {
  /** 0, 1 or 2. */
  securityVersion: number;
  /** Security 1 proof of possession; empty for none. */
  pop: string;
  /** Erase stored credentials at boot and provision again. */
  resetProvisioning: boolean;
  /** Stop the console after a success; off keeps it up so a client can reprovision. */
  autoStop: boolean;
  /** Delay between a successful connection and stopping the console. */
  autoStopMs: number;
  /** Connection attempts per ApplyConfig before reporting failure. */
  connectAttempts: number;
  /** Delay between the ApplyConfig reply and the connection attempt. */
  applyDelayMs: number;
  /** Failed handshakes (wrong PoP or password) in a row before new ones are refused for a while. */
  maxHandshakeFailures: number;
  /** The first refusal period; it doubles with each further failure. */
  lockoutMs: number;
  /** Print the Wi-Fi passphrase in logs (debugging only). */
  logPassphrase: boolean;
  /** Longest console line accepted. */
  consoleLineMax: number;
  sec2Username: string;
  /** Hex, as printed by the salt/verifier generator. */
  sec2Salt: string;
  sec2Verifier: string;
  /** 1: counter nonce (current esp_prov); 0: the old fixed IV. */
  sec2PatchVersion: number;
  /**
   * Improv Wi-Fi serial beside protocomm on the console. Improv has no proof of possession, so "auto" turns it
   * on only where it weakens nothing (security 0); true turns it on whatever the security, said at boot.
   */
  improv: ImprovSetting;
  /** The device name Improv reports (until a client sets another). */
  deviceName: string;
  /** Improv's redirect URL after provisioning; "{LOCAL_IPV4}" becomes the station's address. */
  improvUrl: string;
  /** Firmware only: X25519 and SRP's modular exponentiation in C over mbedTLS; false runs them in JS. */
  nativeCrypto: boolean;
}

export type ImprovSetting = "auto" | boolean;

export const DEFAULT_CONFIG: DeviceConfig = {
  securityVersion: 1,
  pop: "abcd1234",
  resetProvisioning: false,
  autoStop: true,
  autoStopMs: 30000,
  connectAttempts: 1,
  applyDelayMs: 1000,
  maxHandshakeFailures: 5,
  lockoutMs: 30000,
  logPassphrase: false,
  consoleLineMax: 2048,
  sec2Username: "",
  sec2Salt: "",
  sec2Verifier: "",
  sec2PatchVersion: 1,
  improv: "auto",
  deviceName: "esp-console-prov",
  improvUrl: "",
  nativeCrypto: true,
};

export class ConfigError extends Error {
  constructor(readonly key: string, message: string) {
    super(`config ${key}: ${message}`);
  }
  // An accessor, not an assignment: on a device Error.prototype is frozen (preloaded) and assigning a name throws.
  override get name(): string {
    return "ConfigError";
  }
}

type Raw = Record<string, unknown>;

/**
 * What stopped boot, for its one E line ("E (0) app: …"): a ConfigError names its key; anything else is
 * "boot failed" with its message escaped. The board and the simulator print the same words.
 */
export function bootErrorText(error: unknown): string {
  return error instanceof ConfigError ? error.message : `boot failed: ${escapeErrorForLog(error, 200)}`;
}

/** A config value as a log line may show it: escaped and bounded, however long or strange it is. */
function shown(value: unknown): string {
  return typeof value === "string" ? quoteForLog(value) : escapeForLog(String(value));
}

/** A whole number from min to max; a string of digits counts (mcconfig passes overrides as strings). */
export function wholeNumber(raw: Raw, key: string, fallback: number, min: number, max: number): number {
  const value = raw[key];
  if (value === undefined) return fallback;
  const number = typeof value === "string" && /^-?[0-9]+$/.test(value.trim()) ? Number(value) : value;
  if (typeof number !== "number" || !Number.isInteger(number) || number < min || number > max)
    throw new ConfigError(key, `${shown(value)} is not a whole number from ${min} to ${max}`);
  return number;
}

function integer(raw: Raw, key: keyof DeviceConfig, min: number, max: number): number {
  return wholeNumber(raw, key, DEFAULT_CONFIG[key] as number, min, max);
}

function boolean(raw: Raw, key: keyof DeviceConfig): boolean {
  return parseBoolean(raw, key, DEFAULT_CONFIG[key] as boolean);
}

/** true or false; "true"/"false" and "1"/"0" count (mcconfig passes overrides as strings). */
export function parseBoolean(raw: Raw, key: string, fallback: boolean): boolean {
  const value = raw[key];
  if (value === undefined) return fallback;
  if (value === true || value === "true" || value === "1" || value === 1) return true;
  if (value === false || value === "false" || value === "0" || value === 0) return false;
  throw new ConfigError(key, `${shown(value)} is not true or false`);
}

function improvSetting(raw: Raw): ImprovSetting {
  const value = raw.improv;
  if (value === undefined || value === "auto") return DEFAULT_CONFIG.improv;
  try {
    return parseBoolean(raw, "improv", false);
  } catch {
    throw new ConfigError("improv", `${shown(value)} is not auto, true or false`);
  }
}

/** Whether Improv runs: "auto" only where it weakens nothing, security 0 (no proof to bypass). */
export function improvEnabled(config: Pick<DeviceConfig, "improv" | "securityVersion">): boolean {
  return config.improv === "auto" ? config.securityVersion === 0 : config.improv;
}

function text(raw: Raw, key: keyof DeviceConfig, maxLength: number, accept?: (value: string) => boolean, what?: string): string {
  const value = raw[key];
  if (value === undefined) return DEFAULT_CONFIG[key] as string;
  if (typeof value !== "string") throw new ConfigError(key, `${shown(value)} is not a string`);
  if (value.length > maxLength) throw new ConfigError(key, `longer than ${maxLength} characters`);
  if (accept && !accept(value)) throw new ConfigError(key, `is not ${what}`);
  return value;
}

// Hex is checked by the decoder itself, not a RegExp: on the ESP32-C3 image, XS's RegExp exec over the
// 768-digit verifier with a capture per digit pair could meet a compacting collection mid-match and fault
// (traced with gdb at xsRegExp.c in a nearly full chunk heap). The decoder is strict and native on XS.
const HEX = (value: string) => fromHex(value) !== undefined;
const PRINTABLE_TEXT = /^[^\x00-\x1f\x7f]*$/;
const PRINTABLE = (value: string) => PRINTABLE_TEXT.test(value);

/** Validates a raw config object (manifest values, strings from a command line). Unknown keys are ignored. */
export function parseConfig(raw: Raw): DeviceConfig {
  const config: DeviceConfig = {
    securityVersion: integer(raw, "securityVersion", 0, 2),
    pop: text(raw, "pop", 64),
    resetProvisioning: boolean(raw, "resetProvisioning"),
    autoStop: boolean(raw, "autoStop"),
    autoStopMs: integer(raw, "autoStopMs", 0, 24 * 3600 * 1000),
    connectAttempts: integer(raw, "connectAttempts", 1, 20),
    applyDelayMs: integer(raw, "applyDelayMs", 0, 60000),
    maxHandshakeFailures: integer(raw, "maxHandshakeFailures", 1, 1000),
    lockoutMs: integer(raw, "lockoutMs", 0, 3600 * 1000),
    logPassphrase: boolean(raw, "logPassphrase"),
    consoleLineMax: integer(raw, "consoleLineMax", 256, 16384),
    sec2Username: text(raw, "sec2Username", 64),
    sec2Salt: text(raw, "sec2Salt", 128, HEX, "hex"),
    sec2Verifier: text(raw, "sec2Verifier", 768, HEX, "hex"),
    sec2PatchVersion: integer(raw, "sec2PatchVersion", 0, 1),
    improv: improvSetting(raw),
    deviceName: text(raw, "deviceName", 64, PRINTABLE, "printable text"),
    improvUrl: text(raw, "improvUrl", 200, PRINTABLE, "printable text"),
    nativeCrypto: boolean(raw, "nativeCrypto"),
  };
  if (config.securityVersion === 2) {
    if (!config.sec2Username) throw new ConfigError("sec2Username", "required for securityVersion 2");
    if (!config.sec2Salt) throw new ConfigError("sec2Salt", "required for securityVersion 2 (npm run sec2-credentials)");
    if (!config.sec2Verifier) throw new ConfigError("sec2Verifier", "required for securityVersion 2 (npm run sec2-credentials)");
    checkSec2Credentials(config);
  }
  return config;
}

/** Security 2's salt and verifier as bytes, refused with a ConfigError when no device should accept them. */
export function checkSec2Credentials(config: DeviceConfig): { username: Uint8Array; salt: Uint8Array; verifier: Uint8Array } {
  const username = utf8Encode(config.sec2Username);
  const salt = fromHex(config.sec2Salt) ?? new Uint8Array(0);
  const verifier = fromHex(config.sec2Verifier) ?? new Uint8Array(0);
  const problem = sec2CredentialProblem(username, salt, verifier);
  if (problem) throw new ConfigError(problem.key, problem.message);
  return { username, salt, verifier };
}
