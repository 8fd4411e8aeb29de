// The common first step of every scheme's handshake: decode the prov-session request and check that it
// is for this device's scheme, naming what it is instead when it is not.
import { SessionData } from "../proto/messages.js";
import { decodeMessage } from "../protocomm/decode.js";
import { ProtocommError } from "../protocomm/errors.js";

type Payload = "sec0" | "sec1" | "sec2";

/** The request's payload for security `version`; a ProtocommError when the request is for another scheme. */
export function decodeSessionRequest<K extends Payload>(request: Uint8Array, version: 0 | 1 | 2, payload: K): NonNullable<SessionData[K]> {
  const data = decodeMessage(SessionData, request, "SessionData");
  const declared = data.secVer ?? 0;
  if (declared !== version)
    throw new ProtocommError(`security scheme mismatch: device uses ${version}, request is for security ${declared}`);
  const carried = data[payload];
  if (data.proto !== payload || !carried)
    throw new ProtocommError(`security scheme mismatch: device uses ${version}; the request says security ${version} but carries ${data.proto ? `a ${data.proto} payload` : "no payload"}`);
  return carried as NonNullable<SessionData[K]>;
}
