// A device that speaks esp_prov's console protocol, as the page drives it: the project's provisioning
// client (the same code as the command line's) over the console line transport, split into the steps
// the page shows one screen each: what the device is, what it needs to unlock, networks, joining.
import {
  capabilities, ClientError, ProvisioningClient, readVersionReply, selectSecurity, WifiJoinError, type AccessPoint,
  type ConsoleLineTransport, type ProgressEvent, type SecurityChoice, type VersionReply, type WifiStatus,
} from "../../client/index.js";
import { nobleCrypto } from "../../modules/crypto/noble.js";
import { utf8Decode, utf8Encode } from "../../modules/util/utf8.js";
import { browserRandom, browserTimers } from "./browser-ports.js";
import { fromDevice, type Part } from "./device-text.js";

/** What the person must give before the session: nothing, a PoP (security 1), or a username and password (2). */
export type Secret = "none" | "pop" | "sec2";

export interface DeviceSecurity {
  choice: SecurityChoice;
  needs: Secret;
}

export type JoinStage = "sending" | "applying" | "connecting";

export type Connected = Extract<WifiStatus, { state: "connected" }>;

/** How the page polls: every second (esp_prov waits 5 s), for at most a minute. */
const SETTINGS = { timeoutMs: 10000, pollIntervalMs: 1000, connectTimeoutMs: 60000, failureRetries: 2 };

/** Asks proto-ver "none" once: the device's reply says it speaks esp_prov, and what it can do. */
export async function probeEspProv(transport: ConsoleLineTransport, timeoutMs: number): Promise<VersionReply> {
  return readVersionReply(await transport.request("proto-ver", 0, utf8Encode("none"), timeoutMs));
}

export class EspProvDevice {
  readonly client: ProvisioningClient;
  #onProgress: (event: ProgressEvent) => void = () => {};

  constructor(readonly transport: ConsoleLineTransport, readonly info: VersionReply) {
    this.client = new ProvisioningClient(
      { transport, crypto: nobleCrypto, random: browserRandom, timers: browserTimers },
      SETTINGS,
      (event) => this.#onProgress(event),
    );
  }

  /** The capability list of proto-ver, undefined for a device from before capabilities (ESP-IDF v3.2). */
  get capabilities(): string[] | undefined {
    return capabilities(this.info);
  }

  get canScan(): boolean {
    return this.capabilities?.includes("wifi_scan") ?? false;
  }

  /** The security version the device advertises in proto-ver, if it does. */
  get advertisedSecurity(): number | undefined {
    const v = this.info.prov?.sec_ver;
    return typeof v === "number" ? v : undefined;
  }

  /**
   * esp_prov's selection (security-selection.ts), with one addition: a device that says it uses
   * security 2 gets it (esp_prov's automatic rule never picks 2 and asks for --sec_ver instead).
   * The selection asks for secrets through prompts; here they only record what will be needed, and the
   * page asks the person on its own screen, so a wrong PoP can be typed again without selecting again.
   */
  async security(secVer?: number): Promise<DeviceSecurity> {
    if (secVer === undefined && this.advertisedSecurity === 2) secVer = 2;
    const answers = new Map<string, VersionReply>([["none", this.info]]);
    const ask = async (request: string) => {
      const known = answers.get(request);
      if (known) return known;
      const reply = await this.client.version(request);
      answers.set(request, reply);
      return reply;
    };
    let asked = false;
    const choice = await selectSecurity({ secVer }, ask, {
      secret: async () => { asked = true; return ""; },
      text: async () => { asked = true; return ""; },
    }, () => {});
    const needs: Secret = choice.version === 2 ? "sec2" : choice.version === 1 && asked ? "pop" : "none";
    return { choice, needs };
  }

  /** The session handshake with what the person typed. */
  async unlock(security: DeviceSecurity, secret: { pop?: string; username?: string; password?: string }): Promise<void> {
    await this.client.openSession({ ...security.choice, pop: secret.pop ?? "", username: secret.username ?? "", password: secret.password ?? "" });
  }

  /** The device's scan, strongest first, one entry per SSID (the strongest of its access points). */
  async scan(): Promise<AccessPoint[]> {
    const found = await this.client.scan();
    const best = new Map<string, AccessPoint>();
    for (const ap of found) {
      if (!ap.ssid) continue;
      const seen = best.get(ap.ssid);
      if (!seen || ap.rssi > seen.rssi) best.set(ap.ssid, ap);
    }
    return [...best.values()].sort((a, b) => b.rssi - a.rssi);
  }

  /**
   * SetConfig, ApplyConfig, then GetStatus until the device has joined. `retry`: a previous attempt
   * failed, so CtrlReset first, as esp_prov --reset does (ESP-IDF takes new credentials only then).
   */
  async join(ssid: Uint8Array, passphrase: string, stage: (stage: JoinStage, status?: string) => void, retry = false): Promise<Connected> {
    if (retry) await this.resetAfterFailure();
    this.#onProgress = (event) => { if (event.kind === "status") stage("connecting", event.text); };
    try {
      stage("sending");
      await this.client.setConfig(ssid, utf8Encode(passphrase));
      stage("applying");
      await this.client.applyConfig();
      stage("connecting");
      return await this.client.waitForConnection(utf8Decode(ssid));
    } finally {
      this.#onProgress = () => {};
    }
  }

  /** CtrlReset after a failed attempt; a device without prov-ctrl (before ESP-IDF v5.1) may not need it. */
  async resetAfterFailure(): Promise<void> {
    try {
      await this.client.ctrl("reset");
    } catch (error) {
      if (!(error instanceof ClientError)) throw error;
    }
  }

  /** CtrlReprov: after a success, lets the device take new credentials (until it stops provisioning). */
  async reprovision(): Promise<void> {
    await this.client.ctrl("reprov");
  }

  close(): void {
    this.client.close();
  }
}

/** Why joining failed, in words, from the device's last status. */
export function describeJoinFailure(error: unknown, ssidText: string): Part[] {
  const ssid = fromDevice(ssidText);
  if (error instanceof WifiJoinError) {
    const last = error.lastStatus;
    if (last?.state === "failed" && last.reason === "auth") return ["Wrong passphrase: the device could not join “", ssid, "” with it. Passphrases are case-sensitive."];
    if (last?.state === "failed" && last.reason === "not-found") return ["Network not found: the device cannot see “", ssid, "”. Check the name, and that the network is in range."];
    if (last?.state === "connecting") return ["The device had not joined “", ssid, "” after a minute of trying."];
    if (last?.state === "disconnected") return ["The device is not connected to “", ssid, "” and has stopped trying."];
    return ["The device could not join “", ssid, "”."];
  }
  // A client error's message can quote what the device sent: isolated as a whole.
  if (error instanceof ClientError && error.kind === "refused") return ["The device refused the Wi-Fi settings: ", fromDevice(error.message)];
  return [fromDevice(error instanceof Error ? error.message : String(error))];
}
