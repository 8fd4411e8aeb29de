// Device side of the recorded security 2 sessions (SRP6a + AES-GCM), both nonce modes.
import { equal, ok } from "../support/assert.js";
import { CompactArithmetic } from "../../modules/srp/arithmetic.js";
import { N } from "../../modules/srp/group.js";
import { replayOnDevice, type Vector } from "./replay.js";
import sec2Patch1 from "./data/sec2-patch1.json" with { type: "json" };
import sec2Patch0 from "./data/sec2-patch0.json" with { type: "json" };

describe("recorded esp_prov sessions, device side (security 2)", () => {
  for (const vector of [sec2Patch1, sec2Patch0] as unknown as Vector[]) {
    it(`${vector.name}: B, salt, device proof, nonce and every encrypted reply match`, async () => {
      const device = await replayOnDevice(vector);
      equal(device.core.manager?.state, "connected");
      ok(device.core.store.load().status === "ok", "credentials stored");
    });
    it(`${vector.name}: the same, byte for byte, with the firmware's table-free CompactArithmetic`, async () => {
      const device = await replayOnDevice(vector, { arithmetic: new CompactArithmetic(N) });
      equal(device.core.manager?.state, "connected");
    });
  }
});
