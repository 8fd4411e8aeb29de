// The Improv service on a whole device (the Application on fake ports): every RPC, the state reports,
// the same provisioning manager and credential store as protocomm, and both protocols on one console.
import { FrameType, ImprovError, ImprovState, RpcCommand, encodeFrame } from "../../modules/improv/frame.js";
import { WiFiConfigPayload } from "../../modules/proto/messages.js";
import { CredentialStore } from "../../modules/provisioning/credential-store.js";
import { DEFAULT_ACCESS_POINTS } from "../../adapters/simulated/wifi.js";
import { utf8Decode, utf8Encode } from "../../modules/util/utf8.js";
import { deepEqual, equal, match, ok } from "../support/assert.js";
import { MemoryPreferences } from "../support/fakes.js";
import { TestDevice } from "../support/device.js";
import { parse, rpc, send, wifi } from "../support/improv-wire.js";

const noError = { error: ImprovError.None };
/** SetConfig myssid / mypassword, plaintext (security 0). */
const setConfig = WiFiConfigPayload.encode({ msg: 2, cmdSetConfig: { ssid: utf8Encode("myssid"), passphrase: utf8Encode("mypassword") } }).finish();

describe("Improv on the device", () => {
  it("answers the current state and device info; unknown commands and the hostname get 'unknown command'", async () => {
    const device = new TestDevice({ config: { improv: true, deviceName: "Kitchen sensor" } });
    deepEqual((await send(device, rpc(RpcCommand.CurrentState))).events, [noError, { state: ImprovState.Ready }]);
    deepEqual((await send(device, rpc(RpcCommand.DeviceInfo))).events,
      [noError, { result: 3, strings: ["esp-console-prov", "0.1.0", "ESP32", "Kitchen sensor"] }]);
    deepEqual((await send(device, rpc(RpcCommand.Hostname))).events, [noError, { error: ImprovError.UnknownCommand }]);
    const unknown = await send(device, rpc(0x42));
    deepEqual(unknown.events, [noError, { error: ImprovError.UnknownCommand }]);
    match(unknown.text, /E \(\d+\) improv: unknown Improv RPC command 0x42/);
    deepEqual((await send(device, rpc(RpcCommand.NetworkState))).events, [noError, { result: 7, strings: ["2"] }]);
  });

  it("lists scanned networks one result each, strongest first, then an empty result", async () => {
    const device = new TestDevice({ config: { improv: true } });
    const { events } = await send(device, rpc(RpcCommand.ScanNetworks), 13 * 120 + 100);
    const byStrength = [...DEFAULT_ACCESS_POINTS].sort((a, b) => b.rssi - a.rssi);
    deepEqual(events, [noError,
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
      [noError, { state: ImprovState.Provisioned }, { result: 2, strings: ["http://192.168.43.220/setup"] }]);
    deepEqual((await send(device, rpc(RpcCommand.NetworkState))).events, [noError, { result: 7, strings: ["3", "http://192.168.43.220/setup"] }]);
    // The next boot finds what Improv stored.
    const next = new TestDevice({ preferences, config: { improv: true } });
    match(next.output.all, /Already provisioned, starting Wi-Fi STA \(SSID myssid\)/);
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
    equal(device.app.manager?.state, "waiting");
    ok(device.app.console?.running);
  });

  it("sets the device name, keeps it in flash, and pads a 10-byte result for ESP Web Tools' reader", async () => {
    const preferences = new MemoryPreferences();
    const device = new TestDevice({ preferences, config: { improv: true } });
    deepEqual((await send(device, rpc(RpcCommand.DeviceName, utf8Encode("Porch")))).events, [noError, { result: 6, strings: ["Porch"] }]);
    // "Garage1" makes a 10-byte result: the device adds an empty string.
    deepEqual((await send(device, rpc(RpcCommand.DeviceName, utf8Encode("Garage1")))).events, [noError, { result: 6, strings: ["Garage1", ""] }]);
    deepEqual((await send(device, rpc(RpcCommand.DeviceName, new Uint8Array([65, 10, 66])))).events, [noError, { error: ImprovError.InvalidRpc }]);
    const next = new TestDevice({ preferences, config: { improv: true } });
    deepEqual((await send(next, rpc(RpcCommand.DeviceName))).events, [noError, { result: 6, strings: ["Garage1", ""] }]);
  });

  it("shares one console with protocomm: a frame inside a typed line is neither echoed nor breaks the line", async () => {
    const device = new TestDevice({ config: { securityVersion: 0 } });
    device.output.take();
    const frame = rpc(RpcCommand.CurrentState);
    const line = "proto-ver 0 6e6f6e65";
    device.app.receive(line.slice(0, 9));
    device.app.receive(new Uint8Array([...frame, 10]));
    device.app.receive(line.slice(9) + "\r");
    await device.app.console!.whenIdle();
    const { events, text } = parse(device.output.take());
    deepEqual(events, [noError, { state: ImprovState.Ready }]);
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
    new CredentialStore(preferences).save({ ssid: utf8Encode("myssid"), passphrase: utf8Encode("mypassword"), bssid: new Uint8Array(), channel: 0 });
    const device = new TestDevice({ preferences, config: { improv: true, improvUrl: "http://{LOCAL_IPV4}" } });
    ok(!device.app.console, "no provisioning console");
    deepEqual((await send(device, rpc(RpcCommand.CurrentState))).events, [noError, { state: ImprovState.Provisioning }]);
    device.timers.advance(2000);
    deepEqual((await send(device, rpc(RpcCommand.CurrentState))).events,
      [noError, { state: ImprovState.Provisioned }, { result: 2, strings: ["http://192.168.43.220"] }]);
    const change = await send(device, wifi("nowhere", "x"), 3000);
    deepEqual(change.events, [noError, { state: ImprovState.Provisioning }, { error: ImprovError.UnableToConnect }, { state: ImprovState.Ready }]);
    match(change.text, /Improv Wi-Fi settings received: provisioning again/);
    // The stored network stays until new credentials work.
    const stored = new CredentialStore(preferences).load();
    ok(stored.status === "ok" && utf8Decode(stored.credentials.ssid) === "myssid");
  });
});
