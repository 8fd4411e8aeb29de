// prov-scan: ScanStart, ScanStatus and ScanResult paging over the WifiScanner.
import { Status, WiFiScanMsgType, WiFiScanPayload, WiFiScanResult } from "../proto/messages.js";
import type { Logger } from "../log/logger.js";
import { decodeMessage } from "../protocomm/decode.js";
import { ProtocommError } from "../protocomm/errors.js";
import { concatBytes } from "../util/bytes.js";
import type { WifiScanner } from "./wifi-scanner.js";

const TAG = "wifi_scan";
/** esp_wifi_scan_start limits a channel's dwell time to 1500 ms; longer ones disturb a connected station. */
export const MAX_PERIOD_MS = 1500;
/** 2.4 GHz has 14 channels: a larger group is no different from all channels at once (ESP-IDF keeps 8 bits). */
export const MAX_GROUP_CHANNELS = 14;
/** RespScanResult's field 1 (entries), length-delimited. */
const ENTRY_TAG = (1 << 3) | 2;

function varint(value: number): number[] {
  const out: number[] = [];
  for (; value > 127; value >>>= 7) out.push((value & 127) | 128);
  out.push(value);
  return out;
}

/**
 * RespScanResult's entries for networks start..start+count-1, encoded one network at a time. The
 * protobuf writer holds an object for every field until finish(): a page of 16 networks in one encode
 * was the largest heap peak of a provisioning session on the device. The bytes are the same.
 */
function encodedEntries(scanner: WifiScanner, start: number, count: number): Uint8Array {
  const parts: Uint8Array[] = [];
  for (let i = start; i < start + count; i++) {
    const ap = scanner.result(i);
    const entry = WiFiScanResult.encode({ ssid: ap.ssid, channel: ap.channel, rssi: ap.rssi, bssid: ap.bssid, auth: ap.authMode }).finish();
    parts.push(new Uint8Array([ENTRY_TAG, ...varint(entry.length)]), entry);
  }
  return concatBytes(...parts);
}

function reply(message: WiFiScanPayload.$Properties): Uint8Array {
  if (message.status === Status.Success) delete message.status;
  return WiFiScanPayload.encode(message).finish();
}

export function createWifiScanHandler(scanner: WifiScanner, log: Logger): (request: Uint8Array) => Promise<Uint8Array> {
  return async (request) => {
    const payload = decodeMessage(WiFiScanPayload, request, "WiFiScanPayload");
    switch (payload.msg ?? WiFiScanMsgType.TypeCmdScanStart) {
      case WiFiScanMsgType.TypeCmdScanStart: {
        const cmd = payload.cmdScanStart;
        const groupChannels = cmd?.groupChannels ?? 0, periodMs = cmd?.periodMs ?? 0;
        if (periodMs > MAX_PERIOD_MS || groupChannels > MAX_GROUP_CHANNELS) {
          log.error(TAG, `scan refused: period_ms ${periodMs} (at most ${MAX_PERIOD_MS}), group_channels ${groupChannels} (at most ${MAX_GROUP_CHANNELS})`);
          return reply({ msg: WiFiScanMsgType.TypeRespScanStart, status: Status.InvalidArgument, respScanStart: {} });
        }
        const started = await scanner.start({ blocking: cmd?.blocking ?? false, passive: cmd?.passive ?? false, groupChannels, periodMs });
        return reply({ msg: WiFiScanMsgType.TypeRespScanStart, status: started ? Status.Success : Status.InternalError, respScanStart: {} });
      }
      case WiFiScanMsgType.TypeCmdScanStatus: {
        const count = scanner.resultCount;
        return reply({ msg: WiFiScanMsgType.TypeRespScanStatus, status: Status.Success,
          respScanStatus: { scanFinished: scanner.finished || undefined, resultCount: count || undefined } });
      }
      case WiFiScanMsgType.TypeCmdScanResult: {
        const start = payload.cmdScanResult?.startIndex ?? 0;
        const count = payload.cmdScanResult?.count ?? 0;
        const available = scanner.resultCount;
        if (count === 0 || start >= available || start + count > available) {
          log.error(TAG, `scan results ${start}..${start + count - 1} refused: ${available} available${count === 0 ? ", count is 0" : ""}`);
          return reply({ msg: WiFiScanMsgType.TypeRespScanResult, status: Status.InvalidArgument, respScanResult: {} });
        }
        // Already-encoded fields go in as the message's raw ("unknown") bytes, which encode() copies out as is.
        return reply({ msg: WiFiScanMsgType.TypeRespScanResult, status: Status.Success,
          respScanResult: { $unknowns: [encodedEntries(scanner, start, count)] } });
      }
      default:
        throw new ProtocommError(`prov-scan: unsupported message type ${payload.msg}`);
    }
  };
}
