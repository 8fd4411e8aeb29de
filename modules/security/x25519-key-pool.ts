// Security 1's device key pair for the next session, made while the console is idle. Command 0 then
// needs one X25519 scalar multiplication (the shared secret) instead of two: on XS each is ~1 M
// computrons, 0.25–0.4 s on an ESP32 (see npm run bench and the README).
//
// One pair at most, each used once: take() hands it over (the caller wipes the private key after use)
// and the next one is made after the console has been quiet for idleMs, from a timer, so it never runs
// inside a request. With no pair ready (no timers given, or a client faster than the idle delay) take()
// makes one on the spot: the random draws are the same, in the same order (32 bytes of private key,
// before anything command 0 draws itself), which keeps the recorded sessions byte for byte.
import type { Clock, Random, TimerHandle, Timers } from "../ports.js";
import { wipe } from "../util/bytes.js";
import type { CryptoProvider } from "../crypto/provider.js";

const KEY_LENGTH = 32;
/** Quiet time before a new pair is made: esp_prov sends a session's requests back to back, then polls every 5 s. */
export const DEFAULT_IDLE_MS = 1000;

export interface X25519KeyPair {
  privateKey: Uint8Array;
  publicKey: Uint8Array;
}

export interface X25519KeyPoolOptions {
  crypto: CryptoProvider;
  random: Random;
  /** The platform's timers and clock: without both every pair is made on demand. */
  timers?: Timers;
  clock?: Clock;
  idleMs?: number;
}

export class X25519KeyPool {
  #crypto: CryptoProvider;
  #random: Random;
  #timers: Timers | undefined;
  #clock: Clock | undefined;
  /** When the console was last busy: the idle timer checks it rather than being set anew on every request. */
  #busyAt = 0;
  #idleMs: number;
  #ready: X25519KeyPair | undefined;
  #timer: TimerHandle | undefined;
  #disposed = false;

  constructor(options: X25519KeyPoolOptions) {
    this.#crypto = options.crypto;
    this.#random = options.random;
    this.#timers = options.timers;
    this.#clock = options.clock;
    this.#idleMs = options.idleMs ?? DEFAULT_IDLE_MS;
    this.activity();
  }

  /** Whether a pair is waiting (for tests and the bench). */
  get ready(): boolean {
    return this.#ready !== undefined;
  }

  /** The waiting pair, or a new one made now. The caller owns it and wipes its private key. */
  take(): X25519KeyPair {
    const pair = this.#ready ?? this.#make();
    this.#ready = undefined;
    this.activity();
    return pair;
  }

  /**
   * The console is busy: the next pair waits until it has been quiet for idleMs. Only the time is noted;
   * one timer runs, and when it fires early (activity since) it waits the rest, so a request costs no
   * timer of the platform's (on Moddable each set and clear is a call into the host's event loop).
   */
  activity(): void {
    const clock = this.#clock;
    if (!this.#timers || !clock || this.#disposed || this.#ready) return;
    this.#busyAt = clock.now();
    if (this.#timer === undefined) this.#wait(this.#idleMs);
  }

  #wait(ms: number): void {
    this.#timer = this.#timers!.set(() => {
      this.#timer = undefined;
      const quiet = this.#clock!.now() - this.#busyAt;
      if (quiet < this.#idleMs) this.#wait(this.#idleMs - quiet);
      else this.refill();
    }, ms);
  }

  /** Makes the next pair now if none is waiting (what the idle timer does once the console is quiet). */
  refill(): void {
    if (!this.#disposed && !this.#ready) this.#ready = this.#make();
  }

  /** Wipes a waiting pair; the next is made on demand or after the next idle time. */
  discard(): void {
    if (this.#ready) wipe(this.#ready.privateKey);
    this.#ready = undefined;
    this.activity();
  }

  /** Wipes a waiting private key and makes no more in the background (provisioning has ended). */
  dispose(): void {
    this.#disposed = true;
    if (this.#timer !== undefined) this.#timers?.clear(this.#timer);
    this.#timer = undefined;
    if (this.#ready) wipe(this.#ready.privateKey);
    this.#ready = undefined;
  }

  #make(): X25519KeyPair {
    const privateKey = new Uint8Array(KEY_LENGTH);
    this.#random.fill(privateKey);
    return { privateKey, publicKey: this.#crypto.x25519PublicKey(privateKey) };
  }
}
