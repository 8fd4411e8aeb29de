// The RV32 heap search (npm run bench:rv32-heap) measures a device that is given, alone, what arrived on
// its console during a recorded client session. That stands only if the replay is the session: the
// device alone must print exactly what it printed with the client beside it, and end provisioned.
import { record, replay } from "../rv32/sec2-session.js";
import { equal } from "../support/assert.js";

describe("a recorded security 2 session (scan, choice, provisioning), replayed to the device alone", () => {
  it("prints the same, byte for byte, and ends connected", async () => {
    const recording = await record();
    const { device, output } = await replay(recording);
    equal(output, recording.output);
    equal(device.core.manager?.state, "connected");
  });
});
