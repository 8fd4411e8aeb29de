// Device-side cost of security 2: the handshake (Cmd0 + Cmd1) replaying the recorded sec2-patch1
// session, and the modular exponentiations it is made of, by method.
import { Security2 } from "../../modules/security/sec2.js";
import { nobleCrypto } from "../../modules/security/crypto/noble.js";
import { BigIntArithmetic, CompactArithmetic, fixedBaseWindow, squareAndMultiply, type ModularArithmetic } from "../../modules/security/srp/arithmetic.js";
import { bytesToBigInt } from "../../modules/security/srp/bigint.js";
import { G, N } from "../../modules/security/srp/group.js";
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

bench("sec2 handshake", handshake(new BigIntArithmetic(N)));
bench("sec2 handshake, CompactArithmetic (the firmware's: no fixed-base tables)", handshake(new CompactArithmetic(N)));
bench("sec2 handshake, square-and-multiply", handshake(uniform(squareAndMultiply)));
bench("sec2 boot: fixed-base tables for g and v", () => {
  const v = bytesToBigInt(fromHex(dc.sec2_verifier_hex)!);
  return () => { fixedBaseWindow(G, 256, N); fixedBaseWindow(v, 512, N); };
});
