// Device side of the recorded sessions that use the rest of the endpoint set: scan, ctrl, custom data.
import { equal, ok } from "../support/assert.js";
import { replayOnDevice, type Vector } from "./replay.js";
import sec1Scan from "./data/sec1-scan.json" with { type: "json" };
import sec1CtrlReset from "./data/sec1-ctrl-reset.json" with { type: "json" };
import sec1CtrlReprov from "./data/sec1-ctrl-reprov.json" with { type: "json" };
import sec1CustomData from "./data/sec1-custom-data.json" with { type: "json" };

describe("recorded esp_prov sessions, device side (scan, ctrl, custom data)", () => {
  it("sec1-scan: scan start, status, results (strongest first), then provisioning", async () => {
    const device = await replayOnDevice(sec1Scan as unknown as Vector);
    equal(device.core.manager?.state, "connected");
  });

  it("sec1-ctrl-reset: CtrlReset on a fresh device answers Success", async () => {
    const device = await replayOnDevice(sec1CtrlReset as unknown as Vector);
    equal(device.core.manager?.state, "waiting");
  });

  it("sec1-ctrl-reprov: CtrlReprov on a fresh device answers Success", async () => {
    const device = await replayOnDevice(sec1CtrlReprov as unknown as Vector);
    equal(device.core.manager?.state, "waiting");
  });

  it("sec1-custom-data: hello → SUCCESS, then provisioning", async () => {
    const device = await replayOnDevice(sec1CustomData as unknown as Vector);
    ok(/Received custom data \(5 bytes\): hello/.test(device.output.all), "the app logs what it received");
    equal(device.core.manager?.state, "connected");
  });
});
