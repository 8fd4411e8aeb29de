// prov-config: GetStatus, SetConfig and ApplyConfig, with ESP-IDF's argument checks and replies.
import {
  Status, WiFiConfigMsgType, WiFiConfigPayload, WifiConnectFailedReason, WifiStationState,
} from "../proto/messages.js";
import type { Logger } from "../log/logger.js";
import { decodeMessage } from "../protocomm/decode.js";
import { ProtocommError } from "../protocomm/errors.js";
import { toBytes } from "../util/bytes.js";
import { credentialsProblem } from "./credential-store.js";
import type { ProvisioningManager } from "./manager.js";

const TAG = "wifi_config";

function statusReply(status: Status): { status?: Status } {
  return status === Status.Success ? {} : { status };
}

export function createWifiConfigHandler(manager: ProvisioningManager, log: Logger): (request: Uint8Array) => Uint8Array {
  function getStatus(): Uint8Array {
    const s = manager.status();
    let resp: WiFiConfigPayload.$Properties["respGetStatus"];
    switch (s.state) {
      case "connected":
        resp = {
          staState: WifiStationState.Connected,
          connected: {
            ip4Addr: s.connection.ip4, authMode: s.connection.authMode, ssid: s.ssid,
            bssid: s.connection.bssid, channel: s.connection.channel,
          },
        };
        break;
      case "connecting":
        // ESP-IDF 5.5 reports a failed attempt that will be retried as Connecting + attempt_failed.
        resp = s.attemptsRemaining === undefined
          ? { staState: WifiStationState.Connecting }
          : { staState: WifiStationState.Connecting, attemptFailed: { attemptsRemaining: s.attemptsRemaining } };
        break;
      case "failed":
        resp = {
          staState: WifiStationState.ConnectionFailed,
          failReason: s.reason === "auth" ? WifiConnectFailedReason.AuthError : WifiConnectFailedReason.NetworkNotFound,
        };
        break;
      default:
        resp = { staState: WifiStationState.Disconnected };
    }
    return WiFiConfigPayload.encode({ msg: WiFiConfigMsgType.TypeRespGetStatus, respGetStatus: resp }).finish();
  }

  function setConfig(request: WiFiConfigPayload.$Shape["cmdSetConfig"]): Uint8Array {
    const ssid = toBytes(request?.ssid ?? new Uint8Array(0));
    const passphrase = toBytes(request?.passphrase ?? new Uint8Array(0));
    const bssid = toBytes(request?.bssid ?? new Uint8Array(0));
    const channel = request?.channel ?? 0;
    const credentials = { ssid, passphrase, bssid, channel };
    const problem = credentialsProblem(credentials);
    let status = Status.Success;
    if (problem) {
      log.error(TAG, problem);
      status = Status.InvalidArgument;
    } else if (manager.setConfig(credentials) !== "ok") {
      status = Status.InternalError;
    }
    return WiFiConfigPayload.encode({ msg: WiFiConfigMsgType.TypeRespSetConfig, respSetConfig: statusReply(status) }).finish();
  }

  function applyConfig(): Uint8Array {
    const status = manager.applyConfig() === "ok" ? Status.Success : Status.InternalError;
    return WiFiConfigPayload.encode({ msg: WiFiConfigMsgType.TypeRespApplyConfig, respApplyConfig: statusReply(status) }).finish();
  }

  return (request) => {
    const payload = decodeMessage(WiFiConfigPayload, request, "WiFiConfigPayload");
    switch (payload.msg ?? WiFiConfigMsgType.TypeCmdGetStatus) {
      case WiFiConfigMsgType.TypeCmdGetStatus: return getStatus();
      case WiFiConfigMsgType.TypeCmdSetConfig: return setConfig(payload.cmdSetConfig);
      case WiFiConfigMsgType.TypeCmdApplyConfig: return applyConfig();
      default: throw new ProtocommError(`prov-config: unsupported message type ${payload.msg}`);
    }
  };
}
