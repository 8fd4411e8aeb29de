// A connection to a device console, however it is made: the client's transport over it, and a way to
// let go of it at the end.
import type { RequestTransport } from "../../modules/client/transport.js";

export interface DeviceLink {
  transport: RequestTransport;
  /** Closes the port, ends the device command, releases the terminal. */
  close(): Promise<void>;
}

/** Thrown when the link cannot be made at all (no such port, no permission). */
export class LinkError extends Error {}
