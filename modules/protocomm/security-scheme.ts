// One interface for every security scheme, as ESP-IDF's protocomm_security_t: protocomm opens a session
// per transport session, feeds prov-session requests to handshake(), and wraps every other endpoint in
// decrypt/encrypt once the session is established.

export interface SecurityScheme {
  /** 0, 1 or 2: the `sec_ver` sent in SessionData and advertised by proto-ver. */
  readonly version: number;
  /** The `sec_patch_ver` advertised by proto-ver. */
  readonly patchVersion: number;
  /** Entries for proto-ver's `cap` list ("no_sec", "no_pop"). */
  readonly capabilities: string[];
  createSession(): SecuritySession;
  /** Forgets what was kept for future sessions (security 1's next key pair) when provisioning ends. */
  dispose?(): void;
}

export interface SecuritySession {
  /** Answers one prov-session request; throws a ProtocommError to refuse it (no reply is sent). */
  handshake(request: Uint8Array): Uint8Array;
  readonly established: boolean;
  encrypt(plaintext: Uint8Array): Uint8Array;
  /** Throws a ProtocommError when the session is not established or the data does not authenticate. */
  decrypt(ciphertext: Uint8Array): Uint8Array;
  /** Forgets the keys; called when the session ends or is replaced. */
  close(): void;
}
