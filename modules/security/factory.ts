// Builds the configured security scheme.
import { ConfigError, type DeviceConfig } from "../config/config.js";
import type { Random } from "../platform/ports.js";
import { utf8Encode } from "../util/utf8.js";
import type { CryptoProvider } from "./crypto/provider.js";
import type { SecurityScheme } from "./scheme.js";
import { Security0 } from "./sec0.js";
import { Security1 } from "./sec1.js";

export function createSecurity(config: DeviceConfig, crypto: CryptoProvider, random: Random): SecurityScheme {
  switch (config.securityVersion) {
    case 0: return new Security0();
    case 1: return new Security1({ pop: utf8Encode(config.pop), crypto, random });
    default: throw new ConfigError("securityVersion", `security ${config.securityVersion} is not available in this build`);
  }
}
