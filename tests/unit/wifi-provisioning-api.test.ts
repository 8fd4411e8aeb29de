// The component as an app uses it (issue 20): a fake app on the platform ports drives WiFiProvisioning's
// public API and records its events, as a product's main.ts would with wifi_prov_mgr.
import { ConfigError } from "../../modules/config/config.js";
import { WiFiProvisioning } from "../../modules/wifi-provisioning/wifi-provisioning.js";
import type { WiFiProvisioningEvents } from "../../modules/wifi-provisioning/events.js";
import { SimulatedWifi } from "../../adapters/simulated/wifi.js";
import { nobleCrypto } from "../../modules/crypto/noble.js";
import { utf8Decode, utf8Encode } from "../../modules/util/utf8.js";
import { deepEqual, equal, match, ok } from "../support/assert.js";
import { CapturedOutput, CountingRandom, ManualTimers, MemoryPreferences, storeNetwork } from "../support/fakes.js";
import { connect as connectClient } from "../support/client-link.js";
import type { TestDevice } from "../support/device.js";

/** A product's app: its own work starts on onConnected and pauses on onDisconnected. */
class FakeApp {
  readonly events: string[] = [];
  readonly output = new CapturedOutput();
  readonly timers = new ManualTimers();
  readonly preferences = new MemoryPreferences();
  readonly wifi = new SimulatedWifi(this.timers, undefined, 1500);
  readonly provisioning: WiFiProvisioning;
  online = false;

  constructor(config: Record<string, unknown> = {}) {
    const record = (name: string) => (info?: object) => this.events.push(info ? `${name} ${JSON.stringify(info)}` : name);
    const callbacks: Required<WiFiProvisioningEvents> = {
      onStart: record("start"),
      onCredentialsReceived: record("credentials-received"),
      onCredentialsFailed: record("credentials-failed"),
      onCredentialsSucceeded: record("credentials-succeeded"),
      onEnd: record("end"),
      onConnected: (info) => { this.online = true; record("connected")(info); },
      onDisconnected: (info) => { this.online = false; record("disconnected")(info); },
    };
    this.provisioning = new WiFiProvisioning({
      ...callbacks,
      platform: {
        output: this.output, clock: this.timers, timers: this.timers, random: new CountingRandom(),
        preferences: this.preferences, wifi: this.wifi, crypto: nobleCrypto,
      },
      config: { applyDelayMs: 1000, autoStopMs: 5000, ...config },
    });
  }

  /** The shape TestDevice has, for the in-process esp_prov client. */
  asDevice(): TestDevice {
    return { app: this.provisioning, output: this.output, timers: this.timers } as unknown as TestDevice;
  }
}

const credentials = { ssid: "myssid", passphrase: "mypassword", pop: "abcd1234" };

describe("WiFiProvisioning: the component's API and events", () => {
  it("a new device: not provisioned, start, then received → succeeded → connected, and end after the auto-stop", async () => {
    const app = new FakeApp();
    equal(app.provisioning.provisioned, false);
    equal(app.provisioning.lifeCycle, "idle");
    equal(app.output.all, "", "constructing starts nothing");
    app.provisioning.start();
    equal(app.provisioning.lifeCycle, "provisioning");
    const outcome = await connectClient(app.asDevice()).client.provision(credentials);
    equal(outcome.result, "provisioned");
    app.timers.advance(6000);
    deepEqual(app.events, [
      'start {"securityVersion":1,"improv":false}',
      'credentials-received {"ssid":"myssid","from":"esp_prov"}',
      'credentials-succeeded {"ssid":"myssid","ip":"192.168.43.220"}',
      'connected {"ssid":"myssid","ip":"192.168.43.220"}',
      "end",
    ]);
    equal(app.provisioning.provisioned, true);
    ok(app.online);
  });

  it("a wrong passphrase: credentials-failed with the reason, then the right one succeeds", async () => {
    const app = new FakeApp();
    app.provisioning.start();
    const { client } = connectClient(app.asDevice());
    await client.openSession({ version: 1, patchVersion: 0, pop: "abcd1234", username: "", password: "" });
    await client.setConfig(utf8Encode("myssid"), utf8Encode("wrong-passphrase"));
    await client.applyConfig();
    app.timers.advance(3000);
    await client.setConfig(utf8Encode("nowhere"), utf8Encode("whatever1"));
    await client.applyConfig();
    app.timers.advance(3000);
    deepEqual(app.events.slice(1), [
      'credentials-received {"ssid":"myssid","from":"esp_prov"}',
      'credentials-failed {"ssid":"myssid","reason":"auth"}',
      'credentials-received {"ssid":"nowhere","from":"esp_prov"}',
      'credentials-failed {"ssid":"nowhere","reason":"not-found"}',
    ]);
    ok(!app.events.some((e) => e.includes("wrong-passphrase") || e.includes("whatever1")), "never a passphrase");
  });

  it("a provisioned device: connect() joins, the app hears connected; a lost link is disconnected, then connected again", () => {
    const app = new FakeApp();
    storeNetwork(app.preferences, "myssid", "mypassword");
    ok(app.provisioning.provisioned);
    app.provisioning.connect();
    app.timers.advance(1500);
    ok(app.online, "online after the join");
    ok(app.wifi.dropConnection());
    equal(app.online, false);
    app.timers.advance(5000 + 1500);
    ok(app.online, "back online after the reconnect delay");
    deepEqual(app.events, [
      'connected {"ssid":"myssid","ip":"192.168.43.220"}',
      'disconnected {"ssid":"myssid","reason":"lost"}',
      'connected {"ssid":"myssid","ip":"192.168.43.220"}',
    ]);
    match(app.output.all, /W \(\d+\) app: Disconnected from myssid \(connection lost\)\. Connecting to the AP again\.\.\./);
  });

  it("the link provisioning made is watched after the end too: lost, then rejoined from the stored record", async () => {
    const app = new FakeApp();
    app.provisioning.start();
    await connectClient(app.asDevice()).client.provision(credentials);
    app.timers.advance(6000);
    app.provisioning.end();
    app.events.length = 0;
    ok(app.wifi.dropConnection());
    app.timers.advance(5000 + 1500);
    deepEqual(app.events, ['disconnected {"ssid":"myssid","reason":"lost"}', 'connected {"ssid":"myssid","ip":"192.168.43.220"}']);
  });

  it("end() releases what provisioning holds: no timers left, the console deaf, no further events from it", async () => {
    const app = new FakeApp({ securityVersion: 0 });
    app.provisioning.start();
    // A scan in flight and the session's key material: end() must drop both.
    await app.asDevice().app.console!.receive("prov-session 0 5203a20100\r\n");
    app.provisioning.end();
    equal(app.timers.pendingCount, 0, "no timer left behind");
    equal(app.provisioning.lifeCycle, "ended");
    ok(!app.provisioning.console && !app.provisioning.protocomm && !app.provisioning.manager && !app.provisioning.improv);
    const before = app.output.all.length;
    app.provisioning.receive("proto-ver 0 6e6f6e65\r\n");
    equal(app.output.all.length, before, "the console no longer answers");
    deepEqual(app.events, ['start {"securityVersion":0,"improv":true}', "end"]);
    let refused = "";
    try {
      app.provisioning.start();
    } catch (error) {
      refused = (error as Error).message;
    }
    equal(refused, "start: provisioning has ended (create a new WiFiProvisioning)");
  });

  it("reset() forgets the network; reprovision() takes new credentials after a success", async () => {
    const app = new FakeApp({ autoStop: false });
    app.provisioning.start();
    await connectClient(app.asDevice()).client.provision(credentials);
    equal(app.provisioning.manager?.state, "connected");
    ok(app.provisioning.reprovision(), "reprovision while connected");
    equal(app.provisioning.manager?.state, "waiting");
    app.provisioning.reset();
    equal(app.provisioning.provisioned, false);
    app.provisioning.stop();
    equal(app.provisioning.reprovision(), false, "nothing to reprovision once stopped");
  });

  it("start() takes overrides checked like the config: a bad one throws a ConfigError and nothing starts", () => {
    const app = new FakeApp();
    let error: unknown;
    try {
      app.provisioning.start({ securityVersion: 7 });
    } catch (e) {
      error = e;
    }
    ok(error instanceof ConfigError);
    equal((error as Error).message, "config securityVersion: 7 is not a whole number from 0 to 2");
    equal(app.provisioning.lifeCycle, "idle");
    app.provisioning.start({ securityVersion: "0", improv: "false" });
    deepEqual(app.events, ['start {"securityVersion":0,"improv":false}']);
  });

  it("custom endpoints and app info are the app's, as wifi_prov_mgr_endpoint_create and set_app_info", async () => {
    const app = new FakeApp({ securityVersion: 0 });
    app.provisioning.addEndpoint("custom-data", () => utf8Encode("on"));
    app.provisioning.setAppInfo("sensor", { ver: "1.2" });
    app.provisioning.start();
    const { client } = connectClient(app.asDevice());
    const reply = await client.version("v");
    deepEqual(JSON.parse((reply as { text: string }).text).sensor, { ver: "1.2" });
    await client.openSession({ version: 0, patchVersion: 0, pop: "", username: "", password: "" });
    equal(utf8Decode(await client.customData(new Uint8Array([1]))), "on");
  });
});
