// A connection to a device console, however it is made: the client's transport over it, and a way to
// let go of it at the end.
import type { RequestTransport } from "../../client/index.js";

/** The link's bytes themselves, for a second protocol on the same console (Improv). */
export interface RawLink {
  write(bytes: Uint8Array): void;
  /** Also hands every byte received to `listener`. */
  listen(listener: (bytes: Uint8Array) => void): void;
}

export interface DeviceLink {
  transport: RequestTransport;
  /** Absent where no bytes flow (--paste). */
  raw?: RawLink;
  /** Closes the port, ends the device command, releases the terminal. */
  close(): Promise<void>;
}

/** Thrown when the link cannot be made at all (no such port, no permission). */
export class LinkError extends Error {}
