// Which board answered: the proto-ver reply's app entries (wifi_prov_mgr_set_app_info's shape) are searched
// for a "mac:<address>" capability, as the reference firmware puts there (modules/protocomm/version.ts
// boardAppInfo). The entry's label names the firmware and its "ver" is the firmware's version. A reply
// without one (esp_prov's own firmware, ESP-IDF's example) leaves the board to be named by its port.
import { utf8Decode } from "../modules/util/utf8.js";

export interface BoardIdentity {
  /** Lowercase with colons ("24:0a:c4:12:34:56"); absent when the firmware does not say. */
  mac?: string;
  /** The app entry's label and version, from the entry carrying the MAC (else the first app entry). */
  firmware?: string;
  firmwareVersion?: string;
  /** The prov object's sec_ver, when the reply says it. */
  securityVersion?: number;
}

const MAC = /^mac:([0-9a-f]{2}(?::[0-9a-f]{2}){5})$/i;

/** Reads a proto-ver reply; anything that is not JSON with objects gives an empty identity. */
export function readBoardIdentity(reply: Uint8Array | string): BoardIdentity {
  let json: unknown;
  try {
    json = JSON.parse(typeof reply === "string" ? reply : utf8Decode(reply));
  } catch {
    return {};
  }
  if (!json || typeof json !== "object" || Array.isArray(json)) return {};
  const identity: BoardIdentity = {};
  const prov = (json as Record<string, unknown>).prov;
  if (prov && typeof prov === "object" && typeof (prov as { sec_ver?: unknown }).sec_ver === "number")
    identity.securityVersion = (prov as { sec_ver: number }).sec_ver;
  for (const [label, entry] of Object.entries(json as Record<string, unknown>)) {
    if (label === "prov" || !entry || typeof entry !== "object") continue;
    const { ver, cap } = entry as { ver?: unknown; cap?: unknown };
    const mac = Array.isArray(cap) ? cap.map((c) => (typeof c === "string" ? MAC.exec(c)?.[1] : undefined)).find(Boolean) : undefined;
    if (mac || identity.firmware === undefined) {
      identity.firmware = label;
      identity.firmwareVersion = typeof ver === "string" ? ver : undefined;
    }
    if (mac) {
      identity.mac = mac.toLowerCase();
      break;
    }
  }
  return identity;
}
