// Reading proto-ver replies the way esp_prov does: JSON with a "prov" object carries the capabilities;
// anything else (a bare version string, the v3.2 device's SUCCESS) means a device without them.
import { utf8Decode } from "../modules/util/utf8.js";

export interface VersionReply {
  text: string;
  /** The "prov" object, when the reply is JSON that has one. */
  prov?: { ver?: unknown; sec_ver?: unknown; sec_patch_ver?: unknown; cap?: unknown };
}

export function readVersionReply(reply: Uint8Array): VersionReply {
  const text = utf8Decode(reply);
  try {
    const json = JSON.parse(text);
    if (json && typeof json === "object" && json.prov && typeof json.prov === "object") return { text, prov: json.prov };
  } catch {
    // Not JSON: a device from before capabilities (ESP-IDF v3.2).
  }
  return { text };
}

/** The cap list, or undefined when the reply carries none (esp_prov: "could not be determined"). */
export function capabilities(reply: VersionReply): string[] | undefined {
  const cap = reply.prov?.cap;
  return Array.isArray(cap) ? cap.filter((c): c is string => typeof c === "string") : undefined;
}

/** sec_patch_ver, 0 when absent or not JSON (firmware from before the field). */
export function securityPatchVersion(reply: VersionReply): number {
  const patch = reply.prov?.sec_patch_ver;
  return typeof patch === "number" ? patch : 0;
}

/**
 * esp_prov's --proto_ver check: the reply equals the version (case-insensitive) or is JSON whose
 * prov.ver does. We also take the v3.2-beta device's SUCCESS, which only answers its own version.
 */
export function versionMatches(reply: VersionReply, version: string): boolean {
  const want = version.toLowerCase();
  if (reply.text.trim().toLowerCase() === want || reply.text === "SUCCESS") return true;
  return typeof reply.prov?.ver === "string" && reply.prov.ver.toLowerCase() === want;
}
