// Client side of the recorded esp_prov sessions: with esp_prov's own random draws injected, the client
// sends the recorded requests byte for byte and accepts the recorded replies, for every scheme and flow.
import { ClientError } from "../../client/errors.js";
import { equal, match, ok, rejects } from "../support/assert.js";
import { clientReplay } from "./client-replay.js";
import type { Vector } from "./replay.js";
import sec0Basic from "./data/sec0-basic.json" with { type: "json" };
import sec0Autodetect from "./data/sec0-autodetect.json" with { type: "json" };
import sec1Pop from "./data/sec1-pop.json" with { type: "json" };
import sec1NoPop from "./data/sec1-nopop.json" with { type: "json" };
import sec1Scan from "./data/sec1-scan.json" with { type: "json" };
import sec1CustomData from "./data/sec1-custom-data.json" with { type: "json" };
import sec1CtrlReset from "./data/sec1-ctrl-reset.json" with { type: "json" };
import sec1CtrlReprov from "./data/sec1-ctrl-reprov.json" with { type: "json" };
import sec1FailAuth from "./data/sec1-fail-auth.json" with { type: "json" };
import sec1FailNotFound from "./data/sec1-fail-notfound.json" with { type: "json" };
import sec1WrongPop from "./data/sec1-wrong-pop.json" with { type: "json" };
import sec2Patch1 from "./data/sec2-patch1.json" with { type: "json" };
import sec2Patch0 from "./data/sec2-patch0.json" with { type: "json" };
import legacy from "./data/legacy-v32-sec1.json" with { type: "json" };

const v = (json: unknown) => json as Vector;

describe("recorded esp_prov sessions, client side", () => {
  for (const vector of [sec0Basic, sec0Autodetect, sec1Pop, sec1NoPop, sec1CustomData, sec2Patch1, sec2Patch0, legacy].map(v)) {
    it(`${vector.name}: every request byte for byte, provisioned`, async () => {
      const replay = clientReplay(vector);
      const outcome = await replay.run();
      equal(outcome.result, "provisioned");
      if (outcome.result === "provisioned") {
        equal(outcome.wifi.ip4, "192.168.43.220");
        equal(outcome.wifi.ssid, "myssid");
      }
      equal(replay.transport.remaining, 0, "every recorded exchange was made");
      equal(replay.random.remaining, 0, "every recorded random draw was used");
    });
  }

  it("sec1-custom-data: the device's answer is reported", async () => {
    const replay = clientReplay(v(sec1CustomData));
    await replay.run();
    ok(replay.events.some((e) => e.kind === "info" && /Custom data response: "SUCCESS"/.test(e.text)), "custom data reply reported");
  });

  it("sec1-scan: the scan is paged as esp_prov does, the list offered, AP 1 chosen", async () => {
    const replay = clientReplay(v(sec1Scan));
    let offered: string[] = [];
    const outcome = await replay.run({
      chooseNetwork: async (networks) => {
        offered = networks.map((n) => `${n.ssid} ${n.bssid} ${n.channel} ${n.rssi} ${n.auth}`);
        return 0;
      },
    });
    equal(outcome.result, "provisioned");
    equal(offered.length, 5);
    equal(offered[0], "myssid 240ac4a1b2c3 6 -42 3");
    equal(offered[4], "Corp-802.1X-Enterprise-Network-1 3c71bfaabbcc 13 -90 5");
    equal(replay.transport.remaining, 0);
  });

  it("sec1-scan without anyone to choose: stops after the scan, asking for --ssid", async () => {
    const replay = clientReplay(v(sec1Scan));
    await rejects(replay.run(), /pass --ssid/);
  });

  for (const [vector, command] of [[sec1CtrlReset, "reset"], [sec1CtrlReprov, "reprov"]] as const) {
    it(`${v(vector).name}: the ctrl command is sent and acknowledged`, async () => {
      const replay = clientReplay(v(vector));
      equal((await replay.run()).result, command);
      equal(replay.transport.remaining, 0);
    });
  }

  for (const [vector, cause] of [[sec1FailAuth, /wrong passphrase \(AuthError\)/], [sec1FailNotFound, /could not find the network "myssid" \(NetworkNotFound\)/]] as const) {
    it(`${v(vector).name}: four failed polls as esp_prov, then a Wi-Fi error naming the cause`, async () => {
      const replay = clientReplay(v(vector));
      let error: unknown;
      await replay.run().catch((e) => { error = e; });
      ok(error instanceof ClientError, `expected a ClientError, got ${error}`);
      equal(error.kind, "wifi");
      match(error.message, cause);
      equal(replay.transport.remaining, 0, "polled as many times as esp_prov");
    });
  }

  it("sec1-wrong-pop: no reply to command 1 is a handshake failure naming the PoP", async () => {
    const replay = clientReplay(v(sec1WrongPop));
    let error: unknown;
    await replay.run().catch((e) => { error = e; });
    ok(error instanceof ClientError, `expected a ClientError, got ${error}`);
    equal(error.kind, "handshake");
    match(error.message, /wrong PoP\? Check --pop/);
    equal(replay.transport.remaining, 0);
  });
});
