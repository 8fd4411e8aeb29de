// SRP6a arithmetic and the security 2 handshake's refusals.
import { BigIntArithmetic, CompactArithmetic, fixedBaseWindow, slidingWindow, squareAndMultiply, type ModularArithmetic, type SrpServerArithmetic } from "../../modules/srp/arithmetic.js";
import { bigIntToBytes, bytesToBigInt, minimalBytes, padded } from "../../modules/srp/bigint.js";
import { G, N } from "../../modules/srp/group.js";
import { multiplierK } from "../../modules/srp/srp.js";
import { clientProve, clientPublic, makeVerifier } from "../../modules/srp/srp-client.js";
import { nobleCrypto } from "../../modules/crypto/noble.js";
import { Security2 } from "../../modules/security/sec2.js";
import { SessionData } from "../../modules/proto/messages.js";
import { fromHex, toHex } from "../../modules/util/hex.js";
import { utf8Encode } from "../../modules/util/utf8.js";
import { bytesEqual, equal, ok, throws } from "../support/assert.js";
import { CountingRandom, ScriptedRandom } from "../support/fakes.js";
import patch1 from "../vectors/data/sec2-patch1.json" with { type: "json" };

const arithmetic = new BigIntArithmetic(N);
const user = utf8Encode("wifiprov");

function randomBig(random: CountingRandom, bytes: number): bigint {
  const b = new Uint8Array(bytes);
  random.fill(b);
  return bytesToBigInt(b);
}

function cmd0(username: Uint8Array, A: Uint8Array): Uint8Array {
  return SessionData.encode({ secVer: 2, sec2: { msg: 0, sc0: { clientUsername: username, clientPubkey: A } } }).finish();
}
function cmd1(M: Uint8Array): Uint8Array {
  return SessionData.encode({ secVer: 2, sec2: { msg: 2, sc1: { clientProof: M } } }).finish();
}

describe("SRP arithmetic", () => {
  it("sliding window, fixed-base windowing and the compact arithmetic agree with square-and-multiply", () => {
    const random = new CountingRandom();
    const modulus = (1n << 255n) - 19n;
    const fixed = fixedBaseWindow(7n, 300, modulus);
    const compact = new CompactArithmetic(modulus), compactFixed = compact.fixedBase(7n);
    for (let i = 0; i < 20; i++) {
      const base = randomBig(random, 32), exponent = randomBig(random, 1 + (i % 37));
      equal(slidingWindow(base, exponent, modulus), squareAndMultiply(base, exponent, modulus));
      equal(fixed(exponent), squareAndMultiply(7n, exponent, modulus));
      equal(compact.modPow(base, exponent), squareAndMultiply(base, exponent, modulus));
      equal(compactFixed(exponent), squareAndMultiply(7n, exponent, modulus));
    }
    equal(slidingWindow(5n, 0n, modulus), 1n);
    equal(fixed(0n), 1n);
    equal(fixed(1n << 301n), squareAndMultiply(7n, 1n << 301n, modulus), "beyond the table falls back");
  });

  it("byte conversions are minimal big-endian and PAD() pads", () => {
    equal(toHex(bigIntToBytes(0x0102n)), "0102");
    equal(toHex(bigIntToBytes(0n)), "00");
    equal(bytesToBigInt(fromHex("000102")!), 0x102n);
    equal(toHex(padded(5n, 4)), "00000005");
    equal(toHex(minimalBytes(fromHex("00000102")!)), "0102");
    equal(toHex(minimalBytes(new Uint8Array(3))), "00");
    throws(() => padded(1n << 40n, 4));
  });

  it("k and the verifier match the recorded session (esp_prov --sec2_gen_cred)", () => {
    const dc = patch1.device_config;
    equal(bytesToBigInt(fromHex(patch1.derived.sec2_k_hex)!), multiplierK(nobleCrypto.sha512));
    bytesEqual(makeVerifier(nobleCrypto, arithmetic, fromHex(dc.sec2_salt_hex)!, user, utf8Encode(dc.sec2_password)), dc.sec2_verifier_hex);
  });
});

describe("security 2 handshake refusals", () => {
  const salt = fromHex(patch1.device_config.sec2_salt_hex)!;
  const verifier = fromHex(patch1.device_config.sec2_verifier_hex)!;
  const scheme = () => new Security2({ username: user, salt, verifier, patchVersion: 1, crypto: nobleCrypto, arithmetic, random: new CountingRandom() });
  const A = fromHex(patch1.derived.sec2_A_hex)!;

  it("an A that is not 384 bytes, or is 0 mod N", () => {
    const s = scheme().createSession();
    throws(() => s.handshake(cmd0(user, A.subarray(1))), /383 bytes, expected 384/);
    throws(() => s.handshake(cmd0(user, padded(N, 384))), /0 mod N/);
  });

  it("an empty or different username", () => {
    const s = scheme().createSession();
    throws(() => s.handshake(cmd0(new Uint8Array(), A)), /empty username/);
    throws(() => s.handshake(cmd0(utf8Encode("mallory"), A)), /unknown username "mallory"/);
  });

  it("command 1 before command 0, and a proof of the wrong length", () => {
    const s = scheme().createSession();
    throws(() => s.handshake(cmd1(new Uint8Array(64))), /command 1 before command 0/);
    s.handshake(cmd0(user, A));
    throws(() => s.handshake(cmd1(new Uint8Array(63))), /63 bytes, expected 64/);
  });

  it("a wrong password is a credentials mismatch; the right one establishes the session", () => {
    const random = new CountingRandom();
    for (const [password, good] of [["wrongpass", false], ["abcd1234", true]] as [string, boolean][]) {
      const session = scheme().createSession();
      let a: bigint, clientA: Uint8Array | undefined;
      do { a = randomBig(random, 32) | (1n << 255n); clientA = clientPublic(arithmetic, a); } while (!clientA);
      const resp0 = SessionData.decode(session.handshake(cmd0(user, clientA))).sec2!.sr0!;
      const proof = clientProve(nobleCrypto, arithmetic, user, utf8Encode(password), a, clientA, resp0.deviceSalt!, resp0.devicePubkey!)!;
      if (!good) {
        throws(() => session.handshake(cmd1(proof.M)), /credentials mismatch/);
        equal(session.established, false);
        continue;
      }
      const resp1 = SessionData.decode(session.handshake(cmd1(proof.M))).sec2!.sr1!;
      bytesEqual(resp1.deviceProof!, proof.expectedDeviceProof);
      equal(resp1.deviceNonce!.length, 12);
      ok(session.established);
    }
  });

  it("patch 1 nonces count up across both directions; a bad tag is refused", () => {
    const random = new ScriptedRandom(patch1.device_secrets.sec2_b_hex, patch1.device_secrets.sec2_nonce_prefix_hex);
    const s = new Security2({ username: user, salt, verifier, patchVersion: 1, crypto: nobleCrypto, arithmetic, random }).createSession();
    for (const exchange of patch1.exchanges.slice(1, 3)) s.handshake(fromHex(exchange.request_hex)!);
    const first = patch1.exchanges[3];
    bytesEqual(s.decrypt(fromHex(first.request_hex)!), first.request_plaintext_hex);
    bytesEqual(s.encrypt(fromHex(first.response_plaintext_hex!)!), first.response_hex!);
    const tampered = fromHex(patch1.exchanges[4].request_hex)!;
    tampered[0] ^= 1;
    throws(() => s.decrypt(tampered), /does not authenticate/);
  });

  it("g is 5 and N is the 3072-bit group", () => {
    equal(G, 5n);
    equal(N.toString(2).length, 3072);
  });
});

/**
 * An arithmetic that offers SRP's server math whole, as the native one does (bytes in and out), here over
 * plain square-and-multiply; its modPow and fixedBase throw, so any use of the portable path shows.
 */
class WholeSrpArithmetic implements ModularArithmetic {
  calls: string[] = [];
  /** refuseAll: premaster refuses every A; fixedPublic: serverPublic's answer instead of the real B. */
  constructor(readonly refuseAll = false, readonly fixedPublic?: Uint8Array) {}
  modPow(): bigint { throw new Error("modPow used"); }
  fixedBase(): (exponent: bigint) => bigint { throw new Error("fixedBase used"); }
  srpServer(g: Uint8Array, k: Uint8Array, verifier: Uint8Array): SrpServerArithmetic {
    const gn = bytesToBigInt(g), kn = bytesToBigInt(k), v = bytesToBigInt(verifier) % N;
    return {
      serverPublic: (b) => {
        this.calls.push("serverPublic");
        if (this.fixedPublic) return this.fixedPublic.slice();
        return padded((kn * v + squareAndMultiply(gn, bytesToBigInt(b), N)) % N, 384);
      },
      premaster: (A, u, b) => {
        this.calls.push("premaster");
        const a = bytesToBigInt(A) % N;
        if (this.refuseAll || a === 0n) return undefined;
        return padded(squareAndMultiply((a * squareAndMultiply(v, bytesToBigInt(u), N)) % N, bytesToBigInt(b), N), 384);
      },
    };
  }
}

describe("security 2 through an arithmetic that does SRP's server math whole (srpServer)", () => {
  const salt = fromHex(patch1.device_config.sec2_salt_hex)!;
  const verifier = fromHex(patch1.device_config.sec2_verifier_hex)!;
  const scheme = (whole: WholeSrpArithmetic, random: ScriptedRandom | CountingRandom = new ScriptedRandom(patch1.device_secrets.sec2_b_hex, patch1.device_secrets.sec2_nonce_prefix_hex)) =>
    new Security2({ username: user, salt, verifier, patchVersion: 1, crypto: nobleCrypto, arithmetic: whole, random }).createSession();

  it("replays the recorded session's handshake byte for byte, B and S from srpServer alone", () => {
    const whole = new WholeSrpArithmetic();
    const s = scheme(whole);
    for (const exchange of patch1.exchanges.slice(1, 3)) bytesEqual(s.handshake(fromHex(exchange.request_hex)!), exchange.response_hex!);
    ok(s.established);
    equal(whole.calls.join(" "), "serverPublic premaster");
  });

  it("an A of 0 or N is refused before any arithmetic; a premaster refusal is the same refusal", () => {
    const whole = new WholeSrpArithmetic();
    for (const A of [new Uint8Array(384), padded(N, 384)]) throws(() => scheme(whole, new CountingRandom()).handshake(cmd0(user, A)), /0 mod N/);
    equal(whole.calls.length, 0);
    const refusing = new WholeSrpArithmetic(true);
    const s = scheme(refusing, new CountingRandom());
    throws(() => s.handshake(cmd0(user, fromHex(patch1.derived.sec2_A_hex)!)), /0 mod N/);
    equal(refusing.calls.join(" "), "serverPublic premaster");
    throws(() => s.handshake(cmd1(new Uint8Array(64))), /command 1 before command 0/);
  });

  it("B goes out in minimal form, as ESP-IDF sends it, when its padded bytes start with zeros", () => {
    const whole = new WholeSrpArithmetic(false, padded(0x1234n, 384));
    const reply = SessionData.decode(scheme(whole, new CountingRandom()).handshake(cmd0(user, fromHex(patch1.derived.sec2_A_hex)!)));
    equal(toHex(reply.sec2!.sr0!.devicePubkey!), "1234");
  });
});
