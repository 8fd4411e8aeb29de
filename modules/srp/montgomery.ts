// Montgomery multiplication over BigInt: modular products without BigInt `%`. On XS a 6144-by-3072-bit
// `%` costs 3.3 times the 3072-bit product it reduces (long division, quotient word by quotient word);
// Montgomery's reduction (REDC) replaces it with products, masks and shifts, all of which XS does fast.
//
// Numbers in the "Montgomery form" x·R mod N multiply as REDC(x̃·ỹ) = (x·y)·R mod N, where
// REDC(T) = T·R⁻¹ mod N is computed as (T + m·N) / R with m chosen so the division is exact.
// R = 2^(digits·digitBits) is eaten one digit at a time: each step needs a digit-by-digit product
// for m and a digit-by-N product, which for 3072 bits in 3 or 4 digits costs less than one full product
// (npm run bench has the figures).
//
// R > 4·N·SMALL_BASE_LIMIT² lets every value stay below 2N between steps, with no conditional
// subtraction inside the exponentiation (none of whose timing would depend on the data), and lets a
// small base (g = 5) multiply in unreduced.
import { bigIntWords } from "./bigint.js";

/** Bases below this multiply in as they are (no REDC): g^x costs its squarings only. */
export const SMALL_BASE_LIMIT = 256n;
const SPARE_BITS = 2 + 2 * 8; // R > 4·N·SMALL_BASE_LIMIT²

/** How many digits REDC takes R in: about 1024 bits each (measured best for 3072-bit moduli on XS). */
function digitCount(bitLength: number): number {
  return Math.max(1, Math.round(bitLength / 1024));
}

/**
 * The bits of a non-negative value, most significant first. Not toString(2): XS prints a BigInt by
 * repeated division, and indexes a string from its start (UTF-8) at every access.
 */
function bitsOf(value: bigint): Uint8Array {
  const words = bigIntWords(value);
  if (!words.length) return new Uint8Array(0);
  const length = (words.length - 1) * 32 + (32 - Math.clz32(words[words.length - 1]));
  const bits = new Uint8Array(length);
  for (let i = 0; i < length; i++) bits[length - 1 - i] = (words[i >> 5] >>> (i & 31)) & 1;
  return bits;
}

function bitLength(value: bigint): number {
  const words = bigIntWords(value);
  return words.length ? (words.length - 1) * 32 + (32 - Math.clz32(words[words.length - 1])) : 0;
}

/** n⁻¹ mod 2^bits for odd n, by Newton's iteration (each step doubles the correct low bits). */
function inverseModPowerOfTwo(n: bigint, bits: bigint): bigint {
  const mask = (1n << bits) - 1n;
  let inverse = 1n;
  for (let known = 1n; known < bits; known *= 2n) inverse = (inverse * (2n - ((n * inverse) & mask))) & mask;
  return inverse;
}

/** The constants of one odd modulus, computed once; every method keeps its results below 2N. */
export class MontgomeryDomain {
  readonly modulus: bigint;
  /** R mod N: the number 1 in Montgomery form. */
  readonly one: bigint;
  readonly #digits: number;
  readonly #digitBits: bigint;
  readonly #digitMask: bigint;
  /** −N⁻¹ mod 2^digitBits */
  readonly #nPrime: bigint;
  /** R² mod N, to enter the domain with one REDC. */
  readonly #rSquared: bigint;

  constructor(modulus: bigint) {
    if (modulus <= 1n || (modulus & 1n) === 0n) throw new RangeError("Montgomery needs an odd modulus above 1");
    this.modulus = modulus;
    const bits = bitLength(modulus) + SPARE_BITS;
    this.#digits = digitCount(bits);
    const digitBits = Math.ceil(bits / this.#digits);
    this.#digitBits = BigInt(digitBits);
    this.#digitMask = (1n << this.#digitBits) - 1n;
    this.#nPrime = ((1n << this.#digitBits) - inverseModPowerOfTwo(modulus, this.#digitBits)) & this.#digitMask;
    const rBits = BigInt(this.#digits * digitBits);
    this.one = (1n << rBits) % modulus;
    this.#rSquared = (1n << (2n * rBits)) % modulus;
  }

  /** T·R⁻¹ mod N, below 2N, for 0 ≤ T < 4N²·SMALL_BASE_LIMIT². */
  reduce(t: bigint): bigint {
    const { modulus } = this, mask = this.#digitMask, nPrime = this.#nPrime, shift = this.#digitBits;
    for (let i = 0; i < this.#digits; i++) {
      const m = ((t & mask) * nPrime) & mask;
      t = (t + m * modulus) >> shift;
    }
    return t;
  }

  /** x·R mod N (below 2N) for 0 ≤ x < N. */
  enter(x: bigint): bigint {
    return this.reduce(x * this.#rSquared);
  }

  /** x̃·R⁻¹ mod N, fully reduced: leaves the domain. */
  leave(x: bigint): bigint {
    const r = this.reduce(x);
    return r >= this.modulus ? r - this.modulus : r;
  }

  multiply(a: bigint, b: bigint): bigint {
    return this.reduce(a * b);
  }

  /** `**` uses XS's squaring routine, about 15 % cheaper than the general product. */
  square(a: bigint): bigint {
    return this.reduce(a ** 2n);
  }
}

/** base mod N in [0, N), for any sign. */
export function normalized(base: bigint, modulus: bigint): bigint {
  const r = base % modulus;
  return r < 0n ? r + modulus : r;
}

/**
 * The sliding window for this many exponent bits: products ≈ table (2^(w−1)) + one per window
 * (bits/(w+1)). A wider window must save a whole product to be chosen: its table is RAM (384 bytes an
 * entry at 3072 bits), so 256-bit exponents get 4 (8 entries), 512-bit ones 5.
 */
function windowFor(bits: number): number {
  let best = 1, cost = 1 + bits / 2;
  for (let w = 2; w <= 6; w++) {
    const c = (1 << (w - 1)) + bits / (w + 1);
    if (c < cost - 1) { cost = c; best = w; }
  }
  return best;
}

/**
 * For each bit position (counted from the bottom), the odd window value that ends there, or 0: left to
 * right, each window is the longest run of at most `window` bits that starts and ends with a 1. A byte
 * array, not a list of objects: on XS these would be heap slots, the scarcer memory on a device.
 */
function windowEnds(bits: Uint8Array, window: number): Uint8Array {
  const ends = new Uint8Array(bits.length);
  let i = 0;
  while (i < bits.length) {
    if (!bits[i]) { i++; continue; }
    let end = Math.min(i + window, bits.length);
    while (!bits[end - 1]) end--;
    let value = 0;
    for (let k = i; k < end; k++) value = (value << 1) | bits[k];
    ends[bits.length - end] = value;
    i = end;
  }
  return ends;
}

/** base, base³, base⁵, ... base^(2^window − 1), in Montgomery form. */
function oddPowers(domain: MontgomeryDomain, base: bigint, window: number): bigint[] {
  const odd = [base];
  if (window > 1) {
    const square = domain.square(base);
    for (let i = 1; i < 1 << (window - 1); i++) odd.push(domain.multiply(odd[i - 1], square));
  }
  return odd;
}

/**
 * ∏ bases[i]^exponents[i] mod N, bases in Montgomery form, result in Montgomery form: one chain of
 * squarings shared by all the exponents (Straus), each with its own sliding window.
 */
export function montgomeryMultiPow(domain: MontgomeryDomain, bases: bigint[], exponents: bigint[]): bigint {
  const tables: bigint[][] = [], ends: Uint8Array[] = [];
  let top = 0;
  for (let k = 0; k < bases.length; k++) {
    if (exponents[k] < 0n) throw new RangeError("negative exponent");
    if (exponents[k] === 0n) continue;
    const bits = bitsOf(exponents[k]);
    const window = windowFor(bits.length);
    tables.push(oddPowers(domain, bases[k], window));
    ends.push(windowEnds(bits, window));
    if (bits.length > top) top = bits.length;
  }
  let result: bigint | undefined;
  for (let position = top - 1; position >= 0; position--) {
    if (result !== undefined) result = domain.square(result);
    for (let k = 0; k < ends.length; k++) {
      const value = position < ends[k].length ? ends[k][position] : 0;
      if (!value) continue;
      const factor = tables[k][value >> 1];
      result = result === undefined ? factor : domain.multiply(result, factor);
    }
  }
  return result ?? domain.one;
}

/** base^exponent mod N by Montgomery multiplication, with a sliding window sized to the exponent. */
export function montgomeryPow(domain: MontgomeryDomain, base: bigint, exponent: bigint): bigint {
  if (exponent < 0n) throw new RangeError("negative exponent");
  if (exponent === 0n) return 1n;
  const result = montgomeryMultiPow(domain, [domain.enter(normalized(base, domain.modulus))], [exponent]);
  return domain.leave(result);
}

/**
 * g^exponent for a base below SMALL_BASE_LIMIT: left-to-right square-and-multiply where the multiply
 * by g is a one-word product left unreduced, so only the squarings cost.
 */
export function montgomerySmallBasePow(domain: MontgomeryDomain, base: bigint, exponent: bigint): bigint {
  if (base < 0n || base >= SMALL_BASE_LIMIT) throw new RangeError("not a small base");
  if (exponent < 0n) throw new RangeError("negative exponent");
  if (exponent === 0n) return 1n % domain.modulus;
  const bits = bitsOf(exponent);
  let result = domain.one * base;
  for (let i = 1; i < bits.length; i++) {
    result = domain.square(result);
    if (bits[i]) result *= base;
  }
  return domain.leave(result);
}
