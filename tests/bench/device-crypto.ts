// The crypto the console bench devices are built with. Here, everything in JS (@noble's SHA-2, AES and
// X25519, CompactArithmetic), as the suites run: `npm run bench` measures it on xsnap. The RV32 native
// runner's bundle (`npm run bench:rv32`) replaces this module with tests/rv32/native/device-crypto.ts, the
// firmware's own two paths: nativeCrypto on (Mbed TLS) and off.
import { nobleCrypto } from "../../modules/crypto/noble.js";
import type { CryptoProvider } from "../../modules/crypto/provider.js";
import { CompactArithmetic, type ModularArithmetic } from "../../modules/srp/arithmetic.js";
import { N } from "../../modules/srp/group.js";

export interface DeviceCrypto {
  crypto: CryptoProvider;
  arithmetic: ModularArithmetic;
}

export function deviceCrypto(): DeviceCrypto {
  return { crypto: nobleCrypto, arithmetic: new CompactArithmetic(N) };
}
