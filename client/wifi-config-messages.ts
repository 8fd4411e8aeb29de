// prov-config requests as esp_prov encodes them (GetStatus `5200`, ApplyConfig `0804`: msg only) and
// the replies read into plain values.
import { WiFiConfigMsgType, WiFiConfigPayload, WifiConnectFailedReason, WifiStationState } from "../modules/proto/messages.js";
import { toHex } from "../modules/util/hex.js";
import { utf8Decode } from "../modules/util/utf8.js";
import { decodeReply, expectMessage } from "./decode.js";
import { ClientError } from "./errors.js";
import type { WifiStatus } from "./wifi-status.js";

export type { WifiStatus };

export function getStatusRequest(): Uint8Array {
  return WiFiConfigPayload.encode({ cmdGetStatus: {} }).finish();
}

export function setConfigRequest(ssid: Uint8Array, passphrase: Uint8Array): Uint8Array {
  return WiFiConfigPayload.encode({ msg: WiFiConfigMsgType.TypeCmdSetConfig, cmdSetConfig: { ssid, passphrase } }).finish();
}

export function applyConfigRequest(): Uint8Array {
  return WiFiConfigPayload.encode({ msg: WiFiConfigMsgType.TypeCmdApplyConfig }).finish();
}

function decode(bytes: Uint8Array): WiFiConfigPayload {
  return decodeReply(WiFiConfigPayload, bytes, "WiFiConfigPayload");
}

/** The status of the SetConfig reply (0 = accepted). */
export function readSetConfig(bytes: Uint8Array): number {
  const payload = decode(bytes);
  expectMessage(payload.msg, WiFiConfigMsgType.TypeRespSetConfig, "SetConfig");
  return payload.respSetConfig?.status ?? 0;
}

/** The status of the ApplyConfig reply (0 = accepted). */
export function readApplyConfig(bytes: Uint8Array): number {
  const payload = decode(bytes);
  expectMessage(payload.msg, WiFiConfigMsgType.TypeRespApplyConfig, "ApplyConfig");
  return payload.respApplyConfig?.status ?? 0;
}

export function readGetStatus(bytes: Uint8Array): { status: number; wifi: WifiStatus } {
  const payload = decode(bytes);
  expectMessage(payload.msg, WiFiConfigMsgType.TypeRespGetStatus, "GetStatus");
  const resp = payload.respGetStatus;
  // Connected is state 0, the proto3 default: only a reply that carries resp_get_status can say it.
  if (!resp) throw new ClientError("protocol", "the device's GetStatus reply has no status in it");
  const status = resp.status ?? 0;
  switch (resp.staState ?? WifiStationState.Connected) {
    case WifiStationState.Connected: {
      const c = resp.connected;
      return {
        status,
        wifi: {
          state: "connected", ip4: c?.ip4Addr ?? "", ssid: utf8Decode(c?.ssid ?? new Uint8Array(0)),
          bssid: toHex(c?.bssid ?? new Uint8Array(0)), channel: c?.channel ?? 0, authMode: c?.authMode ?? 0,
        },
      };
    }
    case WifiStationState.Connecting:
      return { status, wifi: { state: "connecting", attemptsRemaining: resp.attemptFailed ? resp.attemptFailed.attemptsRemaining ?? 0 : undefined } };
    case WifiStationState.Disconnected:
      return { status, wifi: { state: "disconnected" } };
    default: {
      const reason = resp.failReason;
      return {
        status,
        wifi: {
          state: "failed",
          reason: reason === WifiConnectFailedReason.AuthError ? "auth" : reason === WifiConnectFailedReason.NetworkNotFound ? "not-found" : "unknown",
        },
      };
    }
  }
}
