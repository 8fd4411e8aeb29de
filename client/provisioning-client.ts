// The provisioning client: esp_prov's sequence from the client side, over any RequestTransport.
//   proto-ver (security selection) → prov-session handshake → [prov-ctrl reset | reprov and stop]
//   → [custom-data] → [prov-scan when no SSID] → SetConfig → ApplyConfig → GetStatus polls.
// Unlike esp_prov, every exchange has a timeout, the status poll is bounded, and every way of not
// ending up on the network is an error (a ClientError whose kind picks the exit status).
import { escapeForLog, quoteForLog } from "../modules/log/escape.js";
import type { Random, Timers } from "../modules/ports.js";
import type { CryptoProvider } from "../modules/crypto/provider.js";
import { BigIntArithmetic, type ModularArithmetic } from "../modules/srp/arithmetic.js";
import { N } from "../modules/srp/group.js";
import { utf8Decode, utf8Encode } from "../modules/util/utf8.js";
import { statusName } from "./decode.js";
import { delay } from "./delay.js";
import { ClientError, NoReplyError, WifiJoinError } from "./errors.js";
import { explainNoReply, type ExchangeContext } from "./no-reply.js";
import type { Progress, Prompts } from "./prompts.js";
import { Sec0Client } from "./sec0.js";
import { Sec1Client } from "./sec1.js";
import { Sec2Client } from "./sec2.js";
import { selectSecurity, type SecurityChoice, type SecurityRequest } from "./security-selection.js";
import type { ClientSession } from "./session.js";
import type { RequestTransport } from "./transport.js";
import { capabilities, readVersionReply, type VersionReply } from "./version-info.js";
import {
  applyConfigRequest, getStatusRequest, readApplyConfig, readGetStatus, readSetConfig, setConfigRequest, type WifiStatus,
} from "./wifi-config-messages.js";
import { ctrlRequest, readCtrl, type CtrlCommand } from "./wifi-ctrl-messages.js";
import {
  SCAN_PAGE, readScanResult, readScanStart, readScanStatus, scanResultRequest, scanStartRequest, scanStatusRequest, type AccessPoint,
} from "./wifi-scan-messages.js";

export interface ClientPorts {
  transport: RequestTransport;
  crypto: CryptoProvider;
  random: Random;
  timers: Timers;
  /** SRP exponentiation for security 2 (default: portable BigInt). */
  arithmetic?: ModularArithmetic;
}

export interface ClientSettings {
  /** Longest wait for any one reply; 0 waits forever (a person pasting replies). */
  timeoutMs: number;
  /** Longest wait for the blocking scan's first reply (default: timeoutMs + 15 s). */
  scanTimeoutMs?: number;
  /** Pause before each GetStatus (esp_prov: 5 s). */
  pollIntervalMs: number;
  /** Longest wait, in polls of pollIntervalMs, for the device to join the network. */
  connectTimeoutMs: number;
  /** Further polls after a failed or disconnected status, in case the device retries (esp_prov: 3). */
  failureRetries: number;
  /** The transport session id (esp_prov: always 0). */
  sessionId?: number;
}

export const DEFAULT_SETTINGS: ClientSettings = { timeoutMs: 10000, pollIntervalMs: 2000, connectTimeoutMs: 60000, failureRetries: 3 };

export interface ProvisioningPlan extends SecurityRequest {
  reset?: boolean;
  reprov?: boolean;
  /** Sent to custom-data after the handshake; the reply is reported. */
  customData?: string;
  /** undefined or empty: scan and let the person choose. */
  ssid?: string;
  /** undefined: asked for (not for an open network chosen from the scan). */
  passphrase?: string;
}

export type Outcome =
  | { result: "provisioned"; wifi: Extract<WifiStatus, { state: "connected" }> }
  | { result: "reset" | "reprov" };

const SCAN_STATUS_POLLS = 20;
const SCAN_STATUS_PAUSE_MS = 500;

function describeFailure(wifi: WifiStatus, ssidValue: string): string {
  const ssid = escapeForLog(ssidValue);
  switch (wifi.state) {
    case "failed":
      if (wifi.reason === "auth") return `The device could not join "${ssid}": wrong passphrase (AuthError). Check --passphrase.`;
      if (wifi.reason === "not-found") return `The device could not find the network "${ssid}" (NetworkNotFound). Check --ssid, and that the network is in range.`;
      return `The device could not join "${ssid}" (connection failed).`;
    case "disconnected": return `The device reports it is not connected to "${ssid}" and not trying (Disconnected).`;
    default: return `The device did not join "${ssid}".`;
  }
}

export class ProvisioningClient {
  #ports: ClientPorts;
  #settings: ClientSettings;
  #progress: Progress;
  #session: ClientSession | undefined;

  constructor(ports: ClientPorts, settings: Partial<ClientSettings> = {}, progress: Progress = () => {}) {
    this.#ports = ports;
    this.#settings = { ...DEFAULT_SETTINGS, ...settings };
    this.#progress = progress;
  }

  get session(): ClientSession | undefined {
    return this.#session;
  }

  /** The whole esp_prov sequence. Resolves only when provisioning (or the ctrl command) succeeded. */
  async provision(plan: ProvisioningPlan, prompts: Prompts = {}): Promise<Outcome> {
    const security = await this.selectSecurity(plan, prompts);
    await this.openSession(security);
    if (plan.reset || plan.reprov) {
      const command: CtrlCommand = plan.reset ? "reset" : "reprov";
      this.#progress({ kind: "step", text: command === "reset" ? "Resetting Wi-Fi provisioning" : "Reprovisioning Wi-Fi" });
      await this.ctrl(command);
      return { result: command };
    }
    if (plan.customData) {
      this.#progress({ kind: "step", text: "Sending custom data" });
      const reply = await this.customData(utf8Encode(plan.customData));
      this.#progress({ kind: "info", text: `Custom data response: ${quoteForLog(reply, 256)}` });
    }
    // As esp_prov: an empty --ssid means "scan and choose".
    let ssid = plan.ssid ? utf8Encode(plan.ssid) : undefined;
    let passphrase = plan.passphrase;
    if (!ssid) {
      const chosen = await this.#chooseNetwork(prompts);
      ssid = chosen.ssidBytes;
      if (passphrase === undefined && chosen.auth === 0) passphrase = "";
    }
    const ssidText = utf8Decode(ssid);
    if (passphrase === undefined) {
      if (!prompts.secret) throw new ClientError("usage", `No passphrase for ${quoteForLog(ssid)}: pass --passphrase (--passphrase "" for an open network)`);
      passphrase = await prompts.secret(`Enter passphrase for ${escapeForLog(ssid)} : `);
    }
    this.#progress({ kind: "step", text: "Sending Wi-Fi credentials" });
    await this.setConfig(ssid, utf8Encode(passphrase));
    this.#progress({ kind: "step", text: "Applying Wi-Fi config" });
    await this.applyConfig();
    this.#progress({ kind: "step", text: "Waiting for the device to join the network" });
    const wifi = await this.waitForConnection(ssidText);
    return { result: "provisioned", wifi };
  }

  selectSecurity(request: SecurityRequest, prompts: Prompts = {}): Promise<SecurityChoice> {
    return selectSecurity(request, (text) => this.version(text), prompts, this.#progress);
  }

  /** One plaintext proto-ver request. */
  async version(request: string): Promise<VersionReply> {
    return readVersionReply(await this.#exchange("proto-ver", utf8Encode(request), { what: `the proto-ver request "${request}"` }));
  }

  async hasCapability(capability: string): Promise<boolean> {
    return capabilities(await this.version(capability))?.includes(capability) ?? false;
  }

  /** Runs the prov-session handshake until the session is established. */
  async openSession(choice: SecurityChoice): Promise<void> {
    this.#progress({ kind: "step", text: "Starting session" });
    this.#session?.close();
    const session = this.#createSession(choice);
    this.#session = session;
    let request = session.next();
    while (request) {
      const step = session.step;
      const what = `the session ${step === 1 ? "request (command 0)" : "proof (command 1)"}`;
      const reply = await this.#exchange("prov-session", request, { what, security: choice.version, handshakeStep: step });
      request = session.next(reply);
    }
    this.#progress({ kind: "info", text: "Session established" });
  }

  #createSession(choice: SecurityChoice): ClientSession {
    const { crypto, random } = this.#ports;
    switch (choice.version) {
      case 0: return new Sec0Client();
      case 1: return new Sec1Client({ pop: utf8Encode(choice.pop), crypto, random });
      default: return new Sec2Client({
        username: utf8Encode(choice.username), password: utf8Encode(choice.password), patchVersion: choice.patchVersion,
        crypto, random, arithmetic: this.#ports.arithmetic ?? new BigIntArithmetic(N),
      });
    }
  }

  async customData(data: Uint8Array): Promise<Uint8Array> {
    return this.#secure("custom-data", data, "the custom data");
  }

  /** CtrlReset or CtrlReprov; throws unless the device reports success. */
  async ctrl(command: CtrlCommand): Promise<void> {
    const status = readCtrl(await this.#secure("prov-ctrl", ctrlRequest(command), `the ${command} command`), command);
    if (status !== 0)
      throw new ClientError("refused", `The device refused the ${command} command (${statusName(status)})` +
        (command === "reset" ? ": a reset works only before the device has joined a network; use --reprov after a success." :
          ": reprovisioning works only after a successful connection, before the device stops provisioning."));
  }

  async scan(): Promise<AccessPoint[]> {
    const { timeoutMs } = this.#settings;
    const scanTimeout = this.#settings.scanTimeoutMs ?? (timeoutMs ? timeoutMs + 15000 : 0);
    readScanStart(await this.#secure("prov-scan", scanStartRequest(), "the scan start", scanTimeout));
    let status = readScanStatus(await this.#secure("prov-scan", scanStatusRequest(), "the scan status request"));
    for (let i = 0; !status.finished && i < SCAN_STATUS_POLLS; i++) {
      await delay(this.#ports.timers, SCAN_STATUS_PAUSE_MS);
      status = readScanStatus(await this.#secure("prov-scan", scanStatusRequest(), "the scan status request"));
    }
    const networks: AccessPoint[] = [];
    for (let index = 0; index < status.count; index += SCAN_PAGE) {
      const count = Math.min(SCAN_PAGE, status.count - index);
      networks.push(...readScanResult(await this.#secure("prov-scan", scanResultRequest(index, count), "the scan result request")));
    }
    return networks;
  }

  async #chooseNetwork(prompts: Prompts): Promise<AccessPoint> {
    if (!(await this.hasCapability("wifi_scan")))
      throw new ClientError("usage", "The device cannot scan for networks (no wifi_scan capability): pass --ssid and --passphrase");
    for (;;) {
      this.#progress({ kind: "step", text: "Scanning Wi-Fi access points" });
      const networks = await this.scan();
      this.#progress({ kind: "info", text: `Scan results: ${networks.length}` });
      if (!prompts.chooseNetwork)
        throw new ClientError("usage", `No --ssid, and nobody at a terminal to choose from the networks found` +
          `${networks.length ? ` (${networks.map((n) => quoteForLog(n.ssid)).join(", ")})` : ""}: pass --ssid`);
      const choice = await prompts.chooseNetwork(networks);
      if (choice !== "rescan" && networks[choice]) return networks[choice];
    }
  }

  async setConfig(ssid: Uint8Array, passphrase: Uint8Array): Promise<void> {
    const status = readSetConfig(await this.#secure("prov-config", setConfigRequest(ssid, passphrase), "the Wi-Fi credentials (SetConfig)"));
    if (status !== 0)
      throw new ClientError("refused", `The device refused the Wi-Fi credentials (${statusName(status)})` +
        (status === 4 ? ": the SSID must be 1 to 32 bytes and the passphrase at most 63." : ": is it already connecting or provisioned?"));
  }

  async applyConfig(): Promise<void> {
    const status = readApplyConfig(await this.#secure("prov-config", applyConfigRequest(), "ApplyConfig"));
    if (status !== 0) throw new ClientError("refused", `The device refused to apply the Wi-Fi config (${statusName(status)})`);
  }

  async getStatus(): Promise<WifiStatus> {
    const { status, wifi } = readGetStatus(await this.#secure("prov-config", getStatusRequest(), "GetStatus"));
    if (status !== 0) throw new ClientError("refused", `The device refused GetStatus (${statusName(status)})`);
    return wifi;
  }

  /**
   * Polls GetStatus every pollIntervalMs: Connected ends it; Connecting goes on until connectTimeoutMs
   * worth of polls; a failure is asked about failureRetries more times, in case the device retries.
   */
  async waitForConnection(ssid: string): Promise<Extract<WifiStatus, { state: "connected" }>> {
    const { pollIntervalMs, connectTimeoutMs, failureRetries } = this.#settings;
    const maxPolls = Math.max(1, Math.ceil(connectTimeoutMs / Math.max(1, pollIntervalMs)));
    let retries = failureRetries;
    let last: WifiStatus | undefined;
    for (let poll = 0; poll < maxPolls; poll++) {
      await delay(this.#ports.timers, pollIntervalMs);
      const wifi = await this.getStatus();
      last = wifi;
      this.#progress({ kind: "status", text: describeStatus(wifi) });
      if (wifi.state === "connected") return wifi;
      if (wifi.state === "connecting") continue;
      if (retries-- > 0) continue;
      throw new WifiJoinError(describeFailure(wifi, ssid), wifi);
    }
    throw new WifiJoinError(`The device had not joined "${ssid}" after ${Math.round(connectTimeoutMs / 1000)} s` +
      ` (last status: ${last ? describeStatus(last) : "none"}).`, last);
  }

  /** An encrypted request on the established session. */
  async #secure(endpoint: string, plaintext: Uint8Array, what: string, timeoutMs?: number): Promise<Uint8Array> {
    const session = this.#session;
    if (!session?.established) throw new ClientError("protocol", `${what}: no session (the handshake has not been done)`);
    const reply = await this.#exchange(endpoint, session.encrypt(plaintext), { what }, timeoutMs);
    return session.decrypt(reply);
  }

  async #exchange(endpoint: string, payload: Uint8Array, context: ExchangeContext, timeoutMs = this.#settings.timeoutMs): Promise<Uint8Array> {
    try {
      return await this.#ports.transport.request(endpoint, this.#settings.sessionId ?? 0, payload, timeoutMs);
    } catch (error) {
      if (error instanceof NoReplyError) throw explainNoReply(error, context);
      throw error;
    }
  }

  close(): void {
    this.#session?.close();
    this.#session = undefined;
  }
}

export function describeStatus(wifi: WifiStatus): string {
  switch (wifi.state) {
    case "connected": return `connected to ${quoteForLog(wifi.ssid)}, IP address ${escapeForLog(wifi.ip4)}, channel ${wifi.channel}`;
    case "connecting": return wifi.attemptsRemaining === undefined ? "connecting..." : `connecting (an attempt failed; ${wifi.attemptsRemaining} left)`;
    case "disconnected": return "disconnected";
    case "failed": return `connection failed (${wifi.reason === "auth" ? "incorrect password" : wifi.reason === "not-found" ? "network not found" : "unknown reason"})`;
  }
}
