// The client provisions a whole device in process, on every runtime: ProvisioningClient → console line
// transport → the device's console (echo, prompts, log lines and all) → protocomm → handlers. Time is
// simulated: the client's pauses move the device's clock.
import { ClientError, WifiJoinError } from "../../client/errors.js";
import type { ProvisioningPlan } from "../../client/provisioning-client.js";
import type { Prompts } from "../../client/prompts.js";
import { nobleCrypto } from "../../modules/crypto/noble.js";
import { BigIntArithmetic } from "../../modules/srp/arithmetic.js";
import { N } from "../../modules/srp/group.js";
import { makeVerifier } from "../../modules/srp/srp-client.js";
import { fromHex, toHex } from "../../modules/util/hex.js";
import { utf8Encode } from "../../modules/util/utf8.js";
import { equal, match, ok } from "../support/assert.js";
import { TestDevice } from "../support/device.js";
import { connect } from "../support/client-link.js";

const SALT = "9fef0cdecc1a3c35e7799b2f2bbcba17";
const sec2Config = (patch: number) => ({
  securityVersion: 2, sec2Username: "wifiprov", sec2Salt: SALT, sec2PatchVersion: patch,
  sec2Verifier: toHex(makeVerifier(nobleCrypto, new BigIntArithmetic(N), fromHex(SALT)!, utf8Encode("wifiprov"), utf8Encode("abcd1234"))),
});

async function provision(device: TestDevice, plan: ProvisioningPlan, prompts?: Prompts) {
  const { client, events } = connect(device);
  return { outcome: await client.provision(plan, prompts), events };
}

async function failure(device: TestDevice, plan: ProvisioningPlan): Promise<ClientError> {
  try {
    await connect(device).client.provision(plan);
  } catch (error) {
    ok(error instanceof ClientError, `expected a ClientError, got ${error}`);
    return error;
  }
  throw new Error("expected provisioning to fail");
}

const credentials = { ssid: "myssid", passphrase: "mypassword" };

describe("client and device, in process", () => {
  it("security 0, detected from proto-ver", async () => {
    const device = new TestDevice({ config: { securityVersion: 0 } });
    const { outcome, events } = await provision(device, credentials);
    equal(outcome.result, "provisioned");
    ok(events.some((e) => e.text === "Security scheme: 0"));
    equal(device.core.store.load().status, "ok");
  });

  it("security 1 with a PoP, detected from proto-ver", async () => {
    const device = new TestDevice();
    const { outcome } = await provision(device, { ...credentials, pop: "abcd1234" });
    equal(outcome.result, "provisioned");
    if (outcome.result === "provisioned") equal(outcome.wifi.ip4, "192.168.43.220");
    equal(device.core.manager?.state, "connected");
  });

  for (const patch of [1, 0]) {
    it(`security 2, sec_patch_ver ${patch}`, async () => {
      const device = new TestDevice({ config: sec2Config(patch) });
      const { outcome } = await provision(device, { ...credentials, secVer: 2, username: "wifiprov", password: "abcd1234" });
      equal(outcome.result, "provisioned");
    });
  }

  it("a wrong PoP fails at once, quoting the device and naming --pop", async () => {
    const error = await failure(new TestDevice(), { ...credentials, secVer: 1, pop: "wrongpop" });
    equal(error.kind, "handshake");
    match(error.message, /wrong PoP\? Check --pop\..*E \(\d+\) protocomm_console: security 1: key mismatch/);
  });

  it("a wrong security 2 password names --sec2_pwd", async () => {
    const error = await failure(new TestDevice({ config: sec2Config(1) }), { ...credentials, secVer: 2, username: "wifiprov", password: "nope" });
    equal(error.kind, "handshake");
    match(error.message, /wrong password\? Check --sec2_pwd/);
  });

  it("the wrong security version is a handshake failure that suggests --sec_ver", async () => {
    const error = await failure(new TestDevice(), { ...credentials, secVer: 0 });
    equal(error.kind, "handshake");
    match(error.message, /does not use security 0 \(--sec_ver\)/);
  });

  it("a security 2 device without --sec_ver: stops before the handshake, saying what to pass", async () => {
    const error = await failure(new TestDevice({ config: sec2Config(1) }), credentials);
    equal(error.kind, "usage");
    match(error.message, /pass --sec_ver 2/);
  });

  it("scan, choose a network by its place in the list, provision it", async () => {
    const device = new TestDevice({ config: { pop: "" } });
    let names: string[] = [];
    const { outcome } = await provision(device, { passphrase: "mypassword" }, {
      chooseNetwork: async (networks) => {
        names = networks.map((n) => n.ssid);
        return names.indexOf("myssid");
      },
    });
    equal(outcome.result, "provisioned");
    equal(names.length, 5);
    equal(names[0], "myssid", "strongest first");
  });

  it("custom data is answered before the credentials", async () => {
    const device = new TestDevice();
    const { events } = await provision(device, { ...credentials, pop: "abcd1234", customData: "hello" });
    ok(events.some((e) => /Custom data response: "SUCCESS"/.test(e.text)));
    ok(/Received custom data \(5 bytes\): hello/.test(device.output.all));
  });

  it("a wrong passphrase: a Wi-Fi error after the retries, then --reset lets new credentials in", async () => {
    const device = new TestDevice();
    const error = await failure(device, { ssid: "myssid", passphrase: "wrong", pop: "abcd1234" });
    equal(error.kind, "wifi");
    match(error.message, /wrong passphrase \(AuthError\)/);
    ok(error instanceof WifiJoinError);
    equal(JSON.stringify(error.lastStatus), JSON.stringify({ state: "failed", reason: "auth" }));
    equal((await provision(device, { pop: "abcd1234", reset: true })).outcome.result, "reset");
    equal(device.core.manager?.state, "waiting");
    equal((await provision(device, { ...credentials, pop: "abcd1234" })).outcome.result, "provisioned");
  });

  it("reset after a success is refused, and the error says to reprovision instead", async () => {
    const device = new TestDevice({ config: { autoStop: false } });
    await provision(device, { ...credentials, pop: "abcd1234" });
    const error = await failure(device, { pop: "abcd1234", reset: true });
    equal(error.kind, "refused");
    match(error.message, /use --reprov/);
    equal((await provision(device, { pop: "abcd1234", reprov: true })).outcome.result, "reprov");
    equal(device.core.manager?.state, "waiting");
  });

  it("a passphrase too long for the device is refused with the limits", async () => {
    const error = await failure(new TestDevice(), { ssid: "myssid", passphrase: "x".repeat(64), pop: "abcd1234" });
    equal(error.kind, "refused");
    match(error.message, /InvalidArgument.*at most 63/);
  });

  it("prompts for the PoP when the device needs one and none was given", async () => {
    const device = new TestDevice();
    let asked = "";
    const { outcome } = await provision(device, credentials, { secret: async (question) => { asked = question; return "abcd1234"; } });
    equal(outcome.result, "provisioned");
    match(asked, /Proof of Possession required/);
  });
});
