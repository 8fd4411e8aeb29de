// Proof-of-possession guessing is slowed down: after 5 wrong handshakes the device refuses new ones
// for 30 s, doubling with each further failure, and recovers by itself.
import { GuessLimit } from "../../modules/protocomm/guess-limit.js";
import { equal, match } from "../support/assert.js";
import { ManualTimers } from "../support/fakes.js";
import { replayOnDevice, type Vector } from "./replay.js";
import sec1Pop from "./data/sec1-pop.json" with { type: "json" };
import sec1WrongPop from "./data/sec1-wrong-pop.json" with { type: "json" };

const wrongPop = sec1WrongPop as unknown as Vector;
const rightPop = sec1Pop as unknown as Vector;

describe("handshake guessing limit", () => {
  it("engages after 5 wrong PoPs, survives a session id change, and lifts by itself", async () => {
    const device = await replayOnDevice(wrongPop);
    for (let i = 1; i < 5; i++) await replayOnDevice(wrongPop, { device });
    match(device.output.all, /W \(\d+\) protocomm: 5 failed handshakes: refusing new ones for 30 s/);
    const cmd0 = rightPop.exchanges[1].request_hex;
    equal(await device.request("prov-session", cmd0, 7), undefined, "refused under a new session id too");
    match(device.output.text + device.output.all, /handshake refused: too many failed attempts, locked for 30 s more/);
    device.timers.advance(30000);
    await replayOnDevice(rightPop, { device });
    equal(device.core.manager?.state, "connected");
  });

  it("doubles the lockout with each further failure, up to 64x, and resets on success", () => {
    const clock = new ManualTimers();
    const limit = new GuessLimit({ clock, maxFailures: 2, lockoutMs: 1000 });
    equal(limit.recordFailure(), 0);
    equal(limit.recordFailure(), 1000);
    equal(limit.remainingMs(), 1000);
    clock.advance(1000);
    equal(limit.remainingMs(), 0);
    equal(limit.recordFailure(), 2000);
    for (let i = 0; i < 10; i++) limit.recordFailure();
    equal(limit.recordFailure(), 64000);
    limit.recordSuccess();
    equal(limit.remainingMs(), 0);
    equal(limit.recordFailure(), 0);
  });
});
