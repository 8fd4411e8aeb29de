// The simulator's default MAC (host/simulator-options.ts): one per flash folder, the same every run.
import { stableMac } from "../../host/simulator-options.js";
import { equal, ok } from "../support/assert.js";

describe("the simulator's MAC", () => {
  it("is stable for a flash folder, differs between folders, and is a locally administered unicast address", () => {
    equal(stableMac("/tmp/board-a"), stableMac("/tmp/board-a"));
    ok(stableMac("/tmp/board-a") !== stableMac("/tmp/board-b"));
    for (const dir of ["/tmp/board-a", "/tmp/board-b", ".sim-state"]) equal(parseInt(stableMac(dir).slice(0, 2), 16) & 3, 2);
  });
});
