// prov-scan: ScanStart, ScanStatus and ScanResult paging over the WifiScanner.
import { Status, WiFiScanMsgType, WiFiScanPayload } from "../proto/messages.js";
import type { Logger } from "../log/logger.js";
import { decodeMessage } from "../protocomm/decode.js";
import { ProtocommError } from "../protocomm/errors.js";
import type { WifiScanner } from "./wifi-scanner.js";

const TAG = "wifi_scan";

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
        const started = await scanner.start({
          blocking: cmd?.blocking ?? false, passive: cmd?.passive ?? false,
          groupChannels: cmd?.groupChannels ?? 0, periodMs: cmd?.periodMs ?? 0,
        });
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
        // Only the page asked for becomes objects; the scanner keeps its networks packed.
        const entries = scanner.results(start, count).map((ap) => ({
          ssid: ap.ssid, channel: ap.channel, rssi: ap.rssi, bssid: ap.bssid, auth: ap.authMode,
        }));
        return reply({ msg: WiFiScanMsgType.TypeRespScanResult, status: Status.Success, respScanResult: { entries } });
      }
      default:
        throw new ProtocommError(`prov-scan: unsupported message type ${payload.msg}`);
    }
  };
}
