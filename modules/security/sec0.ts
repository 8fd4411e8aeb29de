// Security 0: no encryption. The handshake only confirms that both sides agree on the scheme.
import { Sec0MsgType, SecSchemeVersion, SessionData } from "../proto/messages.js";
import { ProtocommError } from "../protocomm/errors.js";
import type { SecurityScheme, SecuritySession } from "../protocomm/security-scheme.js";
import { decodeSessionRequest } from "./session-request.js";

class Sec0Session implements SecuritySession {
  established = false;

  handshake(request: Uint8Array): Uint8Array {
    const payload = decodeSessionRequest(request, 0, "sec0");
    if ((payload.msg ?? 0) !== Sec0MsgType.S0_Session_Command || !payload.sc)
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
