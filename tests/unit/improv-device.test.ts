// The Improv service on a whole device (the WiFiProvisioning component on fake ports): every RPC, the state reports,
// the same provisioning manager and credential store as protocomm, and both protocols on one console.
import { FrameType, ImprovError, ImprovState, RpcCommand, encodeFrame } from "../../modules/improv/frame.js";
import { ImprovService } from "../../modules/improv/service.js";
import { Logger } from "../../modules/log/logger.js";
import { encodeRpc } from "../../modules/improv/rpc.js";
import { WiFiConfigPayload } from "../../modules/proto/messages.js";
import { CredentialStore } from "../../modules/provisioning/credential-store.js";
import { DEFAULT_ACCESS_POINTS } from "../../adapters/simulated/wifi.js";
import { utf8Decode, utf8Encode } from "../../modules/util/utf8.js";
import { deepEqual, equal, match, ok } from "../support/assert.js";
import { CapturedOutput, ManualTimers, MemoryPreferences, storeNetwork } from "../support/fakes.js";
import { TestDevice } from "../support/device.js";
import { parse, rpc, send, wifi } from "../support/improv-wire.js";

const noError = { error: ImprovError.None };
/** SetConfig myssid / mypassword, plaintext (security 0). */
const setConfig = WiFiConfigPayload.encode({ msg: 2, cmdSetConfig: { ssid: utf8Encode("myssid"), passphrase: utf8Encode("mypassword") } }).finish();

describe("Improv on the device", () => {
  it("answers the current state and device info; unknown commands and the hostname get 'unknown command'", async () => {
    const device = new TestDevice({ config: { improv: true, deviceName: "Kitchen sensor" } });
    deepEqual((await send(device, rpc(RpcCommand.CurrentState))).events, [{ state: ImprovState.Ready }]);
    deepEqual((await send(device, rpc(RpcCommand.DeviceInfo))).events,
      [{ result: 3, strings: ["esp-console-prov", "0.1.0", "ESP32", "Kitchen sensor"] }]);
    deepEqual((await send(device, rpc(RpcCommand.Hostname))).events, [{ error: ImprovError.UnknownCommand }]);
    const unknown = await send(device, rpc(0x42));
    deepEqual(unknown.events, [{ error: ImprovError.UnknownCommand }]);
    match(unknown.text, /E \(\d+\) improv: unknown Improv RPC command 0x42/);
    deepEqual((await send(device, rpc(RpcCommand.NetworkState))).events, [{ result: 7, strings: ["2"] }]);
  });

  it("lists scanned networks one result each, strongest first, then an empty result", async () => {
    const device = new TestDevice({ config: { improv: true } });
    const { events } = await send(device, rpc(RpcCommand.ScanNetworks), 13 * 120 + 100);
    const byStrength = [...DEFAULT_ACCESS_POINTS].sort((a, b) => b.rssi - a.rssi);
    deepEqual(events, [
      ...byStrength.map((ap) => ({ result: 4, strings: [ap.ssid, String(ap.rssi), ap.authMode === 0 ? "NO" : "YES"] })),
      { result: 4, strings: [] }]);
  });

  it("a wrong passphrase: provisioning, 'unable to connect', ready; then the right one: provisioned, the URL, stored", async () => {
    const preferences = new MemoryPreferences();
    const device = new TestDevice({ preferences, config: { improv: true, improvUrl: "http://{LOCAL_IPV4}/setup" } });
    deepEqual((await send(device, wifi("myssid", "wrong"), 3000)).events,
      [noError, { state: ImprovState.Provisioning }, { error: ImprovError.UnableToConnect }, { state: ImprovState.Ready }]);
    equal(new CredentialStore(preferences).load().status, "empty");
    deepEqual((await send(device, wifi("myssid", "mypassword"), 3000)).events,
      [noError, { state: ImprovState.Provisioning }, { state: ImprovState.Provisioned }, { result: 1, strings: ["http://192.168.43.220/setup"] }]);
    const stored = new CredentialStore(preferences).load();
    ok(stored.status === "ok" && utf8Decode(stored.credentials.passphrase) === "mypassword");
    deepEqual((await send(device, rpc(RpcCommand.CurrentState))).events,
      [{ state: ImprovState.Provisioned }, { result: 2, strings: ["http://192.168.43.220/setup"] }]);
    deepEqual((await send(device, rpc(RpcCommand.NetworkState))).events, [{ result: 7, strings: ["3", "http://192.168.43.220/setup"] }]);
    // The next boot finds what Improv stored.
    const next = new TestDevice({ preferences, config: { improv: true } });
    match(next.output.all, /Already provisioned, starting Wi-Fi STA \(SSID myssid\)/);
  });

  it("ESP Web Tools' dialog: 'unable to connect' stands through the scans it sends next, until new settings clear it", async () => {
    // The dialog (10.4) shows the last error state its Improv client received; right after a failed
    // attempt it scans again every 3 s. The error the client holds is the last error frame it saw.
    const device = new TestDevice({ config: { improv: true } });
    let clientError: number = ImprovError.None;
    const exchange = async (frame: Uint8Array, ms = 0) => {
      const { events } = await send(device, frame, ms);
      for (const event of events) if ("error" in event) clientError = event.error;
      return events;
    };
    await exchange(rpc(RpcCommand.CurrentState));
    await exchange(rpc(RpcCommand.DeviceInfo));
    await exchange(rpc(RpcCommand.ScanNetworks), 2000);
    deepEqual(await exchange(wifi("myssid", "wrong"), 3000),
      [noError, { state: ImprovState.Provisioning }, { error: ImprovError.UnableToConnect }, { state: ImprovState.Ready }]);
    for (const request of [RpcCommand.ScanNetworks, RpcCommand.ScanNetworks, RpcCommand.CurrentState, RpcCommand.DeviceInfo]) {
      const events = await exchange(rpc(request), 2000);
      ok(events.length > 0, "the device answers");
      ok(!events.some((event) => "error" in event), `no error state in the answer to RPC ${request}`);
      equal(clientError, ImprovError.UnableToConnect, "the dialog still reads 'Unable to connect'");
    }
    // The person acts: new settings, and the failure is cleared before the new attempt's outcome.
    const retry = await exchange(wifi("myssid", "mypassword"), 3000);
    deepEqual(retry[0], noError);
    deepEqual(retry.slice(-2), [{ state: ImprovState.Provisioned }, { result: 1, strings: [] }]);
    equal(clientError, ImprovError.None);
  });

  it("refuses malformed settings and frames with 'invalid RPC packet' and one E line each, changing nothing", async () => {
    const device = new TestDevice({ config: { improv: true } });
    const longSsid = await send(device, wifi("x".repeat(33), "pw"));
    deepEqual(longSsid.events, [noError, { error: ImprovError.InvalidRpc }]);
    match(longSsid.text, /E \(\d+\) improv: SSID of 33 bytes refused \(1 to 32\)/);
    const lying = rpc(RpcCommand.WifiSettings, new Uint8Array([9, 65, 1, 66]));
    deepEqual((await send(device, lying)).events, [noError, { error: ImprovError.InvalidRpc }]);
    const badSum = rpc(RpcCommand.CurrentState);
    badSum[badSum.length - 1] ^= 1;
    const bad = await send(device, badSum);
    deepEqual(bad.events, [{ error: ImprovError.InvalidRpc }]);
    equal(bad.text.match(/E \(\d+\) improv: Improv frame with a bad checksum/g)?.length, 1);
    deepEqual((await send(device, encodeFrame(FrameType.CurrentState, new Uint8Array([2])))).events, [{ error: ImprovError.InvalidRpc }]);
    equal(device.core.manager?.state, "waiting");
    ok(device.core.console?.running);
  });

  it("sets the device name, keeps it in flash, and pads a 10-byte result for ESP Web Tools' reader", async () => {
    const preferences = new MemoryPreferences();
    const device = new TestDevice({ preferences, config: { improv: true } });
    deepEqual((await send(device, rpc(RpcCommand.DeviceName, utf8Encode("Porch")))).events, [{ result: 6, strings: ["Porch"] }]);
    // "Garage1" makes a 10-byte result: the device adds an empty string.
    deepEqual((await send(device, rpc(RpcCommand.DeviceName, utf8Encode("Garage1")))).events, [{ result: 6, strings: ["Garage1", ""] }]);
    deepEqual((await send(device, rpc(RpcCommand.DeviceName, new Uint8Array([65, 10, 66])))).events, [{ error: ImprovError.InvalidRpc }]);
    const next = new TestDevice({ preferences, config: { improv: true } });
    deepEqual((await send(next, rpc(RpcCommand.DeviceName))).events, [{ result: 6, strings: ["Garage1", ""] }]);
  });

  it("a stored device name the RPC would refuse is ignored with one E line: no crash, the configured name instead", async () => {
    // 240 bytes: the device info result would be 272 bytes, more than a frame carries (255).
    for (const stored of ["x".repeat(240), "Two\nlines", "", new Uint8Array([75, 105]).buffer] as const) {
      const preferences = new MemoryPreferences();
      preferences.set("improv", "name", stored);
      const device = new TestDevice({ preferences, config: { improv: true, deviceName: "Kitchen sensor" } });
      const info = await send(device, rpc(RpcCommand.DeviceInfo));
      deepEqual(info.events, [{ result: 3, strings: ["esp-console-prov", "0.1.0", "ESP32", "Kitchen sensor"] }]);
      equal(info.text.match(/E \(\d+\) improv: stored device name ignored: a device name [^\r\n]*; using Kitchen sensor\r?\n/g)?.length, 1, info.text);
      const again = await send(device, rpc(RpcCommand.DeviceName));
      deepEqual(again.events, [{ result: 6, strings: ["Kitchen sensor"] }]);
      ok(!again.text.includes("E ("), "said once, not on every request");
      if (stored === "Two\nlines") match(info.text, /ignored: a device name with control characters Two\\x0alines;/);
      ok(device.core.console?.running, "the device keeps running");
      // A client may still set a good name, which replaces the bad one.
      deepEqual((await send(device, rpc(RpcCommand.DeviceName, utf8Encode("Porch")))).events, [{ result: 6, strings: ["Porch"] }]);
      deepEqual((await send(device, rpc(RpcCommand.DeviceInfo))).events.length, 1);
    }
  });

  it("no reply is built past a frame's bounds: a result too long for one becomes 'unknown error' and one E line", () => {
    const output = new CapturedOutput();
    const frames: Uint8Array[] = [];
    const service = new ImprovService({
      backend: { status: () => ({ state: "ready" }), join: () => "busy", scan: async () => undefined },
      info: { firmwareName: "f", firmwareVersion: "1", chipFamily: "ESP32" },
      deviceName: { get: () => "n".repeat(250), set: () => {} },
      redirectUrl: "", send: (frame) => frames.push(frame), log: new Logger(output, new ManualTimers()),
    });
    service.receive({ type: FrameType.Rpc, data: encodeRpc(RpcCommand.DeviceInfo, new Uint8Array(0)) });
    const { events } = parse(frames.map((f) => String.fromCharCode(...f)).join(""));
    deepEqual(events, [{ error: ImprovError.Unknown }]);
    match(output.all, /E \(\d+\) improv: Improv reply to RPC 0x3 not sent: an RPC result of 263 bytes \(at most 255\)/);
  });

  it("shares one console with protocomm: a frame inside a typed line is neither echoed nor breaks the line", async () => {
    const device = new TestDevice({ config: { securityVersion: 0 } });
    device.output.take();
    const frame = rpc(RpcCommand.CurrentState);
    const line = "proto-ver 0 6e6f6e65";
    device.core.receive(line.slice(0, 9));
    device.core.receive(new Uint8Array([...frame, 10]));
    device.core.receive(line.slice(9) + "\r");
    await device.core.console!.whenIdle();
    const { events, text } = parse(device.output.take());
    deepEqual(events, [{ state: ImprovState.Ready }]);
    ok(text.startsWith(line.slice(0, 9)), text);
    ok(text.includes(line.slice(9)), "the rest of the echo");
    ok(!text.includes("IMPROV"), "no frame byte in the echo");
    match(text, /"cap":\t\["no_sec", "wifi_prov", "wifi_scan"\]|7b0a/);
    // A protocomm session and an Improv provisioning, interleaved, both complete.
    ok(await device.request("prov-session", "5203a20100"));
    deepEqual((await send(device, wifi("myssid", "mypassword"), 3000)).events.slice(-2),
      [{ state: ImprovState.Provisioned }, { result: 1, strings: [] }]);
    // prov-config GetStatus over the protocomm session sees the connection Improv made.
    equal((await device.request("prov-config", "5200"))?.length! > 10, true);
  });

  it("once a client has spoken Improv, a protocomm provisioning's state changes are pushed to it", async () => {
    const device = new TestDevice({ config: { securityVersion: 0 } });
    await send(device, rpc(RpcCommand.CurrentState));
    await device.request("prov-session", "5203a20100");
    const mark = device.output.all.length;
    await device.request("prov-config", setConfig);
    await device.request("prov-config", "0804");
    device.timers.advance(3000);
    const states = parse(device.output.all.slice(mark)).events;
    deepEqual(states, [{ state: ImprovState.Provisioning }, { state: ImprovState.Provisioned }]);
  });

  it("a device that never heard Improv prints no frame; improv=false leaves frames to the console", async () => {
    const quiet = new TestDevice({ config: { securityVersion: 0 } });
    await quiet.request("prov-session", "5203a20100");
    await quiet.request("prov-config", setConfig);
    await quiet.request("prov-config", "0804");
    quiet.timers.advance(3000);
    ok(!quiet.output.all.includes("IMPROV"));

    const off = new TestDevice({ config: { improv: false } });
    const { events, text } = await send(off, rpc(RpcCommand.CurrentState));
    deepEqual(events, []);
    match(text, /E \(\d+\) protocomm_console: line with non-printable bytes ignored/);
  });

  it("a provisioned device answers 'provisioned' with its URL, and new settings provision it again", async () => {
    const preferences = new MemoryPreferences();
    storeNetwork(preferences, "myssid", "mypassword");
    const device = new TestDevice({ preferences, config: { improv: true, improvUrl: "http://{LOCAL_IPV4}" } });
    ok(!device.core.console, "no provisioning console");
    deepEqual((await send(device, rpc(RpcCommand.CurrentState))).events, [{ state: ImprovState.Provisioning }]);
    device.timers.advance(2000);
    deepEqual((await send(device, rpc(RpcCommand.CurrentState))).events,
      [{ state: ImprovState.Provisioned }, { result: 2, strings: ["http://192.168.43.220"] }]);
    const change = await send(device, wifi("nowhere", "x"), 3000);
    deepEqual(change.events, [noError, { state: ImprovState.Provisioning }, { error: ImprovError.UnableToConnect }, { state: ImprovState.Ready }]);
    match(change.text, /Improv Wi-Fi settings received: provisioning again/);
    // The stored network stays until new credentials work.
    const stored = new CredentialStore(preferences).load();
    ok(stored.status === "ok" && utf8Decode(stored.credentials.ssid) === "myssid");
  });
});

describe("Improv follows the station's real connectivity", () => {
  const URL = "http://{LOCAL_IPV4}/setup";
  const online = { result: RpcCommand.NetworkState, strings: ["3", "http://192.168.43.220/setup"] };
  const offline = { result: RpcCommand.NetworkState, strings: ["2"] };
  const provisioned = [{ state: ImprovState.Provisioned }, { result: RpcCommand.CurrentState, strings: ["http://192.168.43.220/setup"] }];

  /** What the device pushes while something happens to it (no frame sent): the action, then simulated time. */
  async function pushed(device: TestDevice, action: () => void, ms = 0) {
    device.output.take();
    action();
    for (let step = 0; step < ms; step += 50) {
      device.timers.advance(50);
      for (let i = 0; i < 20; i++) await Promise.resolve();
    }
    return parse(device.output.take());
  }

  /** A provisioned device on its stored network, a client having spoken Improv (so state changes are pushed). */
  async function onStoredNetwork(config: Record<string, unknown> = {}): Promise<TestDevice> {
    const preferences = new MemoryPreferences();
    storeNetwork(preferences, "myssid", "mypassword");
    const device = new TestDevice({ preferences, config: { securityVersion: 0, improvUrl: URL, ...config } });
    device.timers.advance(2000);
    deepEqual((await send(device, rpc(RpcCommand.CurrentState))).events, provisioned);
    return device;
  }

  it("after a failed attempt the device rejoins its stored network: Improv pushes 'provisioned', and state and network-state say online", async () => {
    const device = await onStoredNetwork();
    const failed = await send(device, wifi("myssid", "wrong-passphrase"), 3000);
    deepEqual(failed.events.slice(-2), [{ error: ImprovError.UnableToConnect }, { state: ImprovState.Ready }]);
    deepEqual((await send(device, rpc(RpcCommand.NetworkState))).events, [offline], "offline while the attempt had the radio");
    // The rejoin, 5 s later (and the connection's 1.5 s): pushed to the client as it happens.
    const rejoin = await pushed(device, () => {}, 5000 + 2000);
    match(rejoin.text, /Connected with IP Address:192\.168\.43\.220/);
    deepEqual(rejoin.events, [{ state: ImprovState.Provisioned }]);
    deepEqual((await send(device, rpc(RpcCommand.CurrentState))).events, provisioned);
    deepEqual((await send(device, rpc(RpcCommand.NetworkState))).events, [online]);
    equal(device.core.manager?.state, "failed", "provisioning stays open for another try");
  });

  it("a loss after the rejoin: 'ready' and offline at once, online again when the station is back", async () => {
    const device = await onStoredNetwork();
    await send(device, wifi("myssid", "wrong-passphrase"), 3000);
    await pushed(device, () => {}, 7000);
    const lost = await pushed(device, () => ok(device.wifi.dropConnection()));
    deepEqual(lost.events, [{ state: ImprovState.Ready }]);
    deepEqual((await send(device, rpc(RpcCommand.CurrentState))).events, [{ state: ImprovState.Ready }]);
    deepEqual((await send(device, rpc(RpcCommand.NetworkState))).events, [offline]);
    const back = await pushed(device, () => {}, 5000 + 2000);
    deepEqual(back.events, [{ state: ImprovState.Provisioned }]);
    deepEqual((await send(device, rpc(RpcCommand.NetworkState))).events, [online]);
  });

  it("a second attempt after the rejoin takes the radio from the station: no state says online while it fails", async () => {
    const device = await onStoredNetwork();
    await send(device, wifi("myssid", "wrong-passphrase"), 3000);
    await pushed(device, () => {}, 7000);
    const attempts = device.wifi.attempts.length;
    const again = await send(device, wifi("myssid", "still-wrong"), 3000);
    deepEqual(again.events, [noError, { state: ImprovState.Provisioning }, { error: ImprovError.UnableToConnect }, { state: ImprovState.Ready }]);
    deepEqual((await send(device, rpc(RpcCommand.NetworkState))).events, [offline]);
    // Only the attempt used the radio until the next return to the stored network.
    equal(device.wifi.attempts.length, attempts + 1);
    await pushed(device, () => {}, 7000);
    deepEqual((await send(device, rpc(RpcCommand.NetworkState))).events, [online]);
  });

  it("the link provisioning made goes down: offline while provisioning is open and after it stopped, online when rejoined", async () => {
    for (const autoStop of [false, true]) {
      const device = new TestDevice({ config: { securityVersion: 0, improvUrl: URL, autoStop, autoStopMs: 1000 } });
      const done = await send(device, wifi("myssid", "mypassword"), 3000);
      deepEqual(done.events.slice(-2), [{ state: ImprovState.Provisioned }, { result: 1, strings: ["http://192.168.43.220/setup"] }]);
      if (autoStop) {
        deepEqual((await pushed(device, () => {}, 1000)).events, [], "stopping provisioning is no news to Improv");
        equal(device.core.manager?.state, "stopped");
      }
      deepEqual((await pushed(device, () => ok(device.wifi.dropConnection()))).events, [{ state: ImprovState.Ready }], `autoStop ${autoStop}`);
      deepEqual((await send(device, rpc(RpcCommand.NetworkState))).events, [offline], `autoStop ${autoStop}`);
      deepEqual((await pushed(device, () => {}, 5000 + 2000)).events, [{ state: ImprovState.Provisioned }], `autoStop ${autoStop}`);
      deepEqual((await send(device, rpc(RpcCommand.CurrentState))).events, provisioned, `autoStop ${autoStop}`);
      deepEqual((await send(device, rpc(RpcCommand.NetworkState))).events, [online], `autoStop ${autoStop}`);
    }
  });
});
