// The Improv Wi-Fi serial client: the other side of modules/improv, over any byte link (a serial port, a
// device process, Web Serial in a browser). Portable: no Node or browser API; the host writes bytes for
// it and feeds it what the device prints (log lines and prompts among the frames are skipped).
// Failures are ClientErrors of the same kinds as protocomm's, so the command line's exit codes agree.
import { FrameType, ImprovError, ImprovState, RpcCommand, encodeFrame, errorName, type Frame } from "../modules/improv/frame.js";
import { FrameReader } from "../modules/improv/frame-reader.js";
import { decodeResult, encodeRpc, encodeWifiSettings } from "../modules/improv/rpc.js";
import type { Clock, TimerHandle, Timers } from "../modules/ports.js";
import { utf8Encode } from "../modules/util/utf8.js";
import { ClientError } from "./errors.js";

export interface ImprovLink {
  /** Sends bytes to the device. */
  write(bytes: Uint8Array): void;
  timers: Timers;
  clock?: Clock;
}

export interface ImprovNetwork {
  ssid: string;
  rssi: number;
  secured: boolean;
}

export interface ImprovDeviceInfo {
  firmwareName: string;
  firmwareVersion: string;
  chipFamily: string;
  deviceName: string;
  osName?: string;
  osVersion?: string;
}

export interface ImprovStatus {
  state: number;
  /** The redirect URL(s) a provisioned device reports. */
  urls: string[];
}

interface Pending {
  command: number;
  what: string;
  /** Results so far, for the scan's one-result-per-network answer. */
  results: string[][];
  /** Settles on the state frame alone (request current state when not provisioned). */
  settleOnState?: boolean;
  timer: TimerHandle | undefined;
  resolve(results: string[][]): void;
  reject(error: Error): void;
}

/** A provisioned device's state reply is followed by its result; this long is waited for it. */
const RESULT_AFTER_STATE_MS = 1000;

export class ImprovClient {
  #link: ImprovLink;
  #reader: FrameReader;
  #pending: Pending | undefined;
  #state: number | undefined;
  #heard = false;
  #closed = false;

  constructor(link: ImprovLink) {
    this.#link = link;
    this.#reader = new FrameReader({
      text: () => {},
      frame: (frame) => this.#frame(frame),
      bad: () => {},
    }, link.clock ? { now: () => link.clock!.now() } : {});
  }

  /** The last state the device reported. */
  get state(): number | undefined {
    return this.#state;
  }

  /** Bytes from the device. */
  receive(data: Uint8Array): void {
    this.#reader.push(data);
  }

  /** The link ended: a waiting request fails as "no reply". */
  close(): void {
    this.#closed = true;
    this.#fail(new ClientError("no-reply", "The connection to the device ended while waiting for its Improv answer."));
  }

  /** "Request current state": the state, and the URL when provisioned. */
  async currentState(timeoutMs: number): Promise<ImprovStatus> {
    const results = await this.#rpc(RpcCommand.CurrentState, new Uint8Array(0), timeoutMs, "the current state request", true);
    return { state: this.#state ?? ImprovState.Stopped, urls: results[0] ?? [] };
  }

  async deviceInfo(timeoutMs: number): Promise<ImprovDeviceInfo> {
    const [strings = []] = await this.#rpc(RpcCommand.DeviceInfo, new Uint8Array(0), timeoutMs, "the device info request");
    if (strings.length < 4) throw new ClientError("protocol", `The device info has ${strings.length} fields (at least 4).`);
    const [firmwareName, firmwareVersion, chipFamily, deviceName, osName, osVersion] = strings;
    return { firmwareName, firmwareVersion, chipFamily, deviceName, osName, osVersion };
  }

  async scan(timeoutMs: number): Promise<ImprovNetwork[]> {
    const results = await this.#rpc(RpcCommand.ScanNetworks, new Uint8Array(0), timeoutMs, "the scan request");
    return results.map(([ssid = "", rssi = "", secured = ""]) => ({ ssid, rssi: Number.parseInt(rssi, 10), secured: secured !== "NO" }));
  }

  /**
   * "Send Wi-Fi settings": resolves with the redirect URL(s) once the device has joined the network;
   * "unable to connect" is a ClientError of kind "wifi".
   */
  async provision(ssid: string, passphrase: string, timeoutMs: number): Promise<string[]> {
    const ssidBytes = utf8Encode(ssid), passBytes = utf8Encode(passphrase);
    if (!ssidBytes.length || ssidBytes.length > 32 || passBytes.length > 63)
      throw new ClientError("usage", "The SSID must be 1 to 32 bytes and the passphrase at most 63.");
    try {
      const [urls = []] = await this.#rpc(RpcCommand.WifiSettings, encodeWifiSettings(ssidBytes, passBytes), timeoutMs, "the Wi-Fi settings");
      return urls;
    } catch (error) {
      if (error instanceof ClientError && error.kind === "refused" && error.message.includes(errorName(ImprovError.UnableToConnect)))
        throw new ClientError("wifi", `The device could not join "${ssid}" (Improv: unable to connect): wrong passphrase, or the network is out of range.`);
      throw error;
    }
  }

  #rpc(command: number, data: Uint8Array, timeoutMs: number, what: string, settleOnState = false): Promise<string[][]> {
    if (this.#pending) return Promise.reject(new Error("Improv client: one request at a time"));
    if (this.#closed) return Promise.reject(new ClientError("no-reply", `The connection to the device is closed (${what}).`));
    return new Promise((resolve, reject) => {
      const pending: Pending = { command, what, results: [], settleOnState, timer: undefined, resolve, reject };
      this.#pending = pending;
      if (timeoutMs > 0) pending.timer = this.#link.timers.set(() => this.#fail(this.#timeout(pending, timeoutMs)), timeoutMs);
      this.#link.write(new Uint8Array([...encodeFrame(FrameType.Rpc, encodeRpc(command, data)), 10]));
    });
  }

  #timeout(pending: Pending, timeoutMs: number): ClientError {
    return new ClientError("no-reply", `No Improv answer to ${pending.what} within ${Math.round(timeoutMs / 100) / 10} s` +
      (this.#heard ? "." : ", and no Improv frame at all from the device: wrong port or baud rate, or a device without Improv."));
  }

  #frame(frame: Frame): void {
    this.#heard = true;
    const pending = this.#pending;
    switch (frame.type) {
      case FrameType.CurrentState: {
        this.#state = frame.data[0];
        if (pending?.settleOnState) {
          if (this.#state !== ImprovState.Provisioned) return this.#settle([]);
          // A provisioned device follows with its URL result; give it a moment.
          if (pending.timer !== undefined) this.#link.timers.clear(pending.timer);
          pending.timer = this.#link.timers.set(() => this.#settle([]), RESULT_AFTER_STATE_MS);
        }
        return;
      }
      case FrameType.ErrorState: {
        const error = frame.data[0] ?? ImprovError.Unknown;
        if (error === ImprovError.None || !pending) return;
        const kind = error === ImprovError.InvalidRpc ? "protocol" : "refused";
        return this.#fail(new ClientError(kind, `The device answered ${pending.what} with Improv error: ${errorName(error)}.`));
      }
      case FrameType.RpcResult: {
        const result = decodeResult(frame.data);
        if ("error" in result || !pending || result.command !== pending.command) return;
        if (pending.command === RpcCommand.ScanNetworks) {
          if (result.strings.length) pending.results.push(result.strings);
          else this.#settle(pending.results);
          return;
        }
        return this.#settle([result.strings]);
      }
    }
  }

  #settle(results: string[][]): void {
    const pending = this.#take();
    pending?.resolve(results);
  }

  #fail(error: Error): void {
    const pending = this.#take();
    pending?.reject(error);
  }

  #take(): Pending | undefined {
    const pending = this.#pending;
    if (!pending) return undefined;
    if (pending.timer !== undefined) this.#link.timers.clear(pending.timer);
    this.#pending = undefined;
    return pending;
  }
}
