// A security 2 session with a scan, a choice from the list and provisioning, as the device sees it: what
// arrived on its console and when its clock moved. record() runs the project's client against a device in
// one process (Node) and keeps the device's inputs; replay() gives the same inputs to an identical device
// alone (on XS for RV32, where the heap then holds only the device) and returns everything it printed,
// which must be what it printed while recording, byte for byte.
import { nobleCrypto } from "../../modules/crypto/noble.js";
import { CompactArithmetic } from "../../modules/srp/arithmetic.js";
import { N } from "../../modules/srp/group.js";
import { makeVerifier } from "../../modules/srp/srp-client.js";
import { fromHex, toHex } from "../../modules/util/hex.js";
import { utf8Encode } from "../../modules/util/utf8.js";
import { connect } from "../support/client-link.js";
import { TestDevice } from "../support/device.js";
import { CountingRandom } from "../support/fakes.js";

export type DeviceInput = { receive: string } | { advance: number };

export interface Recording {
  config: Record<string, unknown>;
  inputs: DeviceInput[];
  /** Everything the device printed. */
  output: string;
}

/** The firmware's JS path: security 2 over the table-free Montgomery arithmetic. */
export function sessionDevice(config: Record<string, unknown>): TestDevice {
  return new TestDevice({ config, arithmetic: new CompactArithmetic(N), random: new CountingRandom() });
}

/** Keeps the device's inputs from now on, in the order they happen. */
export function recordInputs(device: TestDevice): DeviceInput[] {
  const inputs: DeviceInput[] = [];
  const receive = device.core.receive.bind(device.core);
  const advance = device.timers.advance.bind(device.timers);
  device.core.receive = (data) => {
    inputs.push({ receive: typeof data === "string" ? data : String.fromCharCode(...data) });
    receive(data);
  };
  device.timers.advance = (ms) => {
    inputs.push({ advance: ms });
    advance(ms);
  };
  return inputs;
}

const SALT = "9fef0cdecc1a3c35e7799b2f2bbcba17";

/** The session: security 2 (wifiprov / abcd1234), a scan, myssid chosen from the list, provisioned. */
export async function record(): Promise<Recording> {
  const config = {
    securityVersion: 2, sec2Username: "wifiprov", sec2Salt: SALT, sec2PatchVersion: 1,
    sec2Verifier: toHex(makeVerifier(nobleCrypto, new CompactArithmetic(N), fromHex(SALT)!, utf8Encode("wifiprov"), utf8Encode("abcd1234"))),
  };
  const device = sessionDevice(config);
  const inputs = recordInputs(device);
  const { client } = connect(device);
  const outcome = await client.provision({ secVer: 2, username: "wifiprov", password: "abcd1234", passphrase: "mypassword" }, {
    chooseNetwork: async (networks) => networks.findIndex((n) => n.ssid === "myssid"),
  });
  if (outcome.result !== "provisioned" || device.core.manager?.state !== "connected") throw new Error("the recorded session did not provision");
  return { config, inputs, output: device.output.all };
}

/** Gives each input in turn, letting the device run its promise jobs after each; resolves with its output. */
export async function replay(recording: Recording): Promise<{ device: TestDevice; output: string }> {
  const device = sessionDevice(recording.config);
  for (const input of recording.inputs) {
    if ("receive" in input) device.core.receive(input.receive);
    else device.timers.advance(input.advance);
    for (let i = 0; i < 50; i++) await Promise.resolve();
  }
  return { device, output: device.output.all };
}
