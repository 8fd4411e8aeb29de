// Device-side cost of requests through the whole device: a console line in (read, echoed, split), the
// protocomm request decrypted and handled, the reply encrypted and printed. Replays the recorded
// sec1-scan session up to the measured request (setup, unmeasured); the operation types one line and the
// engine runs until the device is idle.
import { toHex } from "../../modules/util/hex.js";
import type { TestDevice } from "../support/device.js";
import { replayOnDevice, type Vector } from "../vectors/replay.js";
import vector from "../vectors/data/sec1-scan.json" with { type: "json" };
import { bench } from "./registry.js";

const session = vector as unknown as Vector;
const line = (i: number) => {
  const e = session.exchanges[i];
  return `${e.endpoint} ${e.session_id} ${e.request_hex}\r\n`;
};

async function deviceBefore(index: number): Promise<TestDevice> {
  const device = await replayOnDevice(session, { stopBefore: index });
  device.output.take();
  return device;
}

bench("scan page through the device (prov-scan result request, 5 networks, security 1)", async () => {
  const device = await deviceBefore(6);
  return () => device.core.receive(line(6));
});

bench("SetConfig + ApplyConfig through the device (security 1)", async () => {
  const device = await deviceBefore(7);
  return () => {
    device.core.receive(line(7));
    device.core.receive(line(8));
  };
});

// consoleLineMax (2048 characters) in one line: custom-data with 1,017 bytes, decrypted and logged.
const CONSOLE_LINE = "custom-data 0 " + toHex(new Uint8Array(1017).map((_, i) => i)) + "\r\n";

bench("console line of 2 KiB through the device (custom-data, security 1)", async () => {
  const device = await deviceBefore(3);
  return () => device.core.receive(CONSOLE_LINE);
});
