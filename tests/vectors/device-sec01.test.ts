// Device side of the recorded esp_prov sessions for security 0 and 1 (and the v3.2 seed-era client).
import { equal, ok } from "../support/assert.js";
import { Security1 } from "../../modules/security/sec1.js";
import { DEFAULT_IDLE_MS } from "../../modules/security/x25519-key-pool.js";
import type { ScriptedRandom } from "../support/fakes.js";
import { replayOnDevice, type Vector } from "./replay.js";
import sec0Basic from "./data/sec0-basic.json" with { type: "json" };
import sec0Autodetect from "./data/sec0-autodetect.json" with { type: "json" };
import sec1Pop from "./data/sec1-pop.json" with { type: "json" };
import sec1NoPop from "./data/sec1-nopop.json" with { type: "json" };
import sec1FailAuth from "./data/sec1-fail-auth.json" with { type: "json" };
import sec1FailNotFound from "./data/sec1-fail-notfound.json" with { type: "json" };
import sec1WrongPop from "./data/sec1-wrong-pop.json" with { type: "json" };
import legacy from "./data/legacy-v32-sec1.json" with { type: "json" };

describe("recorded esp_prov sessions, device side (security 0 and 1)", () => {
  for (const vector of [sec0Basic, sec0Autodetect, sec1Pop, sec1NoPop, legacy] as unknown as Vector[]) {
    it(`${vector.name}: every reply matches, credentials stored`, async () => {
      const device = await replayOnDevice(vector);
      equal(device.core.manager?.state, "connected");
      const stored = device.core.store.load();
      ok(stored.status === "ok", "credentials stored after success");
    });
  }

  for (const vector of [sec1FailAuth, sec1FailNotFound] as unknown as Vector[]) {
    it(`${vector.name}: failure reported on every poll, nothing stored, console still up`, async () => {
      const device = await replayOnDevice(vector);
      equal(device.core.manager?.state, "failed");
      equal(device.core.store.load().status, "empty");
      ok(device.core.console?.running, "console keeps running after a failed attempt");
    });
  }

  for (const vector of [sec1Pop, sec1NoPop] as unknown as Vector[]) {
    it(`${vector.name}: the same with the device key pair made while the console was idle, from the recorded draw`, async () => {
      // Up to command 0: the pair is waiting, made from the first recorded draw; the device random is not drawn yet.
      const before = await replayOnDevice(vector, { idleFirstMs: DEFAULT_IDLE_MS, stopBefore: 1 });
      const security = before.core.protocomm?.security;
      ok(security instanceof Security1 && security.keys.ready, "a key pair is waiting before command 0");
      equal((before.random as ScriptedRandom).remaining, 1, "the private key's draw taken, the device random's not");
      // The same start, then every reply byte for byte: command 0 answered with the pair made ahead.
      const whole = await replayOnDevice(vector, { idleFirstMs: DEFAULT_IDLE_MS });
      equal(whole.core.manager?.state, "connected");
      // Provisioning stops by itself after success: no key pair is made or kept for a session that cannot come.
      whole.timers.advance(60000);
      equal(whole.core.console?.running, false, "provisioning stopped");
      ok(!(whole.core.protocomm?.security as Security1).keys.ready, "no key pair kept after the end");
    });
  }

  it("sec1-wrong-pop: no reply to command 1, an E line, and a new handshake still works", async () => {
    const device = await replayOnDevice(sec1WrongPop as unknown as Vector);
    ok(/E \(\d+\) protocomm_console: security 1: key mismatch/.test(device.output.all), "key mismatch logged");
    equal(device.core.protocomm?.sessionEstablished, false);
    // The same device, same session id: the next client (right PoP) provisions it from the start.
    await replayOnDevice(sec1Pop as unknown as Vector, { device });
    equal(device.core.manager?.state, "connected");
  });
});
