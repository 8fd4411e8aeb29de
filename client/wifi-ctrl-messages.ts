// prov-ctrl requests as esp_prov sends them (msg only: `0801` reset, `0803` reprovision).
import { WiFiCtrlMsgType, WiFiCtrlPayload } from "../modules/proto/messages.js";
import { decodeReply, expectMessage } from "./decode.js";

export type CtrlCommand = "reset" | "reprov";

export function ctrlRequest(command: CtrlCommand): Uint8Array {
  const msg = command === "reset" ? WiFiCtrlMsgType.TypeCmdCtrlReset : WiFiCtrlMsgType.TypeCmdCtrlReprov;
  return WiFiCtrlPayload.encode({ msg }).finish();
}

/** The reply's status (0 = done). */
export function readCtrl(bytes: Uint8Array, command: CtrlCommand): number {
  const payload = decodeReply(WiFiCtrlPayload, bytes, "WiFiCtrlPayload");
  const want = command === "reset" ? WiFiCtrlMsgType.TypeRespCtrlReset : WiFiCtrlMsgType.TypeRespCtrlReprov;
  expectMessage(payload.msg, want, command === "reset" ? "CtrlReset" : "CtrlReprov");
  return payload.status ?? 0;
}
