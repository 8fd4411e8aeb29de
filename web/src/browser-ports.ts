// The two platform ports the provisioning client needs, from the browser: timers and a random source
// (the Web Crypto API's, never Math.random).
import type { Random, TimerHandle, Timers } from "../../modules/ports.js";

export const browserTimers: Timers = {
  set: (callback, ms) => setTimeout(callback, ms),
  clear: (handle: TimerHandle) => clearTimeout(handle as number),
};

/** getRandomValues fills at most 65536 bytes a call. */
export const browserRandom: Random = {
  fill(bytes) {
    for (let offset = 0; offset < bytes.length; offset += 65536)
      crypto.getRandomValues(bytes.subarray(offset, Math.min(bytes.length, offset + 65536)) as Uint8Array<ArrayBuffer>);
  },
};
