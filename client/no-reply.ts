// Turns "the device did not answer" into the likely cause, from what the transport saw and what the
// client was doing: silence from the start points at the port; silence after the proof points at
// the PoP or password; the device's own E lines are quoted when it printed any.
import { ClientError, type NoReplyError } from "./errors.js";

export interface ExchangeContext {
  /** What the request was, for the message ("the session request (command 0)"). */
  what: string;
  /** Security version and handshake step (1: command 0, 2: command 1) for prov-session requests. */
  security?: number;
  handshakeStep?: number;
}

function seconds(ms: number): string {
  return `${Math.round(ms / 100) / 10} s`;
}

export function explainNoReply(error: NoReplyError, context: ExchangeContext): ClientError {
  const d = error.detail;
  const said = d.deviceErrors.length ? ` The device said: ${d.deviceErrors.join(" | ")}` : "";
  const waited = d.reason === "refused" ? "the device finished without a reply" : `no reply within ${seconds(d.timeoutMs)}`;
  if (d.reason === "closed")
    return new ClientError("no-reply", `The connection to the device ended while waiting for the reply to ${context.what}.${said}`);
  if (!d.heardAnything)
    return new ClientError("no-reply", `No reply to ${context.what} within ${seconds(d.timeoutMs)}, and not a single byte from the device: ` +
      "wrong port or baud rate, or the device's provisioning console is not running (already provisioned? still booting?).");
  if (d.garbled)
    return new ClientError("no-reply", `No reply to ${context.what}, only unreadable bytes from the device: the baud rate is probably wrong (--baud).`);
  if (context.handshakeStep === 2 && context.security === 1)
    return new ClientError("handshake", `The device did not accept the proof of possession (${waited}): wrong PoP? Check --pop.${said}`);
  if (context.handshakeStep === 2 && context.security === 2)
    return new ClientError("handshake", `The device did not accept the password proof (${waited}): wrong password? Check --sec2_pwd.${said}`);
  // Past command 0 the console is known to run; before it, a request not even echoed was not taken in.
  if (d.reason === "timeout" && !d.echoed && !d.deviceErrors.length)
    return new ClientError("no-reply", `No reply to ${context.what} within ${seconds(d.timeoutMs)}: the device prints, but did not echo the request, ` +
      "so its provisioning console is probably not running (already provisioned? still booting?), or the baud rate is wrong (--baud).");
  if (context.handshakeStep === 1)
    return new ClientError("handshake", `The device did not accept ${context.what} (${waited}): ` +
      (context.security === 2 ? "wrong username (--sec2_username), or " : "") +
      `the device does not use security ${context.security} (--sec_ver), or it refuses handshakes for a while after too many failed ones.${said}`);
  return new ClientError("no-reply", `The device did not answer ${context.what} (${waited}).${said}` +
    (d.reason === "refused" ? "" : " Is its provisioning console still running?"));
}
