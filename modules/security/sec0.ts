// Security 0: no encryption. The handshake only confirms that both sides agree on the scheme.
import { Sec0MsgType, SecSchemeVersion, SessionData } from "../proto/messages.js";
import { decodeMessage } from "../protocomm/decode.js";
import { ProtocommError } from "../protocomm/errors.js";
import type { SecurityScheme, SecuritySession } from "./scheme.js";

class Sec0Session implements SecuritySession {
  established = false;

  handshake(request: Uint8Array): Uint8Array {
    const data = decodeMessage(SessionData, request, "SessionData");
    if ((data.secVer ?? 0) !== SecSchemeVersion.SecScheme0 || data.proto !== "sec0")
      throw new ProtocommError(`security scheme mismatch: device uses 0, request has ${data.secVer ?? 0}`);
    if ((data.sec0?.msg ?? 0) !== Sec0MsgType.S0_Session_Command || !data.sec0?.sc)
      throw new ProtocommError("security 0: expected a session command");
    this.established = true;
    return SessionData.encode({
      secVer: SecSchemeVersion.SecScheme0,
      sec0: { msg: Sec0MsgType.S0_Session_Response, sr: {} },
    }).finish();
  }

  encrypt(plaintext: Uint8Array): Uint8Array { return plaintext; }

  decrypt(ciphertext: Uint8Array): Uint8Array { return ciphertext; }

  close(): void { this.established = false; }
}

export class Security0 implements SecurityScheme {
  readonly version = 0;
  readonly patchVersion = 0;
  readonly capabilities = ["no_sec"];
  createSession(): SecuritySession { return new Sec0Session(); }
}
