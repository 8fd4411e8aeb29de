// The firmware's native crypto on RV32 (npm run test:rv32, on the native runner: Mbed TLS 2.28 cross-built
// for rv32imc, the project's native_crypto C linked as on a board). The native provider and arithmetic give
// what the JS ones give, bad input is refused, and the whole-device sessions `npm run bench:rv32` counts
// (handshakes and SetConfig + ApplyConfig through the console) answer with the recorded replies byte for
// byte, nativeCrypto on and off.
import { mbedtlsCrypto, MbedtlsArithmetic } from "../../../adapters/moddable/native-crypto/mbedtls-crypto.js";
import { moddableCrypto } from "../../../adapters/moddable/crypto.js";
import { nobleCrypto } from "../../../modules/crypto/noble.js";
import { CompactArithmetic } from "../../../modules/srp/arithmetic.js";
import { bytesToBigInt } from "../../../modules/srp/bigint.js";
import { G, N } from "../../../modules/srp/group.js";
import { fromHex } from "../../../modules/util/hex.js";
import { benchmarks } from "../../bench/registry.js";
import "../../bench/console.bench.js";
import { bytesEqual, equal, ok, throws } from "../../support/assert.js";
import { WHOLE_DEVICE_BENCHMARKS } from "./whole-device.js";

/** Repeatable bytes (xorshift32). */
function bytes(length: number, seed: number): Uint8Array {
  let state = seed;
  return Uint8Array.from({ length }, () => {
    state ^= state << 13; state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5; state >>>= 0;
    return state & 0xff;
  });
}

describe("native crypto on RV32 (Mbed TLS 2.28, rv32imc)", () => {
  it("X25519: RFC 7748's Alice and Bob", () => {
    const alice = fromHex("77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a")!;
    const bob = fromHex("5dab087e624a8a4b79e17f8b83800ee66f3bb1292618b6fd1c2f8b27ff88e0eb")!;
    bytesEqual(mbedtlsCrypto.x25519PublicKey(alice), "8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a");
    bytesEqual(mbedtlsCrypto.x25519SharedSecret(alice, mbedtlsCrypto.x25519PublicKey(bob)),
      "4a5d9d5ba4ce2de1728e3bf480350f25e07e21c947d19e3376f09b3c1e161742");
  });

  it("X25519: the same as @noble/curves for other keys, and a low-order peer key refused", () => {
    for (let seed = 1; seed <= 3; seed++) {
      const key = bytes(32, seed), peer = nobleCrypto.x25519PublicKey(bytes(32, seed + 100));
      bytesEqual(mbedtlsCrypto.x25519SharedSecret(key, peer), nobleCrypto.x25519SharedSecret(key, peer));
    }
    throws(() => mbedtlsCrypto.x25519SharedSecret(bytes(32, 7), new Uint8Array(32)), /low order/);
  });

  it("modular exponentiation and SRP's B and S: the same as CompactArithmetic's", () => {
    const native = new MbedtlsArithmetic(N), js = new CompactArithmetic(N);
    const base = bytesToBigInt(bytes(384, 11)), exponent = bytesToBigInt(bytes(32, 12));
    equal(native.modPow(base, exponent), js.modPow(base, exponent));
    equal(native.modPow(N + 5n, 3n), 125n);
    const v = js.modPow(G, bytesToBigInt(bytes(32, 13)));
    const vBytes = fromHex(v.toString(16).padStart(768, "0"))!;
    const k = bytes(64, 14), b = bytes(32, 15), u = bytes(64, 16);
    const A = fromHex(js.modPow(G, bytesToBigInt(bytes(32, 17))).toString(16).padStart(768, "0"))!;
    const server = native.srpServer(Uint8Array.of(5), k, vBytes);
    const expectedB = (bytesToBigInt(k) * v + js.modPow(G, bytesToBigInt(b))) % N;
    equal(bytesToBigInt(server.serverPublic(b)), expectedB);
    const expectedS = js.modPow((bytesToBigInt(A) * js.modPow(v, bytesToBigInt(u))) % N, bytesToBigInt(b));
    equal(bytesToBigInt(server.premaster(A, u, b)!), expectedS);
    equal(server.premaster(fromHex(N.toString(16))!, u, b), undefined);
  });

  it("SHA-2 and AES (the runner's stand-in for the SDK's crypt): the same as @noble's", () => {
    const data = bytes(1000, 21), key = bytes(32, 22), counter = bytes(16, 23), nonce = bytes(12, 24);
    bytesEqual(moddableCrypto.sha256(data), nobleCrypto.sha256(data));
    bytesEqual(moddableCrypto.sha512(data, data.subarray(3), new Uint8Array(0)), nobleCrypto.sha512(data, data.subarray(3), new Uint8Array(0)));
    const a = moddableCrypto.aesCtr(key, counter), b = nobleCrypto.aesCtr(key, counter);
    for (const length of [5, 16, 27]) bytesEqual(a.process(data.subarray(0, length)), b.process(data.subarray(0, length)));
    const sealed = moddableCrypto.aesGcm(key).seal(nonce, data);
    bytesEqual(sealed, nobleCrypto.aesGcm(key).seal(nonce, data));
    bytesEqual(moddableCrypto.aesGcm(key).open(nonce, sealed)!, data);
    sealed[5] ^= 1;
    equal(moddableCrypto.aesGcm(key).open(nonce, sealed), undefined);
  });
});

describe("the whole-device sessions of bench:rv32 on the native runner", () => {
  for (const nativeCrypto of [true, false]) {
    for (const name of WHOLE_DEVICE_BENCHMARKS) {
      it(`${name}, nativeCrypto ${nativeCrypto ? "on" : "off"}: the recorded replies`, async () => {
        (globalThis as { __rv32NativeCrypto?: boolean }).__rv32NativeCrypto = nativeCrypto;
        try {
          const benchmark = benchmarks.find((b) => b.name === name);
          ok(benchmark, `no benchmark ${name}`);
          // The setup replays the session on a device of its own and throws unless every reply is the recorded one.
          const operation = await benchmark.setup();
          await operation();
        } finally {
          delete (globalThis as { __rv32NativeCrypto?: boolean }).__rv32NativeCrypto;
        }
      });
    }
  }
});
