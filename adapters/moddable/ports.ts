// Moddable adapters for the small ports: timers, clock, random, preferences.
import Preference from "preference";
import Timer from "timer";
import fillRandom from "./hardware-random.js";
import type { Clock, PreferenceValue, Preferences, Random, TimerHandle, Timers } from "../../modules/ports.js";

// The SDK's own typings and ours differ in detail: adapters use the shapes they rely on.
const timer = Timer as unknown as { set(callback: () => void, ms: number): object; clear(id: object): void };
const preference = Preference as unknown as {
  get(domain: string, key: string): PreferenceValue | undefined;
  set(domain: string, key: string, value: PreferenceValue): void;
  delete(domain: string, key: string): void;
};

export const moddableTimers: Timers = {
  set: (callback, ms) => timer.set(() => callback(), ms),
  clear: (handle: TimerHandle) => timer.clear(handle as object),
};

export function moddableClock(): Clock {
  const start = Date.now();
  return { now: () => Date.now() - start };
}

export const hardwareRandom: Random = {
  fill: (bytes) => fillRandom(bytes),
};

/** NVS on ESP32 (domain and key at most 15 characters), a JSON file on lin. */
export const moddablePreferences: Preferences = {
  get: (domain, key) => preference.get(domain, key),
  set: (domain, key, value) => preference.set(domain, key, value),
  delete: (domain, key) => preference.delete(domain, key),
};
