// tests/bench/device-crypto.ts on the RV32 native runner: the firmware's crypto wiring
// (adapters/moddable/wifi-provisioning.ts), nativeCrypto on unless the global __rv32NativeCrypto is false:
// on, X25519 and SRP's arithmetic in C over Mbed TLS (mbedtls-crypto.ts); off, X25519 from @noble/curves and
// CompactArithmetic in JS. SHA-2 and AES are native either way (the SDK's crypt on a board; Mbed TLS here).
import { moddableCrypto } from "../../../adapters/moddable/crypto.js";
import { MbedtlsArithmetic, mbedtlsCrypto } from "../../../adapters/moddable/native-crypto/mbedtls-crypto.js";
import { CompactArithmetic } from "../../../modules/srp/arithmetic.js";
import { N } from "../../../modules/srp/group.js";
import type { DeviceCrypto } from "../../bench/device-crypto.js";

export function deviceCrypto(): DeviceCrypto {
  const native = (globalThis as { __rv32NativeCrypto?: boolean }).__rv32NativeCrypto !== false;
  return native
    ? { crypto: mbedtlsCrypto, arithmetic: new MbedtlsArithmetic(N) }
    : { crypto: moddableCrypto, arithmetic: new CompactArithmetic(N) };
}
