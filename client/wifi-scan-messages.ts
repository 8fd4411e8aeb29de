// prov-scan requests as esp_prov sends them on the console (blocking start, period 120 ms, results
// in pages of up to 100) and the replies read into plain values.
import { WiFiScanMsgType, WiFiScanPayload } from "../modules/proto/messages.js";
import { toHex } from "../modules/util/hex.js";
import { utf8Decode } from "../modules/util/utf8.js";
import { ClientError } from "./errors.js";
import { decodeReply, expectMessage, statusName } from "./decode.js";

export const SCAN_PAGE = 100;

/** WifiAuthMode names, 0..7, as esp_prov prints them. */
export const AUTH_MODES = ["Open", "WEP", "WPA_PSK", "WPA2_PSK", "WPA_WPA2_PSK", "WPA2_ENTERPRISE", "WPA3_PSK", "WPA2_WPA3_PSK"];

export interface AccessPoint {
  ssid: string;
  /** The SSID bytes as the device sent them, trailing NULs removed (what SetConfig sends back). */
  ssidBytes: Uint8Array;
  bssid: string;
  channel: number;
  rssi: number;
  auth: number;
}

export function authModeName(auth: number): string {
  return AUTH_MODES[auth] ?? `unknown (${auth})`;
}

export function scanStartRequest(): Uint8Array {
  return WiFiScanPayload.encode({ cmdScanStart: { blocking: true, passive: false, groupChannels: 0, periodMs: 120 } }).finish();
}

export function scanStatusRequest(): Uint8Array {
  return WiFiScanPayload.encode({ msg: WiFiScanMsgType.TypeCmdScanStatus }).finish();
}

export function scanResultRequest(startIndex: number, count: number): Uint8Array {
  return WiFiScanPayload.encode({ msg: WiFiScanMsgType.TypeCmdScanResult, cmdScanResult: { startIndex, count } }).finish();
}

function decode(bytes: Uint8Array, want: WiFiScanMsgType, name: string): WiFiScanPayload {
  const payload = decodeReply(WiFiScanPayload, bytes, "WiFiScanPayload");
  expectMessage(payload.msg, want, name);
  const status = payload.status ?? 0;
  if (status !== 0) throw new ClientError("refused", `the device refused ${name}: ${statusName(status)}`);
  return payload;
}

export function readScanStart(bytes: Uint8Array): void {
  decode(bytes, WiFiScanMsgType.TypeRespScanStart, "ScanStart");
}

export function readScanStatus(bytes: Uint8Array): { finished: boolean; count: number } {
  const resp = decode(bytes, WiFiScanMsgType.TypeRespScanStatus, "ScanStatus").respScanStatus;
  return { finished: resp?.scanFinished ?? false, count: resp?.resultCount ?? 0 };
}

function withoutTrailingNuls(bytes: Uint8Array): Uint8Array {
  let end = bytes.length;
  while (end > 0 && bytes[end - 1] === 0) end--;
  return bytes.slice(0, end);
}

export function readScanResult(bytes: Uint8Array): AccessPoint[] {
  const entries = decode(bytes, WiFiScanMsgType.TypeRespScanResult, "ScanResult").respScanResult?.entries ?? [];
  return entries.map((entry) => {
    const ssidBytes = withoutTrailingNuls(entry.ssid ?? new Uint8Array(0));
    return {
      ssid: utf8Decode(ssidBytes), ssidBytes, bssid: toHex(entry.bssid ?? new Uint8Array(0)),
      channel: entry.channel ?? 0, rssi: entry.rssi ?? 0, auth: entry.auth ?? 0,
    };
  });
}
