// Secure by default (issue 19): Improv never weakens the security the device was built with, a failed
// attempt never leaves a provisioned device offline, corrupt flash is always reported, and a console UART
// that cannot open says why.
import { ImprovError, ImprovState, RpcCommand } from "../../modules/improv/frame.js";
import { ConfigError, improvEnabled, parseConfig } from "../../modules/config/config.js";
import { openConsolePort, parseConsolePortConfig } from "../../modules/config/console-port.js";
import { STORE_DOMAIN, STORE_KEYS } from "../../modules/provisioning/credential-store.js";
import { utf8Decode, utf8Encode } from "../../modules/util/utf8.js";
import { deepEqual, equal, match, ok } from "../support/assert.js";
import { MemoryPreferences, storeNetwork } from "../support/fakes.js";
import { TestDevice } from "../support/device.js";
import { connect as connectClient } from "../support/client-link.js";
import { rpc, send, wifi } from "../support/improv-wire.js";

const SEC2 = {
  securityVersion: 2, sec2Username: "wifiprov", sec2Salt: "9fef0cdecc1a3c35e7799b2f2bbcba17",
  // A verifier of the right size and range; no handshake runs in these tests.
  sec2Verifier: "05".repeat(384),
};

function stored(ssid = "myssid", passphrase = "mypassword"): MemoryPreferences {
  const preferences = new MemoryPreferences();
  storeNetwork(preferences, ssid, passphrase);
  return preferences;
}

const warnings = (text: string) => text.split(/\r?\n/).filter((l) => /^W \(\d+\) /.test(l));

describe("Improv never weakens the configured security", () => {
  it("is off by default with security 1 and 2: Improv frames get no answer, the boot line names only the console", async () => {
    for (const config of [{}, SEC2]) {
      const device = new TestDevice({ config });
      match(device.output.all, /Provisioning started: console, security [12]/);
      const { events } = await send(device, rpc(RpcCommand.CurrentState));
      deepEqual(events, [], "no Improv answer");
      ok(!device.core.improv, "no Improv service");
    }
  });

  it("is on by default with security 0, where there is no proof to bypass, and says nothing about it", () => {
    const device = new TestDevice({ config: { securityVersion: 0 } });
    ok(device.core.improv, "Improv service running");
    match(device.output.all, /Provisioning started: console and Improv, security 0/);
    deepEqual(warnings(device.output.all), []);
  });

  it("improv=true over security 1 or 2 is said once at boot with one W line naming what it bypasses", () => {
    const sec1 = new TestDevice({ config: { improv: "true" } });
    deepEqual(warnings(sec1.output.all).map((l) => l.replace(/^W \(\d+\) /, "")),
      ["app_prov: Improv is on: any client on this port can set Wi-Fi without the proof of possession"]);
    const sec2 = new TestDevice({ config: { ...SEC2, improv: true } });
    deepEqual(warnings(sec2.output.all).map((l) => l.replace(/^W \(\d+\) /, "")),
      ["app_prov: Improv is on: any client on this port can set Wi-Fi without the security 2 password"]);
    const off = new TestDevice({ config: { securityVersion: 0, improv: "false" } });
    ok(!off.core.improv, "improv=false turns it off even over security 0");
  });

  it("the improv key takes auto, true or false and refuses anything else naming the key", () => {
    equal(parseConfig({}).improv, "auto");
    equal(improvEnabled(parseConfig({})), false);
    equal(improvEnabled(parseConfig({ securityVersion: "0" })), true);
    equal(improvEnabled(parseConfig({ improv: "1" })), true);
    equal(improvEnabled(parseConfig({ securityVersion: 0, improv: 0 })), false);
    let error: unknown;
    try {
      parseConfig({ improv: "yes\x1b[2J" });
    } catch (e) {
      error = e;
    }
    ok(error instanceof ConfigError);
    equal((error as Error).message, 'config improv: "yes\\x1b[2J" is not auto, true or false');
  });

  it("an esp_prov session that has sent SetConfig owns the next apply: an Improv frame in between is refused", async () => {
    const device = new TestDevice({ config: { improv: true } });
    const { client } = connectClient(device);
    await client.openSession({ version: 1, patchVersion: 0, pop: "abcd1234", username: "", password: "" });
    await client.setConfig(utf8Encode("myssid"), utf8Encode("mypassword"));
    const intruder = await send(device, wifi("evil-ap", "evil-pass"), 3000);
    deepEqual(intruder.events, [{ error: ImprovError.None }, { error: ImprovError.Unknown }]);
    match(intruder.text, /E \(\d+\) improv: Improv Wi-Fi settings refused: an esp_prov session has sent credentials and owns the next apply/);
    // The session's own apply goes through, with its own credentials.
    await client.applyConfig();
    const connected = await client.waitForConnection("myssid");
    equal(connected.ip4, "192.168.43.220");
    equal(device.wifi.attempts.length, 1);
    equal(utf8Decode(device.wifi.attempts[0].ssid), "myssid");
    const saved = device.core.store.load();
    ok(saved.status === "ok" && utf8Decode(saved.credentials.ssid) === "myssid");
  });
});

describe("a failed attempt returns a provisioned device to its stored network", () => {
  it("Improv: new settings with a wrong passphrase fail, then the device rejoins the stored network, said in one line", async () => {
    const device = new TestDevice({ preferences: stored(), config: { securityVersion: 0 } });
    device.timers.advance(2000);
    match(device.output.all, /Connected with IP Address:192\.168\.43\.220/);
    const change = await send(device, wifi("myssid", "wrong-passphrase"), 3000);
    deepEqual(change.events.slice(-2), [{ error: ImprovError.UnableToConnect }, { state: ImprovState.Ready }]);
    match(change.text, /W \(\d+\) app: New credentials failed: rejoining the stored network myssid in 5 s; provisioning stays open/);
    const mark = device.output.all.length;
    device.timers.advance(5000 + 2000);
    match(device.output.all.slice(mark), /I \(\d+\) app: Connected with IP Address:192\.168\.43\.220/);
    const last = device.wifi.attempts[device.wifi.attempts.length - 1];
    equal(utf8Decode(last.passphrase), "mypassword", "the stored credentials, not the failed ones");
    // Provisioning stays open: the right settings still work afterwards.
    const retry = await send(device, wifi("myssid", "mypassword"), 3000);
    deepEqual(retry.events.slice(-2), [{ state: ImprovState.Provisioned }, { result: 1, strings: [] }]);
  });

  it("esp_prov: a reprovisioning that fails returns to the network that worked", async () => {
    const device = new TestDevice({ config: { autoStop: false } });
    const { client } = connectClient(device);
    const first = await client.provision({ ssid: "myssid", passphrase: "mypassword", pop: "abcd1234" });
    equal(first.result, "provisioned");
    await client.ctrl("reprov");
    await client.setConfig(utf8Encode("myssid"), utf8Encode("not-the-passphrase"));
    await client.applyConfig();
    device.timers.advance(3000);
    equal(device.core.manager?.state, "failed");
    match(device.output.all, /W \(\d+\) app: New credentials failed: rejoining the stored network myssid in 5 s/);
    const attempts = device.wifi.attempts.length;
    device.timers.advance(5000 + 2000);
    equal(device.wifi.attempts.length, attempts + 1);
    equal(utf8Decode(device.wifi.attempts[attempts].passphrase), "mypassword");
    match(device.output.all, /I \(\d+\) app: Connected with IP Address/);
  });

  it("a new attempt during the wait cancels the return to the stored network", async () => {
    const device = new TestDevice({ preferences: stored(), config: { securityVersion: 0 } });
    device.timers.advance(2000);
    await send(device, wifi("myssid", "wrong-passphrase"), 3000);
    await send(device, wifi("CoffeeShop Guest", ""), 100);
    device.timers.advance(10000);
    const ssids = device.wifi.attempts.map((a) => utf8Decode(a.ssid));
    equal(ssids[ssids.length - 1], "CoffeeShop Guest", ssids.join(", "));
  });

  it("a first provisioning that fails has nothing to go back to and says nothing of it", async () => {
    const device = new TestDevice({ config: { securityVersion: 0 } });
    await send(device, wifi("myssid", "wrong-passphrase"), 3000);
    device.timers.advance(10000);
    ok(!/rejoining/.test(device.output.all));
    equal(device.wifi.attempts.length, 1);
  });
});

describe("corrupt credential records are reported", () => {
  for (const [what, value, reason] of [
    ["a string", "hello", "cred0: a string, not a record"],
    ["a number", 7, "cred0: a number, not a record"],
    ["a record with a bad CRC", new Uint8Array([0x57, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0]).buffer, "cred0: bad record or CRC"],
  ] as const) {
    it(`${what} where a record belongs: one E line with the reason, then provisioning`, () => {
      const preferences = new MemoryPreferences();
      preferences.set(STORE_DOMAIN, STORE_KEYS[0], value);
      const device = new TestDevice({ preferences });
      const lines = device.errors(device.output.all);
      deepEqual(lines.map((l) => l.replace(/^E \(\d+\) /, "")), [`app: stored credentials unreadable (${reason}), provisioning`]);
      ok(device.core.console?.running);
    });
  }

  it("flash that throws on reading is reported the same way, escaped", () => {
    const preferences = new MemoryPreferences();
    preferences.get = () => { throw new Error("nvs read\r\nfailed"); };
    const device = new TestDevice({ preferences });
    match(device.output.all, /E \(\d+\) app: stored credentials unreadable \(cred0: nvs read\\x0d\\x0afailed; cred1: nvs read\\x0d\\x0afailed\), provisioning/);
  });
});

describe("the console UART that cannot open says why", () => {
  /** Moddable's ECMA-419 serial throws a bare message, as serial.c does. */
  const throwing = (message: string) => () => { throw new Error(message); };

  it("UART0 in use (a debug build: xsbug owns it) names the cause and the fix in one line", () => {
    const port = parseConsolePortConfig({});
    let error: unknown;
    try {
      openConsolePort(port, throwing("in use"));
    } catch (e) {
      error = e;
    }
    ok(error instanceof ConfigError);
    const message = (error as Error).message;
    ok(!message.includes("\n"), "one line");
    equal(message, 'config consolePort: UART0 (TX GPIO 1, RX GPIO 3, 115200 baud) is in use: in a debug build (mcconfig -d) xsbug owns UART0; build without -d, or give the console another UART: consolePort=2 consoleTx=17 consoleRx=16 (README: "Debug builds and the UART")');
  });

  it("any other failure names the port and pins it tried", () => {
    const port = parseConsolePortConfig({ consolePort: "2", consoleTx: "17", consoleRx: "16", consoleBaud: "921600" });
    let message = "";
    try {
      openConsolePort(port, throwing("uart failed"));
    } catch (e) {
      message = (e as Error).message;
    }
    equal(message, "config consolePort: cannot open the console on UART2 (TX GPIO 17, RX GPIO 16, 921600 baud): uart failed");
    equal(openConsolePort(port, () => 42), 42, "a port that opens is returned as it is");
  });
});
