// Device-side cost of security 2: the handshake (Cmd0 + Cmd1) replaying the recorded sec2-patch1
// session, and the modular exponentiations it is made of, by method. SHA-512 here is @noble/hashes (JS);
// the firmware hashes natively, so its handshake costs the "SHA-512 work" line less than these.
import { Security2 } from "../../modules/security/sec2.js";
import { nobleCrypto } from "../../modules/crypto/noble.js";
import { BigIntArithmetic, CompactArithmetic, fixedBaseWindow, slidingWindow, squareAndMultiply, type ModularArithmetic } from "../../modules/srp/arithmetic.js";
import { bytesToBigInt } from "../../modules/srp/bigint.js";
import { G, N } from "../../modules/srp/group.js";
import { fromHex } from "../../modules/util/hex.js";
import { utf8Encode } from "../../modules/util/utf8.js";
import { ScriptedRandom } from "../support/fakes.js";
import vector from "../vectors/data/sec2-patch1.json" with { type: "json" };
import { bench } from "./registry.js";

const dc = vector.device_config;
const request = (i: number) => fromHex(vector.exchanges[i].request_hex)!;

function handshake(arithmetic: ModularArithmetic) {
  return () => {
    const random = new ScriptedRandom(vector.device_secrets.sec2_b_hex, vector.device_secrets.sec2_nonce_prefix_hex);
    const scheme = new Security2({
      username: utf8Encode(dc.sec2_username), salt: fromHex(dc.sec2_salt_hex)!, verifier: fromHex(dc.sec2_verifier_hex)!,
      patchVersion: 1, crypto: nobleCrypto, arithmetic, random,
    });
    const session = scheme.createSession();
    return () => {
      session.handshake(request(1));
      session.handshake(request(2));
    };
  };
}

/** Without precomputation: every exponentiation by the same method. */
function uniform(method: (b: bigint, e: bigint, m: bigint) => bigint): ModularArithmetic {
  return {
    modPow: (base, exponent) => method(base, exponent, N),
    fixedBase: (base) => (exponent) => method(base, exponent, N),
  };
}

const v = bytesToBigInt(fromHex(dc.sec2_verifier_hex)!);
const exponent256 = bytesToBigInt(fromHex(vector.device_secrets.sec2_b_hex)!);
const base3072 = bytesToBigInt(fromHex(vector.derived.sec2_A_hex)!);

bench("sec2 handshake (compact: the firmware's table-free Montgomery arithmetic)", handshake(new CompactArithmetic(N)));
bench("sec2 handshake (table: fixed-base tables, BigInt %)", handshake(new BigIntArithmetic(N)));
bench("sec2 handshake, square-and-multiply", handshake(uniform(squareAndMultiply)));
bench("sec2 handshake's SHA-512 work in JS (25 blocks: u, K, M, H_AMK; native on the device)", () => {
  const data = new Uint8Array(25 * 128 - 17);
  return () => nobleCrypto.sha512(data);
});
bench("sec2 boot (compact): Montgomery constants and v^(2^256)", () => () => new CompactArithmetic(N).fixedBase(v, 512));
bench("sec2 boot (table): fixed-base tables for g and v", () => () => { fixedBaseWindow(G, 256, N); fixedBaseWindow(v, 512, N); });
bench("3072-bit modexp, 256-bit exponent: sliding window, BigInt %", () => () => slidingWindow(base3072, exponent256, N));
bench("3072-bit modexp, 256-bit exponent: Montgomery", () => {
  const arithmetic = new CompactArithmetic(N);
  return () => arithmetic.modPow(base3072, exponent256);
});
