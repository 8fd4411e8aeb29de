// The client as a library, the package's main export: provision a device over its serial port, through a
// command whose stdin/stdout is its console, or over a transport of your own, and hear how it goes.
//
//   import { provision } from "esp-console-prov";
//   const outcome = await provision({ port: "/dev/ttyUSB0", pop: "abcd1234", ssid: "home", passphrase: "hunter22",
//     onProgress: (event) => console.log(event.kind, event.text) });
//
// It is the same code the `esp-provision` command runs (host/provision.ts), without the terminal.
import {
  ClientError, ProvisioningClient, type ClientSettings, type Outcome, type Progress, type Prompts, type ProvisioningPlan,
  type RequestTransport,
} from "../client/index.js";
import { nodeRandom, nodeTimers } from "../adapters/node/ports.js";
import { nobleCrypto } from "../modules/crypto/noble.js";
import { openChildLink } from "./transports/child.js";
import type { DeviceLink } from "./transports/link.js";

export {
  ClientError, ConsoleLineTransport, DEFAULT_SETTINGS, NoReplyError, ProvisioningClient, describeStatus,
  type AccessPoint, type ClientSettings, type FailureKind, type LineTransportOptions, type NoReplyDetail, type Outcome,
  type Progress, type ProgressEvent, type Prompts, type ProvisioningPlan, type RequestTransport, type SecurityChoice,
  type SecurityRequest, type WifiStatus,
} from "../client/index.js";
export { openChildLink } from "./transports/child.js";
export { LinkError, type DeviceLink } from "./transports/link.js";

/** What to provision and how: the plan (esp_prov's options), one way of reaching the device, and listeners. */
export interface ProvisionOptions extends ProvisioningPlan {
  /** The device's serial port ("/dev/ttyUSB0", "COM3"). */
  port?: string;
  /** Its speed (default 115200). */
  baud?: number;
  /** Instead: a shell command whose stdin/stdout is the console, e.g. "npx esp-prov-sim". */
  device?: string;
  /** Instead: a transport of your own, e.g. a ConsoleLineTransport fed from a socket. Left open at the end. */
  transport?: RequestTransport;
  /** Line ending sent over a port or device command (default "\r", as ESP-IDF's console wants). */
  eol?: string;
  /** Timeouts and polling (defaults: DEFAULT_SETTINGS). */
  settings?: Partial<ClientSettings>;
  /** Each stage, warning and Wi-Fi status as it happens. */
  onProgress?: Progress;
  /** Answers for what the plan leaves out (PoP, passphrase, a network from the scan); without them that is an error. */
  prompts?: Prompts;
}

/** A client with Node's crypto, random and timers, over any transport: for running single steps yourself. */
export function createClient(transport: RequestTransport, settings: Partial<ClientSettings> = {}, onProgress?: Progress): ProvisioningClient {
  return new ProvisioningClient({ transport, crypto: nobleCrypto, random: nodeRandom, timers: nodeTimers }, settings, onProgress);
}

/**
 * Opens the device's serial port as a link. serialport (a native addon) is loaded here, on first use,
 * so a program that never opens a port never loads it. Rejects with a LinkError saying what usually fixes it.
 */
export async function openSerialLink(path: string, baud = 115200, eol = "\r"): Promise<DeviceLink> {
  const serial = await import("./transports/serial.js");
  return serial.openSerialLink(path, baud, eol);
}

/** The serial ports, one a line, or a sentence saying why they cannot be listed. */
export async function listSerialPorts(): Promise<string> {
  return (await import("./transports/serial.js")).listSerialPorts();
}

async function openLink(options: ProvisionOptions, progress: Progress): Promise<DeviceLink> {
  const eol = options.eol ?? "\r";
  if (options.port !== undefined) return openSerialLink(options.port, options.baud, eol);
  if (options.device !== undefined) return openChildLink(options.device, eol, (text) => progress({ kind: "warning", text }));
  // The caller's transport is the caller's to close.
  return { transport: options.transport!, close: async () => {} };
}

/**
 * esp_prov's whole sequence. Resolves when the device joined the network (or the reset/reprov was done);
 * rejects with a ClientError (its `kind` says why: "wifi", "no-reply", "handshake", ...) or, when the port
 * cannot be opened, a LinkError. The port or device command is closed either way.
 */
export async function provision(options: ProvisionOptions): Promise<Outcome> {
  const ways = [options.port, options.device, options.transport].filter((way) => way !== undefined).length;
  if (ways !== 1) throw new ClientError("usage", "provision(): give exactly one of port, device or transport");
  const progress = options.onProgress ?? (() => {});
  const link = await openLink(options, progress);
  const client = createClient(link.transport, options.settings, progress);
  try {
    return await client.provision(options, options.prompts);
  } finally {
    client.close();
    await link.close();
  }
}
