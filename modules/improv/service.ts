// The Improv Wi-Fi serial service, device side: answers the RPCs of the Improv spec and reports the
// provisioning state, over frames that arrive among the console's lines. It does not provision anything
// itself: the application behind ImprovBackend runs the same provisioning manager, credential store and
// Wi-Fi station as protocomm, so both protocols see one state.
import type { Logger } from "../log/logger.js";
import type { ScannedAccessPoint } from "../ports.js";
import { utf8Decode } from "../util/utf8.js";
import { deviceNameProblem } from "./device-name.js";
import { escapeForLog, quoteForLog } from "../log/escape.js";
import {
  FrameType, ImprovError, ImprovState, RpcCommand, encodeFrame,
  type Frame, type ImprovErrorValue, type ImprovStateValue,
} from "./frame.js";
import { decodeRpc, decodeWifiSettings, encodeResult } from "./rpc.js";

export type BackendState =
  | { state: "ready"; failed?: boolean }
  | { state: "provisioning" }
  | { state: "provisioned"; ip4?: string };

export interface ImprovBackend {
  status(): BackendState;
  /**
   * Takes credentials and starts joining; "busy" while an attempt runs, invalid credentials with the
   * reason, or refused with the reason when another client owns the next attempt.
   */
  join(ssid: Uint8Array, passphrase: Uint8Array): "ok" | "busy" | { invalid: string } | { refused: string };
  /** A full scan, strongest first; undefined when the radio cannot scan or a scan is already running. */
  scan(): Promise<readonly ScannedAccessPoint[] | undefined>;
}

export interface DeviceInfo {
  firmwareName: string;
  firmwareVersion: string;
  /** e.g. "ESP32" */
  chipFamily: string;
  osName?: string;
  osVersion?: string;
}

export interface ImprovServiceOptions {
  backend: ImprovBackend;
  info: DeviceInfo;
  deviceName: { get(): string; set(name: string): void };
  /** Redirect URL after provisioning; "{LOCAL_IPV4}" becomes the station's address. Empty: none. */
  redirectUrl: string;
  /** Writes one frame on the console. */
  send(frame: Uint8Array): void;
  log: Logger;
}

const TAG = "improv";
const STATE: Record<BackendState["state"], ImprovStateValue> = {
  ready: ImprovState.Ready, provisioning: ImprovState.Provisioning, provisioned: ImprovState.Provisioned,
};

export class ImprovService {
  #options: ImprovServiceOptions;
  /** State changes are pushed only once a client has spoken Improv: nobody else wants binary frames. */
  #clientSeen = false;
  #lastState: ImprovStateValue | undefined;
  /** A Wi-Fi settings RPC waiting for the outcome of its connection attempt. */
  #joining = false;
  #quiet = false;

  constructor(options: ImprovServiceOptions) {
    this.#options = options;
  }

  /** A frame found on the console. */
  receive(frame: Frame): void {
    if (!this.#clientSeen) {
      // From now on changes are pushed; the state as it is now the client asks for (or is told by its RPC).
      this.#clientSeen = true;
      this.#lastState = STATE[this.#options.backend.status().state];
    }
    if (frame.type !== FrameType.Rpc) return this.#invalid(`Improv frame of type ${frame.type} (a device takes RPC frames only)`);
    const rpc = decodeRpc(frame.data);
    if ("error" in rpc) return this.#invalid(rpc.error);
    switch (rpc.command) {
      case RpcCommand.WifiSettings: return this.#wifiSettings(rpc.data);
      case RpcCommand.CurrentState: return this.#currentState();
      case RpcCommand.DeviceInfo: return this.#deviceInfo();
      case RpcCommand.ScanNetworks: return void this.#scan();
      case RpcCommand.DeviceName: return this.#deviceName(rpc.data);
      case RpcCommand.NetworkState: return this.#networkState();
      default:
        // Hostname (0x05) included: the platform gives no way to set the station's DHCP hostname.
        this.#options.log.error(TAG, `unknown Improv RPC command 0x${rpc.command.toString(16)}`);
        this.#sendError(ImprovError.UnknownCommand);
    }
  }

  /** A frame that started but was dropped (bad checksum, truncated, wrong version). */
  rejected(reason: string): void {
    this.#invalid(reason);
  }

  /** The provisioning state may have changed: tell a listening client, and settle a pending join. */
  update(): void {
    if (this.#quiet) return;
    const status = this.#options.backend.status();
    const state = STATE[status.state];
    if (this.#joining && status.state !== "provisioning") {
      this.#joining = false;
      if (status.state === "provisioned") {
        this.#sendState(state);
        this.#sendResult(RpcCommand.WifiSettings, this.#urls(status));
        return;
      }
      this.#sendError(ImprovError.UnableToConnect);
      this.#options.log.error(TAG, "Improv: unable to connect with the credentials sent; ready for new ones");
    }
    if (this.#clientSeen && state !== this.#lastState) this.#sendState(state);
  }

  #wifiSettings(data: Uint8Array): void {
    // The error state is sent only when there is news: an error, or this, a new attempt clearing the last
    // one. The Improv serial text has the device send "no error" before answering any RPC, but ESP Web
    // Tools (10.4) asks for a scan right after a failed attempt and shows whatever error state the device
    // sent last: a "no error" in front of the scan would wipe "unable to connect" from its dialog within
    // milliseconds. ESPHome, the device it is built against, sends error states this way. No client
    // waits for a "no error" frame (they settle on a result, a state or a real error).
    this.#sendError(ImprovError.None);
    const settings = decodeWifiSettings(data);
    if ("error" in settings) return this.#invalid(settings.error);
    // The steps on the way (back to ready for a provisioned device, credentials received) are not news.
    this.#quiet = true;
    let outcome: ReturnType<ImprovBackend["join"]>;
    try {
      outcome = this.#options.backend.join(settings.ssid, settings.passphrase);
    } finally {
      this.#quiet = false;
    }
    if (outcome === "busy") {
      this.#options.log.error(TAG, "Improv Wi-Fi settings refused: a connection attempt is running");
      return this.#sendError(ImprovError.Unknown);
    }
    if (outcome !== "ok" && "refused" in outcome) {
      this.#options.log.error(TAG, `Improv Wi-Fi settings refused: ${outcome.refused}`);
      return this.#sendError(ImprovError.Unknown);
    }
    if (outcome !== "ok") return this.#invalid(outcome.invalid);
    this.#joining = true;
    this.update();
  }

  #currentState(): void {
    const status = this.#options.backend.status();
    this.#sendState(STATE[status.state]);
    if (status.state === "provisioned") this.#sendResult(RpcCommand.CurrentState, this.#urls(status));
  }

  #deviceInfo(): void {
    const { info } = this.#options;
    const strings = [info.firmwareName, info.firmwareVersion, info.chipFamily, this.#options.deviceName.get()];
    if (info.osName) strings.push(info.osName, info.osVersion ?? "");
    this.#sendResult(RpcCommand.DeviceInfo, strings);
  }

  async #scan(): Promise<void> {
    const networks = await this.#options.backend.scan();
    if (!networks) return this.#sendError(ImprovError.Unknown);
    for (const ap of networks)
      this.#sendResult(RpcCommand.ScanNetworks, [utf8Decode(ap.ssid), String(ap.rssi), ap.authMode === 0 ? "NO" : "YES"]);
    this.#sendResult(RpcCommand.ScanNetworks, []);
  }

  #deviceName(data: Uint8Array): void {
    if (data.length) {
      const problem = deviceNameProblem(data);
      if (problem) return this.#invalid(problem);
      const name = utf8Decode(data);
      this.#options.deviceName.set(name);
      this.#options.log.info(TAG, `device name set to ${quoteForLog(name)}`);
    }
    this.#sendResult(RpcCommand.DeviceName, [this.#options.deviceName.get()]);
  }

  #networkState(): void {
    const status = this.#options.backend.status();
    const online = status.state === "provisioned" && !!status.ip4;
    const WIFI = 0x02, ONLINE = 0x01;
    this.#sendResult(RpcCommand.NetworkState, [String(WIFI | (online ? ONLINE : 0)), ...(online ? this.#urls(status) : [])]);
  }

  #urls(status: BackendState): string[] {
    const template = this.#options.redirectUrl;
    if (!template) return [];
    const ip4 = status.state === "provisioned" ? status.ip4 : undefined;
    if (template.includes("{LOCAL_IPV4}") && !ip4) return [];
    return [template.split("{LOCAL_IPV4}").join(ip4 ?? "")];
  }

  #invalid(reason: string): void {
    this.#options.log.error(TAG, escapeForLog(reason, 160));
    this.#sendError(ImprovError.InvalidRpc);
  }

  #sendState(state: ImprovStateValue): void {
    this.#lastState = state;
    this.#options.send(encodeFrame(FrameType.CurrentState, new Uint8Array([state])));
  }

  #sendError(error: ImprovErrorValue): void {
    this.#options.send(encodeFrame(FrameType.ErrorState, new Uint8Array([error])));
  }

  /** A result too long for a frame is never built: one E line and "unknown error" instead. */
  #sendResult(command: number, strings: string[]): void {
    let data: Uint8Array;
    try {
      data = encodeResult(command, strings);
    } catch (error) {
      this.#options.log.error(TAG, `Improv reply to RPC 0x${command.toString(16)} not sent: ${error instanceof Error ? error.message : error}`);
      return this.#sendError(ImprovError.Unknown);
    }
    this.#options.send(encodeFrame(FrameType.RpcResult, data));
  }
}
