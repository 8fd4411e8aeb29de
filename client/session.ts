// The client side of a security scheme, the mirror of modules/protocomm/security-scheme.ts: it produces the
// prov-session requests, checks the device's answers, then encrypts requests and decrypts replies.
import { SessionData } from "../modules/proto/messages.js";
import { ClientError } from "./errors.js";

export interface ClientSession {
  /** 0, 1 or 2. */
  readonly version: number;
  /**
   * The next prov-session request: called first with no reply, then with the device's reply to the
   * previous request. Returns undefined once the session is established. Throws a ClientError when
   * a reply does not check out.
   */
  next(reply?: Uint8Array): Uint8Array | undefined;
  /** How many handshake requests have been produced so far (1 = command 0 is out). */
  readonly step: number;
  readonly established: boolean;
  encrypt(plaintext: Uint8Array): Uint8Array;
  decrypt(ciphertext: Uint8Array): Uint8Array;
  /** Forgets the keys. */
  close(): void;
}

/** Decodes a handshake reply and checks that the device runs the same scheme. */
export function decodeSessionReply(reply: Uint8Array, version: number): SessionData {
  let data: SessionData;
  try {
    data = SessionData.decode(reply);
  } catch (error) {
    throw new ClientError("protocol", `the device's session reply is not a SessionData message (${(error as Error).message})`);
  }
  const got = data.secVer ?? 0;
  if (got !== version)
    throw new ClientError("handshake", `the device answered with security ${got}, not ${version}: try --sec_ver ${got}`);
  return data;
}

export function requireEstablished(established: boolean): void {
  if (!established) throw new ClientError("protocol", "no session: the handshake has not finished");
}
