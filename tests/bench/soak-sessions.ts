// The long run: consecutive sessions against one device, a third each of valid provisioning (up to
// SetConfig), wrong PoP and console junk, with the recorded esp_prov requests. Shared by the Node and
// XS halves of `npm run soak`.
import { ScriptedRandom } from "../support/fakes.js";
import { TestDevice } from "../support/device.js";
import { replayOnDevice, type Vector } from "../vectors/replay.js";
import sec1Pop from "../vectors/data/sec1-pop.json" with { type: "json" };
import sec1WrongPop from "../vectors/data/sec1-wrong-pop.json" with { type: "json" };

const valid = sec1Pop as unknown as Vector;
const wrong = sec1WrongPop as unknown as Vector;
const JUNK = ["prov-session 0 zz", "prov-config 0 0804", "\u0000\u00ff\u001b[A", "x".repeat(3000), "prov-session 0 5aff", "proto-ver 0 6e6f6e65"];

export function soakDevice(): TestDevice {
  return new TestDevice({ random: new ScriptedRandom(), config: { maxHandshakeFailures: 1000 } });
}

/** Runs sessions [from, to) and throws if a valid one fails. */
export async function runSessions(device: TestDevice, from: number, to: number): Promise<void> {
  for (let i = from; i < to; i++) {
    switch (i % 3) {
      case 0:
        await replayOnDevice(valid, { device, stopBefore: 4 });
        if (!device.core.protocomm?.sessionEstablished) throw new Error(`session ${i}: valid handshake failed`);
        break;
      case 1:
        await replayOnDevice(wrong, { device });
        break;
      default:
        for (const line of JUNK) await device.type(line);
    }
    device.output.all = "";
  }
  if (device.core.manager?.state !== "received") throw new Error(`unexpected state ${device.core.manager?.state}`);
}

