// Slows down proof-of-possession and password guessing. After `maxFailures` failed handshakes in a row
// the device refuses new handshakes for `lockoutMs`, doubling with each further failure (up to 64x).
// The count belongs to the device, not to a session, so changing the session id does not reset it;
// only a successful handshake does. The cost: a user who mistypes the PoP five times waits 30 s.
import type { Clock } from "../ports.js";

const MAX_DOUBLINGS = 6;

export interface GuessLimitOptions {
  clock: Clock;
  maxFailures: number;
  lockoutMs: number;
}

export class GuessLimit {
  #options: GuessLimitOptions;
  #failures = 0;
  #lockedUntil = 0;

  constructor(options: GuessLimitOptions) {
    this.#options = options;
  }

  /** Milliseconds left in the current lockout, or 0. */
  remainingMs(): number {
    return Math.max(0, this.#lockedUntil - this.#options.clock.now());
  }

  /** Records a failed proof; returns the lockout it starts, in ms (0 when none). */
  recordFailure(): number {
    this.#failures++;
    const over = this.#failures - this.#options.maxFailures;
    if (over < 0) return 0;
    const lockout = this.#options.lockoutMs * 2 ** Math.min(over, MAX_DOUBLINGS);
    this.#lockedUntil = this.#options.clock.now() + lockout;
    return lockout;
  }

  recordSuccess(): void {
    this.#failures = 0;
    this.#lockedUntil = 0;
  }

  get failures(): number {
    return this.#failures;
  }
}
