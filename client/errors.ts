// Why provisioning stopped, in words a user can act on. `kind` tells the command line which exit status
// to use; the message names the likely cause (wrong PoP, wrong port, ...) rather than the symptom.
import type { WifiStatus } from "./wifi-status.js";

export type FailureKind =
  /** The command line or a prompt lacks something the device needs (a PoP, a password, an SSID). */
  | "usage"
  /** The device could not be reached or stopped answering. */
  | "no-reply"
  /** The session handshake failed: wrong PoP, password, username or security version. */
  | "handshake"
  /** The device answered something that does not follow the protocol. */
  | "protocol"
  /** The device answered with a non-zero status: it refused the request. */
  | "refused"
  /** The device took the credentials but did not get onto the network. */
  | "wifi";

export class ClientError extends Error {
  constructor(readonly kind: FailureKind, message: string) {
    super(message);
  }
  // An accessor, not an assignment: on a device Error.prototype is frozen (preloaded) and assigning a name throws.
  override get name(): string {
    return "ClientError";
  }
}

/**
 * The device took the credentials but did not join the network. The last status it reported travels
 * with the message, so a user interface can put the reason in its own words (the web page does).
 */
export class WifiJoinError extends ClientError {
  constructor(message: string, readonly lastStatus: WifiStatus | undefined) {
    super("wifi", message);
  }
  override get name(): string {
    return "WifiJoinError";
  }
}

export type NoReplyReason =
  /** Nothing that looks like a reply within the time allowed. */
  | "timeout"
  /** The device printed its prompt again after the request without a reply line: it refused it. */
  | "refused"
  /** The connection to the device ended (port closed, device process exited). */
  | "closed";

/** What the transport saw instead of a reply: the client turns it into a likely cause. */
export interface NoReplyDetail {
  reason: NoReplyReason;
  timeoutMs: number;
  /** Any byte at all arrived from the device since the transport opened. */
  heardAnything: boolean;
  /** The device echoed the request line (a console that echoes has taken it in). */
  echoed: boolean;
  /** Bytes arrived, but hardly any readable text: typically a wrong baud rate. */
  garbled: boolean;
  /** The device's error log lines (`E (...) ...`) printed since the request was sent. */
  deviceErrors: string[];
}

/** Thrown by a RequestTransport for a request that got no reply. */
export class NoReplyError extends Error {
  constructor(readonly endpoint: string, readonly detail: NoReplyDetail) {
    super(`${endpoint}: no reply (${detail.reason})`);
  }
  // An accessor, not an assignment: on a device Error.prototype is frozen (preloaded) and assigning a name throws.
  override get name(): string {
    return "NoReplyError";
  }
}
