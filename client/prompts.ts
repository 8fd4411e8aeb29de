// Questions only a person can answer. A client without someone at a terminal leaves them out, and the
// client then stops with a message naming the option to pass instead.
import type { AccessPoint } from "./wifi-scan-messages.js";

export interface Prompts {
  /** Asks for text that must not be echoed: a PoP, a password, a passphrase. */
  secret?(question: string): Promise<string>;
  /** Asks for plain text: a username. */
  text?(question: string): Promise<string>;
  /** Picks a network from a scan: an index into `networks`, or "rescan". */
  chooseNetwork?(networks: AccessPoint[]): Promise<number | "rescan">;
}

export type ProgressEvent =
  /** A stage of provisioning begins. */
  | { kind: "step"; text: string }
  | { kind: "info"; text: string }
  | { kind: "warning"; text: string }
  /** One GetStatus answer while waiting for the connection. */
  | { kind: "status"; text: string };

export type Progress = (event: ProgressEvent) => void;
