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
  // Static property reads: on XS a computed key (data[payload]) or the protobuf oneof getter (data.proto,
  // which walks the message's keys) costs a walk of the engine's name table for each key, on a device in
  // flash. The getter is asked only when the request carries another scheme's payload as well.
  const carried = version === 0 ? data.sec0 : version === 1 ? data.sec1 : data.sec2;
  const another = (version !== 0 && data.sec0) || (version !== 1 && data.sec1) || (version !== 2 && data.sec2);
  if (!carried || (another && data.proto !== payload))
    throw new ProtocommError(`security scheme mismatch: device uses ${version}; the request says security ${version} but carries ${data.proto ? `a ${data.proto} payload` : "no payload"}`);
  return carried as NonNullable<SessionData[K]>;
}
