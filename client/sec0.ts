// Security 0, client side: one exchange that confirms both sides use no encryption.
import { Sec0MsgType, SecSchemeVersion, SessionData } from "../modules/proto/messages.js";
import { ClientError } from "./errors.js";
import { decodeSessionReply, requireEstablished, type ClientSession } from "./session.js";

export class Sec0Client implements ClientSession {
  readonly version = 0;
  step = 0;
  established = false;

  next(reply?: Uint8Array): Uint8Array | undefined {
    if (this.step === 0) {
      this.step = 1;
      return SessionData.encode({ secVer: SecSchemeVersion.SecScheme0, sec0: { sc: {} } }).finish();
    }
    if (!reply) throw new ClientError("protocol", "security 0: no reply to the session command");
    const data = decodeSessionReply(reply, 0);
    // esp_prov checks only sec_ver; a wrong message type would still mean a confused device.
    if (data.sec0 && (data.sec0.msg ?? 0) !== Sec0MsgType.S0_Session_Response)
      throw new ClientError("protocol", `security 0: unexpected message type ${data.sec0.msg ?? 0} in the reply`);
    this.established = true;
    return undefined;
  }

  encrypt(plaintext: Uint8Array): Uint8Array {
    requireEstablished(this.established);
    return plaintext;
  }

  decrypt(ciphertext: Uint8Array): Uint8Array {
    requireEstablished(this.established);
    return ciphertext;
  }

  close(): void {
    this.established = false;
  }
}
