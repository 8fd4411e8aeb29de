import { ConfigError, DEFAULT_CONFIG, parseConfig } from "../../modules/config/config.js";
import { deepEqual, equal, ok } from "../support/assert.js";

function refused(raw: Record<string, unknown>, key: string): void {
  try {
    parseConfig(raw);
  } catch (error) {
    ok(error instanceof ConfigError, "a ConfigError");
    equal(error.key, key);
    ok(error.message.includes(key), "the message names the key");
    return;
  }
  throw new Error(`expected ${JSON.stringify(raw)} to be refused`);
}

describe("config", () => {
  it("defaults to the seed's example: security 1, PoP abcd1234", () => {
    deepEqual(parseConfig({}), DEFAULT_CONFIG);
    equal(DEFAULT_CONFIG.securityVersion, 1);
    equal(DEFAULT_CONFIG.pop, "abcd1234");
    equal(DEFAULT_CONFIG.autoStopMs, 30000);
  });
  it("accepts values as strings, the way mcconfig passes overrides", () => {
    const c = parseConfig({ securityVersion: "0", resetProvisioning: "true", autoStopMs: "5000", pop: "xyz" });
    equal(c.securityVersion, 0);
    equal(c.resetProvisioning, true);
    equal(c.autoStopMs, 5000);
    equal(c.pop, "xyz");
  });
  it("refuses bad values by key, never a silent default", () => {
    refused({ securityVersion: "3" }, "securityVersion");
    refused({ securityVersion: "one" }, "securityVersion");
    refused({ securityVersion: 1.5 }, "securityVersion");
    refused({ resetProvisioning: "yes" }, "resetProvisioning");
    refused({ autoStopMs: "-1" }, "autoStopMs");
    refused({ pop: 12 }, "pop");
    refused({ sec2Salt: "abc" }, "sec2Salt");
    for (const notHex of ["zz", "0x12", "12 ", " 12", "1234567 ", "+1", "1g"]) refused({ sec2Salt: notHex }, "sec2Salt");
    refused({ sec2Verifier: "ab".repeat(383) + "a\n" }, "sec2Verifier");
    refused({ securityVersion: 2 }, "sec2Username");
    refused({ securityVersion: 2, sec2Username: "u" }, "sec2Salt");
  });
});
