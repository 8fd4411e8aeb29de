// proto-ver: the only endpoint a client can call before anything else. Three generations of esp_prov ask
// it different questions, so the answer depends on the request, as PROTOCOL.md section 7 describes.
import { utf8Decode, utf8Encode } from "../util/utf8.js";

/** The seed-era client (ESP-IDF v3.2-beta) sends its version string and expects exactly SUCCESS. */
export const LEGACY_VERSION = "V0.1";
/** wifi_provisioning's manager version (ESP-IDF v3.3 to v5.5), what "ver" says by default. */
export const MANAGER_VERSION = "v1.1";
/**
 * network_provisioning's manager version (idf-extra-components, the esp_prov of ESP-IDF v6). Its Wi-Fi
 * messages are wifi_provisioning's, field for field, so a client checking `--proto_ver netprov-v1.2`
 * gets this version back; every other request gets MANAGER_VERSION, which v5.5 clients may check.
 */
export const NETWORK_MANAGER_VERSION = "netprov-v1.2";
/**
 * network_provisioning advertises "wifi_prov" (then "wifi_scan") for a Wi-Fi device; its esp_prov warns
 * "The device might be using previous wifi_provisioning" without it. Older clients ignore it.
 */
export const WIFI_PROV_CAPABILITY = "wifi_prov";

export interface AppInfo {
  ver: string;
  /** Omitted from the JSON when absent, as wifi_prov_mgr_set_app_info with no capabilities. */
  cap?: string[];
}

export interface VersionInfo {
  securityVersion: number;
  securityPatchVersion: number;
  /** Security capabilities first ("no_sec", "no_pop"), then service ones ("wifi_scan"). */
  capabilities: string[];
  /** Extra top-level objects, as ESP-IDF's wifi_prov_mgr_set_app_info. */
  apps?: Record<string, AppInfo>;
}

/**
 * A board's identity as a proto-ver app entry (wifi_prov_mgr_set_app_info's shape, so every esp_prov reads
 * past it): the firmware's version as "ver" and the MAC address as a "mac:<address>" capability, lowercase
 * with colons. A batch client names each board by it whichever port it is on (client/board-identity.ts).
 * Without a MAC (a platform that has none) the entry still carries the version.
 */
export function boardAppInfo(firmwareVersion: string, mac?: string): AppInfo {
  const address = mac ? normalizeMac(mac) : undefined;
  return address ? { ver: firmwareVersion, cap: [`mac:${address}`] } : { ver: firmwareVersion };
}

/** "A4:D1:8C:DB:C0:20", "a4-d1-8c-db-c0-20" or "a4d18cdbc020" as "a4:d1:8c:db:c0:20"; undefined if not a MAC. */
export function normalizeMac(text: string): string | undefined {
  const digits = text.trim().toLowerCase().replace(/[:-]/g, "");
  if (!/^[0-9a-f]{12}$/.test(digits)) return undefined;
  return digits.replace(/(..)(?!$)/g, "$1:");
}

function quote(text: string): string {
  return JSON.stringify(text);
}

function printObject(entries: [string, string][], depth: number): string {
  const inner = "\t".repeat(depth + 1);
  const lines = entries.map(([key, value]) => `${inner}${quote(key)}:\t${value}`);
  return `{\n${lines.join(",\n")}\n${"\t".repeat(depth)}}`;
}

function printCapabilities(cap: string[]): string {
  return `[${cap.map(quote).join(", ")}]`;
}

/** The JSON in cJSON_Print's layout (tabs, "key":<tab>value), as an ESP-IDF device prints it. */
export function versionJson(info: VersionInfo, version = MANAGER_VERSION): string {
  const prov = printObject([
    ["ver", quote(version)],
    ["sec_ver", String(info.securityVersion)],
    ["sec_patch_ver", String(info.securityPatchVersion)],
    ["cap", printCapabilities(info.capabilities)],
  ], 1);
  const top: [string, string][] = [["prov", prov]];
  for (const [label, app] of Object.entries(info.apps ?? {}))
    top.push([label, printObject(app.cap ? [["ver", quote(app.ver)], ["cap", printCapabilities(app.cap)]] : [["ver", quote(app.ver)]], 1)]);
  return printObject(top, 0);
}

export function createVersionHandler(info: () => VersionInfo): (request: Uint8Array) => Uint8Array {
  return (request) => {
    const text = utf8Decode(request);
    if (text === LEGACY_VERSION) return utf8Encode("SUCCESS");
    return utf8Encode(versionJson(info(), text === NETWORK_MANAGER_VERSION ? NETWORK_MANAGER_VERSION : MANAGER_VERSION));
  };
}
