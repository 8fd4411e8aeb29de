// The salt/verifier generator, as a user runs it.
import { execFileSync, spawnSync } from "node:child_process";
import { join } from "node:path";
import { equal, match } from "../support/assert.js";
import vector from "../vectors/data/sec2-patch1.json" with { type: "json" };

const TSX = join("node_modules", ".bin", "tsx");
const run = (...args: string[]) => execFileSync(TSX, ["host/sec2-credentials.ts", ...args], { encoding: "utf8" }).trim();

describe("npm run sec2-credentials", function () {
  this.timeout(20000);
  it("agrees with esp_prov --sec2_gen_cred for the same salt", () => {
    const dc = vector.device_config;
    equal(run("--username", "wifiprov", "--password", "abcd1234", "--salt", dc.sec2_salt_hex),
      `sec2Username=wifiprov sec2Salt=${dc.sec2_salt_hex} sec2Verifier=${dc.sec2_verifier_hex}`);
  });
  it("draws a fresh 16-byte salt that never starts with a zero byte", () => {
    const salts = [run("--username", "u", "--password", "p"), run("--username", "u", "--password", "p")]
      .map((line) => line.match(/sec2Salt=([0-9a-f]+)/)![1]);
    for (const salt of salts) match(salt, /^(?!00)[0-9a-f]{32}$/);
    equal(salts[0] === salts[1], false);
  });
  it("refuses a salt starting with 00, and missing arguments", () => {
    const r = spawnSync(TSX, ["host/sec2-credentials.ts", "--username", "u", "--password", "p", "--salt", "00112233445566778899"], { encoding: "utf8" });
    equal(r.status, 2);
    match(r.stderr, /must not start with a zero byte/);
    equal(spawnSync(TSX, ["host/sec2-credentials.ts", "--password", "p"], { encoding: "utf8" }).status, 2);
  });
  it("never prints credentials the device would refuse at boot", () => {
    const r = spawnSync(TSX, ["host/sec2-credentials.ts", "--username", "a\nb", "--password", "p"], { encoding: "utf8" });
    equal(r.status, 2);
    match(r.stderr, /sec2Username must not contain control characters/);
    equal(r.stdout, "");
  });
});
