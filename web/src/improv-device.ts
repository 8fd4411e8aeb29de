// A device that answers Improv Wi-Fi serial instead (ESPHome, WLED, devices set up with ESP Web Tools),
// driven by the Improv project's own browser client, improv-wifi-serial-sdk, over a view of our port
// (the SDK reads its own stream; the console panel keeps seeing every byte).
import { ImprovSerialCurrentState } from "improv-wifi-serial-sdk/dist/const.js";
import { ImprovSerial } from "improv-wifi-serial-sdk/dist/serial.js";
import type { SerialLink } from "./serial-link.js";

export interface ImprovNetwork {
  ssid: string;
  rssi: number;
  secured: boolean;
}

export type ImprovState = "stopped" | "ready" | "provisioning" | "provisioned" | "unknown";

const STATES: Record<number, ImprovState> = {
  [ImprovSerialCurrentState.STOPPED]: "stopped",
  [ImprovSerialCurrentState.READY]: "ready",
  [ImprovSerialCurrentState.PROVISIONING]: "provisioning",
  [ImprovSerialCurrentState.PROVISIONED]: "provisioned",
};

/** How long the device may take to join a network before the SDK gives up. */
const JOIN_TIMEOUT_MS = 60000;

/** The SDK's log goes to the browser's developer console only. */
const logger = {
  log: (message: string, ...args: unknown[]) => console.log(`improv: ${message}`, ...args),
  error: (message: string, ...args: unknown[]) => console.warn(`improv: ${message}`, ...args),
  debug: () => {},
};

export class ImprovDevice {
  #client: ImprovSerial;

  private constructor(client: ImprovSerial) {
    this.#client = client;
  }

  /** Asks for the current state and the device info; throws when nothing answers within timeoutMs. */
  static async probe(link: SerialLink, timeoutMs: number): Promise<ImprovDevice> {
    const client = new ImprovSerial(link.view() as unknown as SerialPort, logger);
    await client.initialize(timeoutMs);
    return new ImprovDevice(client);
  }

  get info() {
    return this.#client.info;
  }

  get state(): ImprovState {
    return STATES[this.#client.state ?? -1] ?? "unknown";
  }

  /** Where the device says to go next (its web interface), after a success. */
  get url(): string | undefined {
    return this.#client.nextUrl || undefined;
  }

  /** Networks the device sees, strongest first. Throws when the device cannot scan. */
  async scan(): Promise<ImprovNetwork[]> {
    const found = await this.#client.scan(20000);
    return found.map((s) => ({ ssid: s.name, rssi: s.rssi, secured: s.secured })).sort((a, b) => b.rssi - a.rssi);
  }

  /** Sends the credentials and waits for the device to join (or to say it could not). */
  async join(ssid: string, passphrase: string, stage: (stage: "sending" | "connecting") => void): Promise<void> {
    const onState = () => { if (this.state === "provisioning") stage("connecting"); };
    this.#client.addEventListener("state-changed", onState);
    try {
      stage("sending");
      await this.#client.provision(ssid, passphrase, JOIN_TIMEOUT_MS);
    } catch (error) {
      // The SDK rejects with the error's name (a string), e.g. UNABLE_TO_CONNECT.
      throw new ImprovError(String(error instanceof Error ? error.message : error));
    } finally {
      this.#client.removeEventListener("state-changed", onState);
    }
  }

  async close(): Promise<void> {
    await this.#client.close();
  }
}

/** An Improv error state, with what it means for the person. */
export class ImprovError extends Error {
  constructor(readonly code: string) {
    super(describeImprovError(code));
  }
  override get name(): string {
    return "ImprovError";
  }
}

function describeImprovError(code: string): string {
  switch (code) {
    case "UNABLE_TO_CONNECT": return "The device could not join the network: a wrong passphrase, or the network is out of range (Improv does not say which).";
    case "TIMEOUT": return "The device did not say whether it joined the network within a minute.";
    case "INVALID_RPC_PACKET": return "The device did not understand the request (invalid Improv packet).";
    case "UNKNOWN_RPC_COMMAND": return "The device does not support this Improv command.";
    default: return `The device reported an Improv error (${code}).`;
  }
}
