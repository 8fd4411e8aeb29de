// Why a request got no reply. The console logs the message as an E line; the device carries on.

export class ProtocommError extends Error {
  // An accessor, not an assignment: on a device Error.prototype is frozen (preloaded) and assigning a name throws.
  override get name(): string {
    return "ProtocommError";
  }
}

/**
 * A handshake whose proof did not verify: a wrong proof of possession (security 1) or password
 * (security 2). Protocomm counts these to slow down guessing.
 */
export class AuthenticationError extends ProtocommError {
  // An accessor, not an assignment: on a device Error.prototype is frozen (preloaded) and assigning a name throws.
  override get name(): string {
    return "AuthenticationError";
  }
}
