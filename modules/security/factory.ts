// Builds the configured security scheme.
import { checkSec2Credentials, ConfigError, type DeviceConfig } from "../config/config.js";
import type { Clock, Random, Timers } from "../ports.js";
import { utf8Encode } from "../util/utf8.js";
import type { CryptoProvider } from "../crypto/provider.js";
import type { SecurityScheme } from "../protocomm/security-scheme.js";
import { Security0 } from "./sec0.js";
import { Security1 } from "./sec1.js";
import { Security2 } from "./sec2.js";
import { BigIntArithmetic, type ModularArithmetic } from "../srp/arithmetic.js";
import { N } from "../srp/group.js";

/**
 * arithmetic: the SRP modular arithmetic (default: BigInt with fixed-base tables; the firmware passes a
 * table-free one). idle: the platform's timers and clock, so security 1 makes its next key pair while the
 * console is idle.
 */
export function createSecurity(config: DeviceConfig, crypto: CryptoProvider, random: Random,
  arithmetic: ModularArithmetic = new BigIntArithmetic(N), idle?: { timers: Timers; clock: Clock }): SecurityScheme {
  switch (config.securityVersion) {
    case 0: return new Security0();
    case 1: return new Security1({ pop: utf8Encode(config.pop), crypto, random, timers: idle?.timers, clock: idle?.clock });
    case 2: {
      const { username, salt, verifier } = checkSec2Credentials(config);
      return new Security2({
        username, salt, verifier, patchVersion: config.sec2PatchVersion,
        crypto, arithmetic, random,
      });
    }
    default: throw new ConfigError("securityVersion", `security ${config.securityVersion} is not supported`);
  }
}
