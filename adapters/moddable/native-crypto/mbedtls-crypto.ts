// The device's heavy crypto in C over mbedTLS, behind the interfaces the portable code already uses:
// SRP's group arithmetic (mbedtls_mpi_exp_mod, on an ESP32 the RSA/MPI accelerator) and X25519
// (PSA's ECDH on Curve25519). SHA-2 and AES stay on the SDK's native crypt (../crypto.ts).
// The JS path (CompactArithmetic, @noble/curves) remains the fallback: manifest config nativeCrypto=false.
import type { CryptoProvider } from "../../../modules/crypto/provider.js";
import type { ModularArithmetic, SrpServerArithmetic } from "../../../modules/srp/arithmetic.js";
import { ownBuffer } from "../../../modules/util/bytes.js";
import { moddableCrypto } from "../crypto.js";
import { modExp, srpPremaster, srpServerPublic, x25519, x25519Public } from "./native-crypto.js";

// XS's native conversions (big-endian, unsigned), which Node lacks: this adapter runs on XS only.
const xsArrayBuffer = ArrayBuffer as unknown as { fromBigInt(value: bigint): ArrayBuffer };
const xsBigInt = BigInt as unknown as { fromArrayBuffer(buffer: ArrayBuffer): bigint };

function wipe(buffer: ArrayBuffer): void {
  new Uint8Array(buffer).fill(0);
}

function bigIntBuffer(value: bigint, what: string): ArrayBuffer {
  if (value < 0n) throw new RangeError(`native crypto: negative ${what}`);
  return xsArrayBuffer.fromBigInt(value);
}

/** Sliding-window exponentiation in C; no tables in JS (the fixed bases cost nothing to keep). */
export class MbedtlsArithmetic implements ModularArithmetic {
  readonly #modulus: ArrayBuffer;

  constructor(readonly modulus: bigint) {
    this.#modulus = bigIntBuffer(modulus, "modulus");
  }

  modPow(base: bigint, exponent: bigint): bigint {
    const secret = bigIntBuffer(exponent, "exponent");
    try {
      return xsBigInt.fromArrayBuffer(modExp(bigIntBuffer(base, "base"), secret, this.#modulus));
    } finally {
      wipe(secret);
    }
  }

  fixedBase(base: bigint): (exponent: bigint) => bigint {
    return (exponent) => this.modPow(base, exponent);
  }

  /**
   * SRP's B and S each in one call into C (native_crypto.c), bytes in and out: no BigInt conversion,
   * product or reduction left in XS, and every intermediate wiped there.
   */
  srpServer(g: Uint8Array, k: Uint8Array, verifier: Uint8Array): SrpServerArithmetic {
    const modulus = this.#modulus, generator = g.slice(), multiplier = k.slice(), v = verifier.slice();
    return {
      serverPublic: (b) => new Uint8Array(srpServerPublic(generator, multiplier, v, b, modulus)),
      premaster: (A, u, b) => {
        const S = srpPremaster(A, v, u, b, modulus);
        return S ? new Uint8Array(S) : undefined;
      },
    };
  }
}

/** Runs f on a private copy of the key bytes, wiped afterwards whatever happens. */
function withKey<T>(privateKey: Uint8Array, f: (key: ArrayBuffer) => T): T {
  const key = ownBuffer(privateKey);
  try {
    return f(key);
  } finally {
    wipe(key);
  }
}

export const mbedtlsCrypto: CryptoProvider = {
  ...moddableCrypto,
  x25519PublicKey: (privateKey) => withKey(privateKey, (key) => new Uint8Array(x25519Public(key))),
  // Throws for a low-order peer key, as the interface requires (mbedTLS refuses it, or the result is zero).
  x25519SharedSecret: (privateKey, peer) => withKey(privateKey, (key) => new Uint8Array(x25519(key, ownBuffer(peer)))),
};
