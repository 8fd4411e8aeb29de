// Why a request got no reply. The console logs the message as an E line; the device carries on.

export class ProtocommError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ProtocommError";
  }
}

/**
 * A handshake whose proof did not verify: a wrong proof of possession (security 1) or password
 * (security 2). Protocomm counts these to slow down guessing.
 */
export class AuthenticationError extends ProtocommError {
  constructor(message: string) {
    super(message);
    this.name = "AuthenticationError";
  }
}
