// prov-ctrl: CtrlReset (recover after a failed attempt) and CtrlReprov (new credentials after a success).
import { Status, WiFiCtrlMsgType, WiFiCtrlPayload } from "../proto/messages.js";
import { decodeMessage } from "../protocomm/decode.js";
import { ProtocommError } from "../protocomm/errors.js";
import type { ProvisioningManager, RequestStatus } from "./manager.js";

function status(result: RequestStatus): Status | undefined {
  // As ESP-IDF's wifi_ctrl.c: InternalError whenever the manager refuses.
  return result === "ok" ? undefined : Status.InternalError;
}

export function createWifiCtrlHandler(manager: ProvisioningManager): (request: Uint8Array) => Uint8Array {
  return (request) => {
    const payload = decodeMessage(WiFiCtrlPayload, request, "WiFiCtrlPayload");
    switch (payload.msg ?? WiFiCtrlMsgType.TypeCtrlReserved) {
      case WiFiCtrlMsgType.TypeCmdCtrlReset:
        return WiFiCtrlPayload.encode({ msg: WiFiCtrlMsgType.TypeRespCtrlReset, status: status(manager.reset()), respCtrlReset: {} }).finish();
      case WiFiCtrlMsgType.TypeCmdCtrlReprov:
        return WiFiCtrlPayload.encode({ msg: WiFiCtrlMsgType.TypeRespCtrlReprov, status: status(manager.reprovision()), respCtrlReprov: {} }).finish();
      default:
        throw new ProtocommError(`prov-ctrl: unsupported message type ${payload.msg ?? 0}`);
    }
  };
}
