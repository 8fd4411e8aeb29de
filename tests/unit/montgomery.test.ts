// Montgomery multiplication (the firmware's SRP arithmetic) against plain BigInt square-and-multiply,
// for random and edge inputs, and the byte conversions that replaced toString(16).
import { CompactArithmetic, squareAndMultiply } from "../../modules/srp/arithmetic.js";
import { bigIntToBytes, bigIntWords, bytesToBigInt } from "../../modules/srp/bigint.js";
import { G, N } from "../../modules/srp/group.js";
import { MontgomeryDomain, SMALL_BASE_LIMIT, montgomeryMultiPow, montgomeryPow, montgomerySmallBasePow } from "../../modules/srp/montgomery.js";
import { toHex } from "../../modules/util/hex.js";
import { equal, ok, throws } from "../support/assert.js";

/** Repeatable pseudo-random numbers (xorshift32), so a failure names inputs that can be replayed. */
function randomSource(seed: number) {
  let state = seed >>> 0 || 1;
  const next = () => {
    state ^= state << 13; state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5; state >>>= 0;
    return state;
  };
  return {
    /** A value of exactly `bits` bits (top bit set), or 0 for 0 bits. */
    bits(bits: number): bigint {
      if (bits <= 0) return 0n;
      let value = 1n;
      for (let i = 1; i < bits; i++) value = (value << 1n) | BigInt(next() & 1);
      return value;
    },
    /** Below `limit`, which has at most 3072 bits (no toString: XS prints a BigInt slowly). */
    below(limit: bigint): bigint {
      let value = 0n;
      for (let i = 0; i < 100; i++) value = (value << 32n) | BigInt(next());
      return value % limit;
    },
  };
}

const plain = (base: bigint, exponent: bigint, modulus: bigint) => squareAndMultiply(((base % modulus) + modulus) % modulus, exponent, modulus);

// Odd moduli of several shapes: tiny, a Mersenne prime, Curve25519's prime, one with a sparse top,
// and the SRP group's 3072-bit prime itself.
const MODULI = [3n, 5n, 101n, (1n << 61n) - 1n, (1n << 255n) - 19n, (1n << 520n) + 1n, N];

describe("Montgomery multiplication", () => {
  it("refuses an even modulus or one below 3", () => {
    throws(() => new MontgomeryDomain(10n), /odd modulus/);
    throws(() => new MontgomeryDomain(1n), /odd modulus/);
    throws(() => new MontgomeryDomain(-7n), /odd modulus/);
  });

  it("enters and leaves the domain, and multiplies as BigInt does mod N", () => {
    const random = randomSource(7);
    for (const modulus of MODULI) {
      const domain = new MontgomeryDomain(modulus);
      for (const x of [0n, 1n, 2n, modulus - 1n, random.below(modulus), random.below(modulus)]) {
        equal(domain.leave(domain.enter(x)), x, `round trip of ${x} mod ${modulus}`);
        const y = random.below(modulus);
        equal(domain.leave(domain.multiply(domain.enter(x), domain.enter(y))), (x * y) % modulus, `${x}·${y} mod ${modulus}`);
        equal(domain.leave(domain.square(domain.enter(x))), (x * x) % modulus, `${x}² mod ${modulus}`);
      }
      equal(domain.leave(domain.one), 1n);
    }
  });

  it("keeps every reduction below 2N, even for the largest inputs it allows, so no final subtraction is needed", () => {
    for (const modulus of MODULI) {
      const domain = new MontgomeryDomain(modulus);
      const top = 2n * modulus - 1n;
      ok(domain.reduce(top * top) < 2n * modulus, `(2N−1)² mod ${modulus}`);
      const small = top * (SMALL_BASE_LIMIT - 1n);
      ok(domain.reduce(small * small) < 2n * modulus, `a small base's unreduced product mod ${modulus}`);
      equal(domain.leave(top) < modulus, true);
    }
  });

  it("modPow agrees with square-and-multiply for random bases and exponents", () => {
    const random = randomSource(12);
    for (const modulus of MODULI) {
      const domain = new MontgomeryDomain(modulus);
      const rounds = modulus === N ? 3 : 6;
      for (let i = 0; i < rounds; i++) {
        const base = random.below(modulus), exponent = random.bits(1 + ((i * 97) % 300));
        equal(montgomeryPow(domain, base, exponent), plain(base, exponent, modulus), `${base}^${exponent} mod ${modulus}`);
      }
    }
  });

  it("modPow at the edges: exponent 0 and 1, base 0, 1, N−1, N, N+1 and negative", () => {
    for (const modulus of MODULI) {
      const domain = new MontgomeryDomain(modulus);
      for (const base of [0n, 1n, 2n, modulus - 1n, modulus, modulus + 1n, -1n, -modulus - 2n])
        for (const exponent of [0n, 1n, 2n, 3n, 255n, 256n, (1n << 64n) + 1n])
          equal(montgomeryPow(domain, base, exponent), plain(base, exponent, modulus), `${base}^${exponent} mod ${modulus}`);
      throws(() => montgomeryPow(domain, 2n, -1n), /negative exponent/);
    }
  });

  it("the small-base exponentiation (g = 5) agrees, for bases 0 to 255, and refuses others", () => {
    const random = randomSource(99);
    for (const modulus of MODULI) {
      const domain = new MontgomeryDomain(modulus);
      for (const base of [0n, 1n, 2n, 5n, 254n, 255n]) {
        for (const exponent of [0n, 1n, 2n, random.bits(modulus === N ? 256 : 90)])
          equal(montgomerySmallBasePow(domain, base, exponent), plain(base, exponent, modulus), `${base}^${exponent} mod ${modulus}`);
      }
      throws(() => montgomerySmallBasePow(domain, SMALL_BASE_LIMIT, 3n), /not a small base/);
      throws(() => montgomerySmallBasePow(domain, -1n, 3n), /not a small base/);
    }
  });

  it("a product of powers shares one chain of squarings and agrees with the separate powers", () => {
    const random = randomSource(3);
    const modulus = (1n << 255n) - 19n, domain = new MontgomeryDomain(modulus);
    for (let i = 0; i < 6; i++) {
      const a = random.below(modulus), b = random.below(modulus);
      const x = random.bits(i * 40), y = random.bits(200 - i * 30);
      const got = domain.leave(montgomeryMultiPow(domain, [domain.enter(a), domain.enter(b)], [x, y]));
      equal(got, (plain(a, x, modulus) * plain(b, y, modulus)) % modulus, `${a}^${x}·${b}^${y}`);
    }
    equal(domain.leave(montgomeryMultiPow(domain, [domain.enter(9n)], [0n])), 1n);
  });
});

describe("CompactArithmetic (the firmware's)", () => {
  it("fixed bases: g takes the small-base path, a verifier-sized base its split exponent, and both agree", () => {
    const random = randomSource(5);
    const arithmetic = new CompactArithmetic(N);
    const v = random.below(N);
    const gPow = arithmetic.fixedBase(G, 256), vPow = arithmetic.fixedBase(v, 512);
    for (const exponent of [0n, 1n, 2n, random.bits(256), (1n << 256n) - 1n]) equal(gPow(exponent), plain(G, exponent, N), `g^${exponent}`);
    for (const exponent of [0n, 1n, random.bits(130), random.bits(512), (1n << 512n) - 1n, 1n << 256n])
      equal(vPow(exponent), plain(v, exponent, N), `v^${exponent}`);
    // Beyond the exponent size announced: still right, through the general path.
    equal(vPow(1n << 512n), plain(v, 1n << 512n, N));
    throws(() => vPow(-1n), /negative exponent/);
  });

  it("an even modulus falls back to the plain sliding window", () => {
    const arithmetic = new CompactArithmetic(1000n);
    equal(arithmetic.modPow(7n, 123n), plain(7n, 123n, 1000n));
    equal(arithmetic.fixedBase(3n, 16)(77n), plain(3n, 77n, 1000n));
    equal(arithmetic.fixedBase(777n, 16)(77n), plain(777n, 77n, 1000n));
  });
});

describe("BigInt to bytes without toString(16)", () => {
  it("gives the minimal big-endian form that toString(16) gives, and round-trips", () => {
    const random = randomSource(11);
    const values = [0n, 1n, 255n, 256n, 0xffffn, 0x10000n, 0xffffffn, 0x1000000n, 0xffffffffn, 0x100000000n, (1n << 64n) - 1n, N, N - 1n, 1n << 3071n];
    for (let i = 1; i < 40; i++) values.push(random.bits(i * 13));
    for (const value of values) {
      let hex = value.toString(16);
      if (hex.length % 2) hex = "0" + hex;
      equal(toHex(bigIntToBytes(value)), hex, `bytes of ${value}`);
      equal(bytesToBigInt(bigIntToBytes(value)), value);
    }
    equal(bigIntWords(0n).length, 0);
    throws(() => bigIntToBytes(-1n), /negative/);
  });
});
