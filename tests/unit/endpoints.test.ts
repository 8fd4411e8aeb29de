// prov-scan, prov-ctrl, custom endpoints and attempt reporting, over security 0 so requests are plain.
import { Status, WiFiCtrlPayload, WiFiConfigPayload, WiFiScanPayload, WifiStationState } from "../../modules/proto/messages.js";
import type { ScanRequest, ScannedAccessPoint } from "../../modules/ports.js";
import { DEFAULT_ACCESS_POINTS } from "../../adapters/simulated/wifi.js";
import { WifiScanner, MAX_SCAN_RESULTS } from "../../modules/provisioning/wifi-scanner.js";
import { createWifiScanHandler } from "../../modules/provisioning/wifi-scan.js";
import { toHex } from "../../modules/util/hex.js";
import { Logger } from "../../modules/log/logger.js";
import { utf8Decode, utf8Encode } from "../../modules/util/utf8.js";
import { deepEqual, equal, match, ok } from "../support/assert.js";
import { CapturedOutput, ManualTimers } from "../support/fakes.js";
import { TestDevice, bootAsFirmware } from "../support/device.js";

async function sec0Device(config: Record<string, unknown> = {}) {
  const device = new TestDevice({ config: { securityVersion: 0, ...config } });
  await device.request("prov-session", "5203a20100");
  const scan = async (m: WiFiScanPayload.$Properties) => WiFiScanPayload.decode((await device.request("prov-scan", WiFiScanPayload.encode(m).finish()))!);
  const ctrl = async (msg: number) => WiFiCtrlPayload.decode((await device.request("prov-ctrl", WiFiCtrlPayload.encode({ msg }).finish()))!);
  const config_ = async (m: WiFiConfigPayload.$Properties) => WiFiConfigPayload.decode((await device.request("prov-config", WiFiConfigPayload.encode(m).finish()))!);
  const set = (ssid: string, passphrase: string) => config_({ msg: 2, cmdSetConfig: { ssid: utf8Encode(ssid), passphrase: utf8Encode(passphrase) } });
  const apply = () => config_({ msg: 4 });
  const status = async () => (await config_({ cmdGetStatus: {} })).respGetStatus!;
  return { device, scan, ctrl, set, apply, status };
}

describe("prov-scan", () => {
  it("a blocking scan lists every network once, strongest first, myssid on top", async () => {
    const d = await sec0Device();
    equal((await d.scan({ msg: 0, cmdScanStart: { blocking: true, periodMs: 120 } })).status ?? 0, Status.Success);
    const status = (await d.scan({ msg: 2 })).respScanStatus!;
    equal(status.scanFinished, true);
    equal(status.resultCount, DEFAULT_ACCESS_POINTS.length);
    const page = (await d.scan({ msg: 4, cmdScanResult: { startIndex: 0, count: status.resultCount } })).respScanResult!.entries!;
    equal(utf8Decode(page[0].ssid!), "myssid");
    deepEqual(page.map((e) => e.rssi), [-42, -58, -67, -81, -90]);
  });

  it("pages by start index and count", async () => {
    const d = await sec0Device();
    await d.scan({ cmdScanStart: { blocking: true } });
    const second = (await d.scan({ msg: 4, cmdScanResult: { startIndex: 1, count: 2 } })).respScanResult!.entries!;
    deepEqual(second.map((e) => e.rssi), [-58, -67]);
  });

  it("a non-blocking scan answers at once and reports progress", async () => {
    const d = await sec0Device();
    await d.scan({ cmdScanStart: { blocking: false, periodMs: 100 } });
    const during = (await d.scan({ msg: 2 })).respScanStatus!;
    equal(during.scanFinished ?? false, false);
    d.device.timers.advance(13 * 100);
    equal((await d.scan({ msg: 2 })).respScanStatus!.resultCount, 5);
  });

  it("refuses count 0 and out-of-range pages with InvalidArgument, and stays usable", async () => {
    const d = await sec0Device();
    await d.scan({ cmdScanStart: { blocking: true } });
    for (const page of [{ startIndex: 0, count: 0 }, { startIndex: 5, count: 1 }, { startIndex: 3, count: 3 }, { startIndex: 4294967295, count: 4294967295 }]) {
      const reply = await d.scan({ msg: 4, cmdScanResult: page });
      equal(reply.status, Status.InvalidArgument, JSON.stringify(page));
      equal(reply.respScanResult?.entries?.length ?? 0, 0);
    }
    equal((await d.scan({ msg: 4, cmdScanResult: { count: 1 } })).respScanResult!.entries!.length, 1);
  });

  it("results before any scan are refused; an unknown message type gets no reply", async () => {
    const d = await sec0Device();
    equal((await d.scan({ msg: 4, cmdScanResult: { count: 1 } })).status, Status.InvalidArgument);
    const out = await d.device.type("prov-scan 0 0809");
    match(out, /E \(\d+\) protocomm_console: prov-scan: unsupported message type 9/);
  });

  it("scans channel groups one channel at a time with the given dwell", () => {
    const timers = new ManualTimers();
    const seen: ScanRequest[] = [];
    const scanner = new WifiScanner((request, _found, done) => { seen.push(request); timers.set(() => done(), request.dwellMs); }, timers, new Logger(new CapturedOutput(), timers));
    scanner.start({ blocking: false, passive: true, groupChannels: 4, periodMs: 30 });
    timers.advance(13 * 30);
    equal(scanner.finished, true);
    deepEqual(seen.map((r) => r.channel), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
    ok(seen.every((r) => r.passive && r.dwellMs === 30));
  });

  it("keeps 16 networks, one per BSSID, and maps unknown auth modes into esp_prov's 0..7", () => {
    const timers = new ManualTimers();
    const many: ScannedAccessPoint[] = [];
    for (let i = 0; i < 40; i++) many.push({ ssid: utf8Encode(`n${i}`), bssid: new Uint8Array([0, 0, 0, 0, 0, i % 20]), channel: 1, rssi: -30 - i, authMode: i === 0 ? 9 : 3 });
    many.push({ ssid: new Uint8Array(), bssid: new Uint8Array([9, 9, 9, 9, 9, 9]), channel: 1, rssi: -1, authMode: 0 });
    const scanner = new WifiScanner((_r, found, done) => { many.forEach(found); done(); }, timers, new Logger(new CapturedOutput(), timers));
    scanner.start({ blocking: false, passive: false, groupChannels: 0, periodMs: 0 });
    equal(scanner.resultCount, MAX_SCAN_RESULTS);
    const [first] = scanner.results(0, 1);
    equal(utf8Decode(first.ssid), "n0", "strongest of the duplicated BSSID kept, hidden SSID dropped");
    equal(first.authMode, 3);
  });

  it("a platform that fails at once on every channel: 13 scans, never nested, one E line", () => {
    const timers = new ManualTimers();
    const output = new CapturedOutput();
    let depth = 0, deepest = 0, calls = 0;
    const scanner = new WifiScanner((_r, _found, done) => {
      calls++;
      deepest = Math.max(deepest, ++depth);
      try {
        if (calls % 2) throw new Error("Wi-Fi is disabled");
        done(new Error("Wi-Fi is disabled"));
      } finally {
        depth--;
      }
    }, timers, new Logger(output, timers));
    scanner.start({ blocking: false, passive: false, groupChannels: 1, periodMs: 0 });
    equal(scanner.finished, true);
    equal(calls, 13);
    equal(deepest, 1, "each channel's scan starts after the previous one returned");
    equal(output.all.match(/E \(\d+\) wifi_scan: scan failed: Wi-Fi is disabled/g)?.length, 1);
  });

  it("a platform that reports no BSSID (Moddable's simulator) keeps one entry per name and channel", () => {
    const timers = new ManualTimers();
    const ap = (ssid: string, channel: number, rssi: number): ScannedAccessPoint =>
      ({ ssid: utf8Encode(ssid), bssid: new Uint8Array(0), channel, rssi, authMode: 3 });
    const found = [ap("home", 6, -50), ap("office", 6, -60), ap("home", 6, -40), ap("home", 11, -70)];
    const scanner = new WifiScanner((_r, report, done) => { found.forEach(report); done(); }, timers, new Logger(new CapturedOutput(), timers));
    scanner.start({ blocking: false, passive: false, groupChannels: 0, periodMs: 0 });
    deepEqual(scanner.results().map((r) => `${utf8Decode(r.ssid)}@${r.channel}/${r.rssi}`), ["home@6/-40", "office@6/-60", "home@11/-70"]);
  });

  it("a ScanResult page is byte for byte what one encode of the whole page gives", async () => {
    const timers = new ManualTimers();
    const log = new Logger(new CapturedOutput(), timers);
    const found: ScannedAccessPoint[] = [];
    for (let i = 0; i < 20; i++)
      found.push({ ssid: utf8Encode(i === 3 ? "w".repeat(32) : `net ${i}`), bssid: new Uint8Array(i % 2 ? [0, 1, 2, 3, 4, i] : []), channel: 1 + (i % 13), rssi: -20 - 3 * i, authMode: i % 8 });
    const scanner = new WifiScanner((_r, report, done) => { found.forEach(report); done(); }, timers, log);
    const handle = createWifiScanHandler(scanner, log);
    await handle(WiFiScanPayload.encode({ cmdScanStart: { blocking: true } }).finish());
    for (const [startIndex, count] of [[0, 16], [5, 3], [15, 1]]) {
      const reply = await handle(WiFiScanPayload.encode({ msg: 4, cmdScanResult: { startIndex, count } }).finish());
      const entries = scanner.results(startIndex, count).map((ap) => ({ ssid: ap.ssid, channel: ap.channel, rssi: ap.rssi, bssid: ap.bssid, auth: ap.authMode }));
      equal(toHex(reply), toHex(WiFiScanPayload.encode({ msg: 5, respScanResult: { entries } }).finish()));
      equal(WiFiScanPayload.decode(reply).respScanResult!.entries!.length, count);
    }
  });

  it("a platform scan that never finishes times out instead of hanging the console", () => {
    const timers = new ManualTimers();
    const output = new CapturedOutput();
    const scanner = new WifiScanner(() => {}, timers, new Logger(output, timers));
    scanner.start({ blocking: false, passive: false, groupChannels: 0, periodMs: 0 });
    timers.advance(20000);
    equal(scanner.finished, true);
    match(output.all, /scan timed out/);
  });
});

describe("prov-ctrl", () => {
  it("CtrlReset after a failure lets the client start over", async () => {
    const d = await sec0Device();
    await d.set("myssid", "wrong");
    await d.apply();
    d.device.timers.advance(5000);
    equal((await d.status()).staState, WifiStationState.ConnectionFailed);
    const reset = await d.ctrl(1);
    equal(reset.msg, 2);
    equal(reset.status ?? 0, Status.Success);
    equal((await d.status()).staState, WifiStationState.Disconnected);
    equal((await d.apply()).respApplyConfig?.status, Status.InternalError, "nothing to apply after a reset");
  });

  it("CtrlReprov after a success accepts new credentials; CtrlReset then is refused", async () => {
    const d = await sec0Device({ autoStop: false });
    await d.set("myssid", "mypassword");
    await d.apply();
    d.device.timers.advance(5000);
    equal((await d.status()).staState ?? 0, WifiStationState.Connected);
    equal((await d.ctrl(1)).status, Status.InternalError, "reset refused after success");
    equal((await d.ctrl(3)).status ?? 0, Status.Success);
    equal((await d.set("CoffeeShop Guest", "")).respSetConfig?.status ?? 0, Status.Success);
    await d.apply();
    d.device.timers.advance(5000);
    equal((await d.status()).connected?.ip4Addr, "10.0.0.23");
  });

  it("CtrlReprov while connecting or after a failure is refused", async () => {
    const d = await sec0Device();
    await d.set("myssid", "mypassword");
    await d.apply();
    equal((await d.ctrl(3)).status, Status.InternalError);
  });

  it("an unknown or reserved message type gets no reply", async () => {
    const d = await sec0Device();
    match(await d.device.type("prov-ctrl 0 0800"), /E \(\d+\) protocomm_console: prov-ctrl: unsupported message type 0/);
    match(await d.device.type("prov-ctrl 0 0805"), /unsupported message type 5/);
  });
});

describe("attempt reporting", () => {
  it("with connectAttempts, a failed attempt reads Connecting + attempt_failed until the last one", async () => {
    const d = await sec0Device({ connectAttempts: 3 });
    await d.set("myssid", "wrong");
    await d.apply();
    d.device.timers.advance(1000 + 1500);
    let s = await d.status();
    equal(s.staState, WifiStationState.Connecting);
    equal(s.attemptFailed?.attemptsRemaining, 2);
    d.device.timers.advance(1000 + 1500);
    equal((await d.status()).attemptFailed?.attemptsRemaining, 1);
    d.device.timers.advance(1000 + 1500);
    s = await d.status();
    equal(s.staState, WifiStationState.ConnectionFailed);
    equal(d.device.wifi.attempts.length, 3);
  });
});

describe("custom endpoints and app info", () => {
  it("the app's endpoint gets decrypted bytes; proto-ver lists app info and wifi_scan", async () => {
    const device = new TestDevice({ config: { securityVersion: 0 }, boot: false });
    device.app.addEndpoint("echo-upper", (request) => utf8Encode(utf8Decode(request).toUpperCase()));
    device.app.setAppInfo("myapp", { ver: "2.1", cap: ["ota"] });
    bootAsFirmware(device.app);
    const version = JSON.parse(utf8Decode((await device.request("proto-ver", "6e6f6e65"))!));
    deepEqual(version.myapp, { ver: "2.1", cap: ["ota"] });
    deepEqual(version.prov.cap, ["no_sec", "wifi_prov", "wifi_scan"]);
    await device.request("prov-session", "5203a20100");
    equal(utf8Decode((await device.request("echo-upper", utf8Encode("hi")))!), "HI");
  });
});
