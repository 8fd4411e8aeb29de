// The component as an app uses it (issue 20): a fake app on the platform ports drives WiFiProvisioning's
// public API and records its events, as a product's main.ts would with wifi_prov_mgr.
import { ConfigError } from "../../modules/config/config.js";
import { WiFiProvisioning, type ProvisioningConfig } from "../../modules/wifi-provisioning/wifi-provisioning.js";
import type { WiFiProvisioningEvents } from "../../modules/wifi-provisioning/events.js";
import { internalsOf } from "../../modules/wifi-provisioning/internals.js";
import { PreloadError, type ProvisioningCore } from "../../modules/wifi-provisioning/provisioning-core.js";
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
  /** Behind the face, as the port and the tests reach it. */
  readonly core: ProvisioningCore;
  /** Each callback's `this`: the instance, every time. */
  readonly selves: unknown[] = [];
  online = false;

  constructor(config: ProvisioningConfig = {}) {
    const app = this;
    const record = (name: string) => function (this: unknown, info?: object) {
      app.selves.push(this);
      app.events.push(info ? `${name} ${JSON.stringify(info)}` : name);
    };
    const callbacks: Required<WiFiProvisioningEvents<WiFiProvisioning>> = {
      onStart: record("start"),
      onCredentialsReceived: record("credentials-received"),
      onCredentialsFailed: record("credentials-failed"),
      onCredentialsSucceeded: record("credentials-succeeded"),
      onEnd: record("end"),
      onConnected(info) { app.online = true; record("connected").call(this, info); },
      onDisconnected(info) { app.online = false; record("disconnected").call(this, info); },
    };
    this.provisioning = new WiFiProvisioning({
      ...callbacks,
      platform: {
        output: this.output, clock: this.timers, timers: this.timers, random: new CountingRandom(),
        preferences: this.preferences, wifi: this.wifi, crypto: nobleCrypto,
      },
      config: { applyDelayMs: 1000, autoStopMs: 5000, ...config },
    });
    this.core = internalsOf(this.provisioning);
  }

  /** The shape TestDevice has, for the in-process esp_prov client. */
  asDevice(): TestDevice {
    return { app: this.provisioning, core: this.core, output: this.output, timers: this.timers } as unknown as TestDevice;
  }

  /** Every callback so far ran with the instance as `this`. */
  calledOnInstance(): boolean {
    return this.selves.length > 0 && this.selves.every((self) => self === this.provisioning);
  }
}

const credentials = { ssid: "myssid", passphrase: "mypassword", pop: "abcd1234" };

describe("WiFiProvisioning: the component's API and events", () => {
  it("a new device: not provisioned, start, then received → succeeded → connected, and end after the auto-stop", async () => {
    const app = new FakeApp();
    equal(app.provisioning.provisioned, false);
    equal(app.core.lifeCycle, "idle");
    equal(app.output.all, "", "constructing starts nothing");
    app.provisioning.start();
    equal(app.core.lifeCycle, "provisioning");
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
    equal(app.selves.length, 5);
    ok(app.calledOnInstance(), "every callback's this is the WiFiProvisioning");
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
    ok(app.calledOnInstance(), "the station's callbacks too");
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
    ok(app.calledOnInstance(), "after end() too");
  });

  it("end() releases what provisioning holds: no timers left, the console deaf, no further events from it", async () => {
    const app = new FakeApp({ securityVersion: 0 });
    app.provisioning.start();
    // A scan in flight and the session's key material: end() must drop both.
    await app.core.console!.receive("prov-session 0 5203a20100\r\n");
    app.provisioning.end({ keepConsole: true });
    equal(app.timers.pendingCount, 0, "no timer left behind");
    equal(app.core.lifeCycle, "ended");
    ok(!app.core.console && !app.core.protocomm && !app.core.manager && !app.core.improv);
    const before = app.output.all.length;
    app.core.receive("proto-ver 0 6e6f6e65\r\n");
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
    equal(app.core.manager?.state, "connected");
    ok(app.provisioning.reprovision(), "reprovision while connected");
    equal(app.core.manager?.state, "waiting");
    app.provisioning.reset();
    equal(app.provisioning.provisioned, false);
    app.provisioning.stop();
    equal(app.provisioning.reprovision(), false, "nothing to reprovision once stopped");
  });

  it("start() takes overrides checked like the config: a bad one throws a ConfigError and nothing starts", () => {
    const app = new FakeApp();
    let error: unknown;
    try {
      // A value from outside the types (mc/config's are untyped): checked at run time too.
      app.provisioning.start({ securityVersion: 7 } as unknown as ProvisioningConfig);
    } catch (e) {
      error = e;
    }
    ok(error instanceof ConfigError);
    equal((error as Error).message, "config securityVersion: 7 is not a whole number from 0 to 2");
    equal(app.core.lifeCycle, "idle");
    app.provisioning.start({ securityVersion: 0, improv: false });
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

  it("addEndpoint while provisioning runs is served from the next request; after end() it throws, as do provisioning's own names", async () => {
    const app = new FakeApp({ securityVersion: 0 });
    app.provisioning.start();
    const { client } = connectClient(app.asDevice());
    await client.openSession({ version: 0, patchVersion: 0, pop: "", username: "", password: "" });
    app.provisioning.addEndpoint("custom-data", () => utf8Encode("late"));
    equal(utf8Decode(await client.customData(new Uint8Array([1]))), "late");
    const thrown = (call: () => void): string => {
      try {
        call();
      } catch (error) {
        return (error as Error).message;
      }
      return "nothing thrown";
    };
    equal(thrown(() => app.provisioning.addEndpoint("custom-data", () => new Uint8Array(0))), 'addEndpoint("custom-data"): already added');
    equal(thrown(() => app.provisioning.addEndpoint("prov-config", () => new Uint8Array(0))), 'addEndpoint("prov-config"): provisioning\'s own endpoint');
    app.provisioning.stop();
    app.provisioning.start();
    equal(utf8Decode(await connectClient(app.asDevice()).client.customData(new Uint8Array([1])).catch(() => utf8Encode("no session"))), "no session",
      "a new start needs a new session");
    app.provisioning.end();
    equal(thrown(() => app.provisioning.addEndpoint("other", () => new Uint8Array(0))), 'addEndpoint("other"): provisioning has ended (add endpoints before end())');
    equal(thrown(() => app.provisioning.setAppInfo("sensor", { ver: "1" })), 'setAppInfo("sensor"): provisioning has ended');
  });

  it("an endpoint added before start() survives a stop() and a new start()", async () => {
    const app = new FakeApp({ securityVersion: 0 });
    app.provisioning.addEndpoint("custom-data", () => utf8Encode("kept"));
    app.provisioning.start();
    app.provisioning.stop();
    app.provisioning.start();
    const { client } = connectClient(app.asDevice());
    await client.openSession({ version: 0, patchVersion: 0, pop: "", username: "", password: "" });
    equal(utf8Decode(await client.customData(new Uint8Array([1]))), "kept");
  });

  it("end() gives the console back by default: the port is closed and log lines go nowhere", () => {
    const app = new FakeApp();
    app.provisioning.start();
    app.provisioning.end();
    equal(app.output.closed, 1, "the port was closed");
    match(app.output.all, /I \(\d+\) app_prov: Provisioning ended: its memory is released, the console too\r\n$/);
    const before = app.output.all.length;
    app.provisioning.log.info("app", "after the end");
    equal(app.output.all.length, before, "nothing written to a closed port");
  });

  it("end({ keepConsole: true }) keeps the console for the app's log lines", () => {
    const app = new FakeApp();
    app.provisioning.start();
    app.provisioning.end({ keepConsole: true });
    equal(app.output.closed, 0);
    app.provisioning.log.info("app", "still here");
    match(app.output.all, /I \(\d+\) app: still here\r\n$/);
  });

  it("at build time (Moddable's preload) construction, start() and connect() fail with one line that says to use main()", () => {
    let preloading = true;
    const timers = new ManualTimers();
    const platform = {
      output: new CapturedOutput(), clock: timers, timers, random: new CountingRandom(), preferences: new MemoryPreferences(),
      wifi: new SimulatedWifi(timers), crypto: nobleCrypto, preloading: () => preloading,
    };
    let error: unknown;
    try {
      new WiFiProvisioning({ platform });
    } catch (e) {
      error = e;
    }
    ok(error instanceof PreloadError, `a PreloadError, not ${String(error)}`);
    const message = (error as Error).message;
    equal(message.split("\n").length, 1, "one line");
    match(message, /^new WiFiProvisioning\(\) ran at build time, where Moddable preloads the module .*create WiFiProvisioning inside your app's main\(\)/);
    equal((error as Error).stack, "", "no stack: the linker prints it before the message");
    equal(String(error), `PreloadError: ${message}`);
    equal(platform.output.all, "", "nothing touched the console");
    preloading = false;
    const provisioning = new WiFiProvisioning({ platform });
    preloading = true;
    for (const [what, call] of [["start()", () => provisioning.start()], ["connect()", () => provisioning.connect()]] as const) {
      let refused: unknown;
      try {
        call();
      } catch (e) {
        refused = e;
      }
      ok(refused instanceof PreloadError);
      ok((refused as Error).message.startsWith(`${what} ran at build time`));
    }
    equal(platform.output.all, "", "nothing started");
  });

  it("the face is the README's API table: nothing of the machinery is reachable on the instance", () => {
    const app = new FakeApp();
    const names = (o: object) => Object.getOwnPropertyNames(o).filter((n) => n !== "constructor").sort();
    deepEqual(names(WiFiProvisioning.prototype), [
      "addEndpoint", "connect", "end", "log", "provisioned", "reprovision", "reset", "setAppInfo", "start", "stop",
    ]);
    deepEqual(names(app.provisioning), [], "no own properties: its state is private");
    const face = app.provisioning as unknown as Record<string, unknown>;
    for (const inside of ["improv", "console", "protocomm", "manager", "store", "receive", "boot", "lifeCycle", "config"])
      equal(face[inside], undefined, inside);
    let refused = "";
    try {
      internalsOf({});
    } catch (error) {
      refused = (error as Error).message;
    }
    equal(refused, "internalsOf: not a WiFiProvisioning");
  });
});
