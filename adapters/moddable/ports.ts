// Moddable adapters for the small ports: timers, clock, random. Preferences differ by platform: esp32/ and lin/.
import Timer from "timer";
import fillRandom from "./hardware-random.js";
import type { Clock, Random, TimerHandle, Timers } from "../../modules/ports.js";

// The SDK's own typings and ours differ in detail: adapters use the shapes they rely on.
const timer = Timer as unknown as { set(callback: () => void, ms: number): object; clear(id: object): void };

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
