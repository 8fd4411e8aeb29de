// Modular exponentiation for SRP over BigInt, which is native C on XS and cheap there. Behind an
// interface so each runtime picks its trade-off: tables for speed (Node, tests), none for RAM (firmware).
//
// Device-side security 2 needs g^b and v^u (fixed bases, known before any client arrives) and
// (A·v^u)^b (a new base each time). Figures from npm run bench are in the README.
import { MontgomeryDomain, SMALL_BASE_LIMIT, montgomeryMultiPow, montgomeryPow, montgomerySmallBasePow, normalized } from "./montgomery.js";

/**
 * SRP6a's device-side group arithmetic for one verifier, big-endian bytes in and out (results as wide
 * as the modulus, zero-padded). An arithmetic that can do it whole offers it (ModularArithmetic.srpServer),
 * so a native one keeps every step in C with no BigInt between; otherwise srp-server.ts builds it from
 * modPow and fixedBase.
 */
export interface SrpServerArithmetic {
  /** B = (k·v + g^b) mod N */
  serverPublic(b: Uint8Array): Uint8Array;
  /** The premaster secret S = (A·v^u)^b mod N; undefined when A ≡ 0 (mod N). */
  premaster(A: Uint8Array, u: Uint8Array, b: Uint8Array): Uint8Array | undefined;
}

export interface ModularArithmetic {
  /** base^exponent mod the arithmetic's modulus. */
  modPow(base: bigint, exponent: bigint): bigint;
  /**
   * Exponentiation of one base known in advance, for exponents below 2^maxBits: implementations may
   * precompute (at boot, not during a handshake).
   */
  fixedBase(base: bigint, maxBits: number): (exponent: bigint) => bigint;
  /** Optional: the whole SRP server arithmetic for generator g, multiplier k and verifier v (set up at boot). */
  srpServer?(g: Uint8Array, k: Uint8Array, verifier: Uint8Array): SrpServerArithmetic;
}

/** Plain left-to-right square-and-multiply: the reference the faster methods are tested against. */
export function squareAndMultiply(base: bigint, exponent: bigint, modulus: bigint): bigint {
  let result = 1n;
  base %= modulus;
  for (const bit of exponent.toString(2)) {
    result = (result * result) % modulus;
    if (bit === "1") result = (result * base) % modulus;
  }
  return exponent === 0n ? 1n % modulus : result;
}

/**
 * Left-to-right sliding window over odd powers (window 5): about one multiplication per six exponent
 * bits on top of the squarings, instead of one per two.
 */
export function slidingWindow(base: bigint, exponent: bigint, modulus: bigint, window = 5): bigint {
  if (exponent === 0n) return 1n % modulus;
  base %= modulus;
  const square = (base * base) % modulus;
  const odd: bigint[] = [base]; // base^1, base^3, base^5, ...
  for (let i = 1; i < 1 << (window - 1); i++) odd.push((odd[i - 1] * square) % modulus);
  const bits = exponent.toString(2);
  let result = 1n;
  let i = 0;
  while (i < bits.length) {
    if (bits[i] === "0") {
      result = (result * result) % modulus;
      i++;
      continue;
    }
    // The longest window of at most `window` bits starting here and ending in a 1.
    let end = Math.min(i + window, bits.length);
    while (bits[end - 1] === "0") end--;
    const value = parseInt(bits.slice(i, end), 2);
    for (let k = i; k < end; k++) result = (result * result) % modulus;
    result = (result * odd[value >> 1]) % modulus;
    i = end;
  }
  return result;
}

/**
 * Fixed-base windowing (Brickell, Gordon, McCurley, Wilson): with base^(2^(w·i)) precomputed, an
 * exponentiation needs no squarings, only about maxBits/w + 2^(w+1) multiplications.
 */
export function fixedBaseWindow(base: bigint, maxBits: number, modulus: bigint, window = 4): (exponent: bigint) => bigint {
  const digits = Math.ceil(maxBits / window);
  const table: bigint[] = [base % modulus];
  for (let i = 1; i < digits; i++) {
    let power = table[i - 1];
    for (let k = 0; k < window; k++) power = (power * power) % modulus;
    table.push(power);
  }
  const mask = BigInt((1 << window) - 1);
  const shift = BigInt(window);
  const limit = 1n << BigInt(digits * window);
  return (exponent) => {
    if (exponent < 0n || exponent >= limit) return slidingWindow(base, exponent, modulus);
    const digit: number[] = [];
    for (let e = exponent; e > 0n; e >>= shift) digit.push(Number(e & mask));
    let a = 1n, b = 1n;
    for (let j = (1 << window) - 1; j >= 1; j--) {
      for (let i = 0; i < digit.length; i++) if (digit[i] === j) b = (b * table[i]) % modulus;
      a = (a * b) % modulus;
    }
    return a;
  };
}

/** The portable implementation: sliding window, and fixed-base tables for g and the verifier. */
export class BigIntArithmetic implements ModularArithmetic {
  constructor(readonly modulus: bigint) {}

  modPow(base: bigint, exponent: bigint): bigint {
    return slidingWindow(base, exponent, this.modulus);
  }

  fixedBase(base: bigint, maxBits: number): (exponent: bigint) => bigint {
    return fixedBaseWindow(base, maxBits, this.modulus);
  }
}

/**
 * The device's choice: Montgomery multiplication (no BigInt `%`, see montgomery.ts) and no fixed-base
 * tables. The tables above hold 64 + 128 powers of 3072 bits (about 74 KB), too much of an ESP32's RAM;
 * instead g (= 5) multiplies in unreduced, and a verifier-sized base keeps one power, base^(2^(maxBits/2)),
 * so its exponent splits in two halves that share one chain of squarings (half the squarings, 384 bytes).
 * An even modulus (never SRP's) falls back to the plain sliding window.
 */
export class CompactArithmetic implements ModularArithmetic {
  readonly #domain: MontgomeryDomain | undefined;

  constructor(readonly modulus: bigint) {
    this.#domain = modulus > 1n && (modulus & 1n) === 1n ? new MontgomeryDomain(modulus) : undefined;
  }

  modPow(base: bigint, exponent: bigint): bigint {
    const domain = this.#domain;
    return domain ? montgomeryPow(domain, base, exponent) : slidingWindow(base, exponent, this.modulus);
  }

  /** Without maxBits, nothing is precomputed for a large base. */
  fixedBase(base: bigint, maxBits = 0): (exponent: bigint) => bigint {
    const domain = this.#domain;
    if (!domain) return (exponent) => slidingWindow(base, exponent, this.modulus);
    if (base >= 0n && base < SMALL_BASE_LIMIT) return (exponent) => montgomerySmallBasePow(domain, base, exponent);
    if (maxBits < 2) return (exponent) => montgomeryPow(domain, base, exponent);
    const half = BigInt(Math.ceil(maxBits / 2));
    const limit = 1n << (2n * half), lowMask = (1n << half) - 1n;
    const reduced = normalized(base, this.modulus);
    let high = domain.enter(reduced);
    for (let i = 0n; i < half; i++) high = domain.square(high);
    return (exponent) => {
      if (exponent < 0n || exponent >= limit) return this.modPow(base, exponent);
      const low = domain.enter(reduced);
      return domain.leave(montgomeryMultiPow(domain, [low, high], [exponent & lowMask, exponent >> half]));
    };
  }
}
