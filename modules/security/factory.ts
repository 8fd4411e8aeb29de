// Builds the configured security scheme.
import { ConfigError, type DeviceConfig } from "../config/config.js";
import type { Random, Timers } from "../platform/ports.js";
import { utf8Encode } from "../util/utf8.js";
import type { CryptoProvider } from "./crypto/provider.js";
import type { SecurityScheme } from "./scheme.js";
import { Security0 } from "./sec0.js";
import { Security1 } from "./sec1.js";
import { Security2 } from "./sec2.js";
import { BigIntArithmetic, type ModularArithmetic } from "./srp/arithmetic.js";
import { N } from "./srp/group.js";
import { fromHex } from "../util/hex.js";

/**
 * arithmetic: the SRP modular arithmetic (default: BigInt with fixed-base tables; the firmware passes a
 * table-free one). timers: lets security 1 make its next key pair while the console is idle.
 */
export function createSecurity(config: DeviceConfig, crypto: CryptoProvider, random: Random,
  arithmetic: ModularArithmetic = new BigIntArithmetic(N), timers?: Timers): SecurityScheme {
  switch (config.securityVersion) {
    case 0: return new Security0();
    case 1: return new Security1({ pop: utf8Encode(config.pop), crypto, random, timers });
    case 2: {
      const salt = fromHex(config.sec2Salt)!, verifier = fromHex(config.sec2Verifier)!;
      if (salt.length < 8) throw new ConfigError("sec2Salt", "shorter than 8 bytes");
      if (salt[0] === 0) throw new ConfigError("sec2Salt", "starts with a zero byte, which esp_prov hashes differently");
      if (verifier.length === 0 || verifier.length > 384) throw new ConfigError("sec2Verifier", "must be 1 to 384 bytes");
      return new Security2({
        username: utf8Encode(config.sec2Username), salt, verifier, patchVersion: config.sec2PatchVersion,
        crypto, arithmetic, random,
      });
    }
    default: throw new ConfigError("securityVersion", `security ${config.securityVersion} is not supported`);
  }
}
