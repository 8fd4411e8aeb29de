// The Wi-Fi station over Moddable's wifi module. ESP32's driver retries a connection itself before it
// reports "disconnect"; its code is -1 for authentication failures (wrong passphrase), else 0, which is
// reported as "network not found". Scans map Moddable's authentication names onto the protocol's modes.
import WiFiModule from "wifi";
import NetModule from "net";
import type { ScanRequest, ScannedAccessPoint, StationConfig, StationEvents, WifiStation } from "../../modules/ports.js";
import { ownBuffer } from "../../modules/util/bytes.js";
import { fromHex } from "../../modules/util/hex.js";
import { utf8Decode, utf8Encode } from "../../modules/util/utf8.js";

// The shapes this adapter relies on (the SDK's typings lag the module in places).
interface ScanRecord { ssid: string; rssi: number; channel: number; bssid: ArrayBuffer; authentication?: string }
interface ConnectOptions { ssid: string; password?: string; bssid?: ArrayBuffer; channel?: number }
interface WiFiMonitor { close(): void }
interface WiFiClass {
  new (options: ConnectOptions, onNotify: (message: string, code?: number) => void): WiFiMonitor;
  mode: number;
  readonly Mode: { readonly station: number };
  disconnect(): void;
  scan(options: { active: boolean; channel?: number }, callback: (record?: ScanRecord | null) => void): void;
  readonly gotIP: string;
  readonly disconnected: string;
}
const WiFi = WiFiModule as unknown as WiFiClass;
const Net = NetModule as unknown as { get(property: string): string | number | undefined };

const AUTH_MODES: Record<string, number> = { none: 0, wep: 1, wpa_psk: 2, wpa2_psk: 3, wpa_wpa2_psk: 4 };

function bssidBytes(text: string | number | undefined): Uint8Array {
  return (typeof text === "string" && fromHex(text.replace(/:/g, ""))) || new Uint8Array(6);
}

export class ModdableWifiStation implements WifiStation {
  #monitor: WiFiMonitor | undefined;

  connect(config: StationConfig, events: StationEvents): void {
    this.disconnect();
    WiFi.mode = WiFi.Mode.station;
    const options: ConnectOptions = { ssid: utf8Decode(config.ssid) };
    if (config.passphrase.length) options.password = utf8Decode(config.passphrase);
    if (config.bssid.length === 6) options.bssid = ownBuffer(config.bssid);
    if (config.channel) options.channel = config.channel;
    // The monitor's callback lives as long as the connection (after provisioning has ended too): it keeps
    // two values, not the StationConfig with its passphrase.
    const channelHint = config.channel;
    const secured = config.passphrase.length > 0;
    // Before gotIP a "disconnect" is the attempt's failure; after it, the connection's loss. Either ends this
    // monitor's story: the caller decides whether and when to connect again.
    let done = false;
    let connected = false;
    this.#monitor = new WiFi(options, (message: string, code?: number) => {
      if (done) return;
      if (message === WiFi.gotIP && !connected) {
        connected = true;
        const channel = Net.get("CHANNEL");
        events.connected({
          ip4: String(Net.get("IP") ?? ""),
          bssid: bssidBytes(Net.get("BSSID")),
          channel: typeof channel === "number" ? channel : channelHint,
          // The driver does not report the negotiated mode: secured unless the network is open.
          authMode: secured ? 3 : 0,
        });
      } else if (message === WiFi.disconnected) {
        done = true;
        if (connected) events.lost?.();
        else events.failed(code === -1 ? "auth" : "not-found");
      }
    });
  }

  disconnect(): void {
    if (!this.#monitor) return;
    this.#monitor.close();
    this.#monitor = undefined;
    WiFi.disconnect();
  }

  scan(request: ScanRequest, found: (ap: ScannedAccessPoint) => void, done: (error?: Error) => void): void {
    try {
      if (!WiFi.mode) WiFi.mode = WiFi.Mode.station;
      const options: { active: boolean; channel?: number } = { active: !request.passive };
      if (request.channel !== undefined) options.channel = request.channel;
      // One record at a time, straight to the scanner's table: nothing collects them here.
      WiFi.scan(options, (record?: ScanRecord | null) => {
        if (!record) return done();
        found({
          ssid: utf8Encode(record.ssid), bssid: record.bssid ? new Uint8Array(record.bssid) : new Uint8Array(0),
          channel: record.channel, rssi: record.rssi, authMode: AUTH_MODES[record.authentication ?? "none"] ?? 3,
        });
      });
    } catch (error) {
      done(error as Error);
    }
  }
}
