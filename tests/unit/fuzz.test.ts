// Property tests: whatever arrives on the console, nothing escapes, nothing hangs, stored credentials
// stay, and a valid session still provisions afterwards. Fixed seed and bounded runs here; the fuzz
// script (npm run fuzz) runs the same properties longer.
import fc from "fast-check";
import { SessionData, WiFiConfigPayload, WiFiCtrlPayload, WiFiScanPayload } from "../../modules/proto/messages.js";
import { decodeMessage } from "../../modules/protocomm/decode.js";
import { ProtocommError } from "../../modules/protocomm/errors.js";
import { parseCommand } from "../../modules/transport/command.js";
import { fromHex, toHex } from "../../modules/util/hex.js";
import { utf8Encode } from "../../modules/util/utf8.js";
import { equal, ok } from "../support/assert.js";
import { MemoryPreferences, ScriptedRandom, storeNetwork } from "../support/fakes.js";
import { TestDevice } from "../support/device.js";
import { replayOnDevice, type Vector } from "../vectors/replay.js";
import sec1Pop from "../vectors/data/sec1-pop.json" with { type: "json" };
import { fuzzInputsTried, fuzzRuns } from "./fuzz-settings.js";

const SEED = 20261123;
const ENDPOINTS = ["proto-ver", "prov-session", "prov-config", "prov-scan", "prov-ctrl", "custom-data", "nope"];
const vector = sec1Pop as unknown as Vector;

const bytes = (max: number) => fc.uint8Array({ maxLength: max });
/** Requests that look like esp_prov's, mutated: right endpoints and hex, wrong contents. */
const request = fc.tuple(fc.constantFrom(...ENDPOINTS), fc.nat(3), bytes(80))
  .map(([endpoint, sid, payload]) => `${endpoint} ${sid} ${toHex(payload)}`);
/** Arbitrary console text, including control characters and bytes above 0x7f. */
const junk = fc.oneof(fc.string({ maxLength: 120 }), bytes(120).map((b) => String.fromCharCode(...b)));

function storedDevice(): TestDevice {
  const preferences = new MemoryPreferences();
  storeNetwork(preferences, "oldnet", "oldpass");
  // resetProvisioning is off, so the stored record stays; provisioning runs because a test forces it.
  const device = new TestDevice({ preferences, boot: false, random: new ScriptedRandom() });
  device.app.start();
  return device;
}

// Mocha only (the XS harness has no after hook): the figure the fuzz script reports.
if (typeof after === "function") after(() => console.log(`fuzz: ${fuzzInputsTried()} inputs tried`));

describe("fuzz: parsers and decoders", () => {
  it("the command parser returns a command or an error for any line", () => {
    fc.assert(fc.property(junk, (line) => {
      const r = parseCommand(line);
      ok("command" in r || "error" in r);
    }), { seed: SEED, numRuns: fuzzRuns(500) });
  });

  it("hex decoding never throws and round-trips what it accepts", () => {
    fc.assert(fc.property(fc.string({ maxLength: 40 }), (text) => {
      const decoded = fromHex(text);
      if (decoded) equal(toHex(decoded), text.toLowerCase());
    }), { seed: SEED, numRuns: fuzzRuns(500) });
  });

  it("every protobuf decoder refuses hostile bytes with a ProtocommError only", () => {
    for (const type of [SessionData, WiFiConfigPayload, WiFiScanPayload, WiFiCtrlPayload]) {
      fc.assert(fc.property(bytes(200), (data) => {
        try {
          decodeMessage(type as { decode(b: Uint8Array): unknown }, data, "message");
        } catch (error) {
          ok(error instanceof ProtocommError, `not a ProtocommError: ${error}`);
        }
      }), { seed: SEED, numRuns: fuzzRuns(300) });
    }
  });
});

describe("fuzz: the whole device", () => {
  it("after any sequence of junk and mutated requests, stored credentials are intact and provisioning still works", async () => {
    await fc.assert(fc.asyncProperty(fc.array(fc.oneof(request, junk), { maxLength: 12 }), async (lines) => {
      const device = storedDevice();
      for (const line of lines) {
        await device.type(line);
        device.timers.advance(500);
      }
      ok(device.core.console?.running, "console still running");
      const stored = device.core.store.load();
      ok(stored.status === "ok" && toHex(stored.credentials.passphrase) === toHex(utf8Encode("oldpass")), "stored credentials intact");
      // A real client, recorded, still provisions from the start (its Cmd0 restarts any handshake).
      await device.type("prov-session 0 00"); // a different message first, to leave any half handshake
      await replayOnDevice(vector, { device });
      equal(device.core.manager?.state, "connected");
    }), { seed: SEED, numRuns: fuzzRuns(40) });
  });
});
