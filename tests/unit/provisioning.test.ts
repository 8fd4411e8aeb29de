// prov-config and the manager: argument checks, states, retries, storage and auto-stop.
import { Status, WiFiConfigPayload, WifiStationState } from "../../modules/proto/messages.js";
import { CredentialStore } from "../../modules/provisioning/credential-store.js";
import { createWifiConfigHandler } from "../../modules/provisioning/wifi-config.js";
import { ProvisioningManager } from "../../modules/provisioning/manager.js";
import { Logger } from "../../modules/log/logger.js";
import { SimulatedWifi, DEFAULT_ACCESS_POINTS } from "../../adapters/simulated/wifi.js";
import { utf8Decode, utf8Encode } from "../../modules/util/utf8.js";
import { throws, equal, match, ok } from "../support/assert.js";
import { CapturedOutput, ManualTimers, MemoryPreferences } from "../support/fakes.js";

function setup(options: { logPassphrase?: boolean } = {}) {
  const timers = new ManualTimers();
  const output = new CapturedOutput();
  const log = new Logger(output, timers);
  const prefs = new MemoryPreferences();
  const store = new CredentialStore(prefs);
  let stopped = 0;
  const wifi = new SimulatedWifi(timers, DEFAULT_ACCESS_POINTS, 1500);
  const manager = new ProvisioningManager({
    wifi, timers, store, log, applyDelayMs: 1000, autoStop: true, autoStopMs: 30000, connectAttempts: 1, logPassphrase: options.logPassphrase ?? false,
    onStop: () => { stopped++; },
  });
  const handler = createWifiConfigHandler(manager, log);
  const call = (message: WiFiConfigPayload.$Properties) => WiFiConfigPayload.decode(handler(WiFiConfigPayload.encode(message).finish()));
  const set = (ssid: string | Uint8Array, passphrase: string | Uint8Array, bssid = new Uint8Array(), channel = 0) =>
    call({ msg: 2, cmdSetConfig: {
      ssid: typeof ssid === "string" ? utf8Encode(ssid) : ssid,
      passphrase: typeof passphrase === "string" ? utf8Encode(passphrase) : passphrase, bssid, channel } }).respSetConfig?.status ?? 0;
  const apply = () => call({ msg: 4, cmdApplyConfig: {} }).respApplyConfig?.status ?? 0;
  const status = () => call({ msg: 0, cmdGetStatus: {} }).respGetStatus!;
  return { timers, output, store, manager, wifi, set, apply, status, stopped: () => stopped, prefs };
}

describe("prov-config", () => {
  it("checks arguments like ESP-IDF: SSID 1..32 bytes, passphrase ≤ 63, BSSID 0 or 6 bytes", () => {
    const d = setup();
    equal(d.set(new Uint8Array(33).fill(65), "x"), Status.InvalidArgument);
    equal(d.set("", "x"), Status.InvalidArgument);
    equal(d.set("net", new Uint8Array(64).fill(65)), Status.InvalidArgument);
    equal(d.set("net", "x", new Uint8Array(5)), Status.InvalidArgument);
    equal(d.manager.state, "waiting", "nothing accepted");
    equal(d.set(new Uint8Array(32).fill(65), new Uint8Array(63).fill(66), new Uint8Array(6)), Status.Success);
    match(d.output.all, /E \(\d+\) wifi_config: SSID of 33 bytes refused/);
  });

  it("reports Disconnected before any attempt and refuses ApplyConfig without credentials", () => {
    const d = setup();
    equal(d.status().staState ?? 0, WifiStationState.Disconnected);
    equal(d.apply(), Status.InternalError);
  });

  it("connects about a second after the ApplyConfig reply, then reports Connected with details", () => {
    const d = setup();
    equal(d.set("myssid", "mypassword"), Status.Success);
    equal(d.apply(), Status.Success);
    equal(d.wifi.attempts.length, 0, "no connect before the reply is out");
    equal(d.status().staState, WifiStationState.Connecting);
    d.timers.advance(999);
    equal(d.wifi.attempts.length, 0);
    d.timers.advance(1);
    equal(d.wifi.attempts.length, 1);
    d.timers.advance(1500);
    const s = d.status();
    equal(s.staState ?? 0, WifiStationState.Connected);
    equal(s.connected?.ip4Addr, "192.168.43.220");
    equal(utf8Decode(s.connected!.ssid!), "myssid");
  });

  it("after success: stores the credentials, refuses new ones, stops after autoStopMs", () => {
    const d = setup();
    d.set("myssid", "mypassword");
    d.apply();
    d.timers.advance(2500);
    ok(d.store.load().status === "ok");
    equal(d.set("other", "x"), Status.InternalError);
    d.timers.advance(29999);
    equal(d.stopped(), 0);
    d.timers.advance(1);
    equal(d.stopped(), 1);
    equal(d.manager.state, "stopped");
    match(d.output.all, /I \(\d+\) app_prov: Provisioning stopped/);
  });

  it("after a failure: reports the reason, keeps old stored credentials, accepts a retry", () => {
    const d = setup();
    d.store.save({ ssid: utf8Encode("oldnet"), passphrase: utf8Encode("oldpass"), bssid: new Uint8Array(), channel: 0 });
    d.set("myssid", "wrong");
    d.apply();
    d.timers.advance(2500);
    const s = d.status();
    equal(s.staState, WifiStationState.ConnectionFailed);
    equal(s.failReason ?? 0, 0, "AuthError");
    ok(s.state === "failReason", "fail_reason is present on the wire even though it is 0");
    const kept = d.store.load();
    ok(kept.status === "ok" && utf8Decode(kept.credentials.ssid) === "oldnet", "old credentials survive");
    d.set("nosuchnet", "x");
    d.apply();
    d.timers.advance(2500);
    equal(d.status().failReason, 1, "NetworkNotFound");
    d.set("myssid", "mypassword");
    d.apply();
    d.timers.advance(2500);
    equal(d.status().staState ?? 0, WifiStationState.Connected);
    equal(d.stopped(), 0);
  });

  it("refuses SetConfig and a second ApplyConfig while connecting", () => {
    const d = setup();
    d.set("myssid", "mypassword");
    d.apply();
    equal(d.set("myssid", "other"), Status.InternalError);
    equal(d.apply(), Status.InternalError);
  });

  it("hides the passphrase in logs unless logPassphrase is set", () => {
    const hidden = setup();
    hidden.set("myssid", "mypassword");
    ok(!hidden.output.all.includes("mypassword"), "passphrase not logged");
    match(hidden.output.all, /SSID {5}: myssid/);
    const shown = setup({ logPassphrase: true });
    shown.set("myssid", "mypassword");
    match(shown.output.all, /Password : mypassword/);
  });

  it("refuses an unknown message type and a hostile payload without changing state", () => {
    const d = setup();
    const handler = createWifiConfigHandler(d.manager, new Logger(d.output, d.timers));
    throws(() => handler(WiFiConfigPayload.encode({ msg: 9 as never }).finish()), /unsupported message type 9/);
    throws(() => handler(new Uint8Array([0x62, 0xff, 0xff, 0xff, 0xff, 0x0f])), /malformed WiFiConfigPayload/);
    equal(d.manager.state, "waiting");
  });
});
