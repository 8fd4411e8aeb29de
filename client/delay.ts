// A pause on the platform's timers (XS has no global setTimeout; the ports bring one).
import type { Timers } from "../modules/ports.js";

export function delay(timers: Timers, ms: number): Promise<void> {
  return new Promise((resolve) => { timers.set(resolve, ms); });
}
