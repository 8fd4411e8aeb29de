// The preferences port on a board: Moddable's `preference`, which on ESP32 is NVS (each call opens the
// namespace, reads or writes, commits; domain and key at most 15 characters). It keeps no state in
// JavaScript, so preloading it changes nothing (unlike the SDK's lin version: ../lin/preferences.ts).
import Preference from "preference";
import type { PreferenceValue, Preferences } from "esp-console-prov/modules/ports";

// The SDK's own typings and ours differ in detail: the adapter uses the shape it relies on.
const preference = Preference as unknown as {
  get(domain: string, key: string): PreferenceValue | undefined;
  set(domain: string, key: string, value: PreferenceValue): void;
  delete(domain: string, key: string): void;
};

export const moddablePreferences: Preferences = {
  get: (domain, key) => preference.get(domain, key),
  set: (domain, key, value) => preference.set(domain, key, value),
  delete: (domain, key) => preference.delete(domain, key),
};
