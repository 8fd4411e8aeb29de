// The command line's Improv path: the same options (--ssid, --passphrase, scan and choose without
// --ssid) and the same exit statuses as the esp_prov protocol, over the link's raw bytes.
import { ClientError, delay, ImprovClient, type AccessPoint, type Prompts } from "../../client/index.js";
import { ImprovState, stateName } from "../../modules/improv/frame.js";
import { nodeClock, nodeTimers } from "../../adapters/node/ports.js";
import { utf8Encode } from "../../modules/util/utf8.js";
import type { RawLink } from "../transports/link.js";
import type { CliOptions } from "./args.js";
import type { ProgressDisplay } from "./progress.js";
import { escapeForLog, quoteForLog } from "../../modules/log/escape.js";

const POLL_MS = 1000;

export interface ImprovOutcome {
  ssid: string;
  urls: string[];
}

/** An Improv client on the link's bytes. */
export function improvClient(raw: RawLink): ImprovClient {
  const client = new ImprovClient({ write: (bytes) => raw.write(bytes), timers: nodeTimers, clock: nodeClock() });
  raw.listen((bytes) => client.receive(bytes));
  return client;
}

/** Whether the device answers Improv at all (the state request, as ESP Web Tools asks first). */
export async function answersImprov(client: ImprovClient, timeoutMs: number): Promise<boolean> {
  try {
    await client.currentState(timeoutMs);
    return true;
  } catch (error) {
    if (error instanceof ClientError) return false;
    throw error;
  }
}

export async function provisionOverImprov(client: ImprovClient, options: CliOptions, prompts: Prompts, display: ProgressDisplay): Promise<ImprovOutcome> {
  const timeoutMs = options.settings.timeoutMs || 10000;
  display.event({ kind: "step", text: "Improv: asking the device" });
  let status = await client.currentState(timeoutMs);
  const info = await client.deviceInfo(timeoutMs);
  display.event({ kind: "info", text: `Device: ${escapeForLog(info.deviceName)} (${escapeForLog(info.firmwareName)} ${escapeForLog(info.firmwareVersion)}, ${escapeForLog(info.chipFamily)}); ${stateName(status.state)}` });
  // A device still joining a network (its stored one, say) takes no settings until it is done.
  const connectTimeoutMs = options.settings.connectTimeoutMs ?? 60000;
  for (let waited = 0; status.state === ImprovState.Provisioning; waited += POLL_MS) {
    if (waited >= connectTimeoutMs)
      throw new ClientError("refused", `The device was still joining a network (Improv state: provisioning) after ${Math.round(connectTimeoutMs / 1000)} s.`);
    await delay(nodeTimers, POLL_MS);
    status = await client.currentState(timeoutMs);
  }

  let ssid = options.plan.ssid;
  let passphrase = options.plan.passphrase;
  if (!ssid) {
    for (;;) {
      display.event({ kind: "step", text: "Scanning Wi-Fi access points" });
      const networks = await client.scan(timeoutMs + 15000);
      display.event({ kind: "info", text: `Scan results: ${networks.length}` });
      if (!prompts.chooseNetwork)
        throw new ClientError("usage", `No --ssid, and nobody at a terminal to choose from the networks found` +
          `${networks.length ? ` (${networks.map((n) => quoteForLog(n.ssid)).join(", ")})` : ""}: pass --ssid`);
      // Improv tells only name, strength and whether a password is needed.
      const table: AccessPoint[] = networks.map((n) => ({ ssid: n.ssid, ssidBytes: utf8Encode(n.ssid), bssid: "", channel: 0, rssi: n.rssi, auth: n.secured ? 3 : 0 }));
      const choice = await prompts.chooseNetwork(table);
      if (choice === "rescan" || !networks[choice]) continue;
      ssid = networks[choice].ssid;
      if (passphrase === undefined && !networks[choice].secured) passphrase = "";
      break;
    }
  }
  if (passphrase === undefined) {
    if (!prompts.secret) throw new ClientError("usage", `No passphrase for ${quoteForLog(ssid)}: pass --passphrase (--passphrase "" for an open network)`);
    passphrase = await prompts.secret(`Enter passphrase for ${escapeForLog(ssid)} : `);
  }
  display.event({ kind: "step", text: "Sending Wi-Fi credentials (Improv)" });
  const urls = await client.provision(ssid, passphrase, connectTimeoutMs);
  return { ssid, urls };
}
