// provisionMany(): many boards at once, each with the same client `provision()` uses (ProvisioningClient over
// the console line transport), at most `jobs` at a time. Each port is opened, its board identified by the MAC
// in its proto-ver reply (else by the port), matched to its row, provisioned, and closed; every board ends as
// one BoardResult, and every step is an event naming the board.
//
// Stopping (signal): no board is left half-applied. A board that has not yet sent SetConfig stops at once
// (its request is dropped, the port closed: the device still has what it had) and is "not done"; a board
// that has sent SetConfig goes on through ApplyConfig and the wait for its join, so its result is real. Only
// `urgentSignal` (a second Ctrl-C) cuts that wait short, and never between SetConfig and ApplyConfig's reply:
// such a board is "not done" with the reason "credentials applied, join not confirmed".
import {
  ClientError, ProvisioningClient, WifiJoinError, readBoardIdentity, type BoardIdentity, type ClientSettings, type RequestTransport,
} from "../../client/index.js";
import { nodeRandom, nodeTimers } from "../../adapters/node/ports.js";
import { nobleCrypto } from "../../modules/crypto/noble.js";
import { utf8Encode } from "../../modules/util/utf8.js";
import { LinkError, type DeviceLink } from "../transports/link.js";
import { BatchInputError, checkCredentials, planBoards, type BatchBoard, type BoardDefaults, type PlannedBoard } from "./boards.js";
import { expandPorts } from "./port-glob.js";

export type BoardResultKind =
  | "joined" | "wrong passphrase" | "network not found" | "not joined" | "wrong PoP" | "wrong password"
  | "no answer" | "refused" | "error" | "not done" | "not found" | "not listed";

/** One board's line in the report. Secrets (PoP, password, passphrase) are never in it. */
export interface BoardResult {
  port?: string;
  mac?: string;
  /** The firmware's name and version, from its proto-ver app entry. */
  firmware?: string;
  firmwareVersion?: string;
  securityVersion?: number;
  result: BoardResultKind;
  /** The client's explanation, for a person. */
  reason?: string;
  /** The device's own words: its E lines, a status it answered (InvalidArgument), AuthError, NetworkNotFound. */
  deviceReason?: string;
  ssid?: string;
  ip?: string;
  /** The row it matched ("boards.csv line 3"). */
  row?: string;
  /** ISO 8601, when its port was opened. */
  start?: string;
  durationMs?: number;
}

export type BatchEvent =
  /** The port is being opened. */
  | { kind: "start"; port: string }
  /** The board answered proto-ver. */
  | { kind: "identified"; port: string; identity: BoardIdentity; row?: string }
  /** A stage began (the client's own step names). */
  | { kind: "step"; port: string; mac?: string; text: string }
  /** A GetStatus answer while it joins. */
  | { kind: "status"; port: string; mac?: string; text: string }
  | { kind: "warning"; port: string; mac?: string; text: string }
  /** Its result (also for boards never reached: not found, not done). */
  | { kind: "done"; board: BoardResult }
  /** --watch: a board already joined this run came back; it is left alone. */
  | { kind: "skipped"; port: string; mac: string };

/** What provisionMany needs of an AbortSignal (so its declarations need neither DOM nor Node types). */
export interface StopSignal {
  readonly aborted: boolean;
  addEventListener(type: "abort", listener: () => void): void;
  removeEventListener(type: "abort", listener: () => void): void;
}

export interface ProvisionManyOptions {
  /** Rows naming boards by port or MAC with their settings. Without rows, every port gets `defaults`. */
  boards?: BatchBoard[];
  /** Ports, or patterns ("/dev/ttyUSB*", "/dev/serial/by-id/*"), to look for boards on. */
  ports?: string[];
  /** What a row leaves out (and, without rows, what every board gets). */
  defaults?: BoardDefaults;
  /** Boards provisioned at the same time (default 8). */
  jobs?: number;
  /** Keep watching the patterns and provision each port that appears, until `signal` (station mode). */
  watch?: boolean;
  /** How often --watch looks for new ports (default 500 ms), and how long a new port gets to boot (default 1000 ms). */
  watchIntervalMs?: number;
  watchSettleMs?: number;
  baud?: number;
  eol?: string;
  /** Timeouts and polling for each board (ProvisioningClient's settings). */
  settings?: Partial<ClientSettings>;
  /** Stop: see the rule at the top of this file. */
  signal?: StopSignal;
  /** Stop now, also boards waiting to join. */
  urgentSignal?: StopSignal;
  onEvent?: (event: BatchEvent) => void;
  /** How to reach a port (default: the serial port). */
  openLink?: (port: string) => Promise<DeviceLink>;
}

export interface BatchSummary {
  boards: number;
  joined: number;
  /** Boards whose last attempt did not join (not done and not found count). */
  failed: number;
  /** How many of each result. */
  results: Partial<Record<BoardResultKind, number>>;
  durationMs: number;
  interrupted: boolean;
}

export interface BatchReport {
  boards: BoardResult[];
  summary: BatchSummary;
}

class Interrupted extends Error {
  constructor(readonly afterApply: boolean) {
    super(afterApply ? "stopped: credentials applied, join not confirmed" : "stopped before its credentials were sent: the board is unchanged");
  }
}

/** The checks provisionMany makes before touching a port, on their own: for a command line's exit status 2. */
export function planBatch(options: Pick<ProvisionManyOptions, "boards" | "ports" | "defaults" | "jobs" | "watch">): { rows: PlannedBoard[]; ports: string[] } {
  const defaults = options.defaults ?? {};
  const rows = planBoards(options.boards ?? [], defaults);
  if (!rows.length) checkCredentials({ ...defaults }, "the shared settings");
  const patterns = options.ports ?? [];
  const jobs = options.jobs ?? 8;
  if (!Number.isInteger(jobs) || jobs < 1) throw new BatchInputError(`jobs must be a whole number from 1, not ${jobs}`);
  if (rows.some((row) => !row.port) && !patterns.length)
    throw new BatchInputError(`${rows.find((row) => !row.port)!.line} names its board by MAC only: say which ports to look on (--port, e.g. --port '/dev/ttyUSB*')`);
  const ports = expandPorts([...patterns, ...rows.flatMap((row) => (row.port ? [row.port] : []))]);
  if (!options.watch && !ports.length)
    throw new BatchInputError(`no port matches ${patterns.map((p) => `"${p}"`).join(", ") || "(none given)"}: are the boards plugged in?`);
  if (options.watch && !patterns.length) throw new BatchInputError("--watch needs the ports to watch (--port '/dev/ttyUSB*')");
  return { rows, ports };
}

/** Provisions every board; resolves with the report when all are done (or, with watch, when stopped). */
export async function provisionMany(options: ProvisionManyOptions): Promise<BatchReport> {
  const { rows, ports } = planBatch(options);
  const started = Date.now();
  const defaults = options.defaults ?? {};
  const emit = options.onEvent ?? (() => {});
  const signal = options.signal;
  const open = options.openLink ?? (async (port: string) =>
    (await import("../transports/serial.js")).openSerialLink(port, options.baud ?? 115200, options.eol ?? "\r"));
  const byMac = new Map(rows.filter((r) => r.mac).map((r) => [r.mac!, r]));
  const byPort = new Map(rows.filter((r) => r.port).map((r) => [r.port!, r]));
  const results: BoardResult[] = [];
  const usedRows = new Set<PlannedBoard>();
  const macsJoined = new Set<string>();
  const macsBusy = new Set<string>();

  const finish = (board: BoardResult) => {
    results.push(board);
    emit({ kind: "done", board });
  };

  async function runPort(port: string): Promise<void> {
    const start = new Date();
    const result: BoardResult = { port, result: "error", start: start.toISOString() };
    let mac: string | undefined;
    let link: DeviceLink | undefined;
    let client: ProvisioningClient | undefined;
    let secrets: string[] = [];
    let phase: "early" | "applying" | "joining" = "early";
    let listed = true;
    // Until the board says who it is, a row for its port is its row (so a port that never answers is that row's result).
    const portRow = byPort.get(port);
    if (portRow && !portRow.mac) { result.row = portRow.line; result.ssid = portRow.ssid; usedRows.add(portRow); }
    emit({ kind: "start", port });
    try {
      if (signal?.aborted) {
        // Never reached: with a boards file the rows are what is reported (each unused row is "not done" below),
        // so a port that is nobody's row yet would only report the same board a second time.
        if (rows.length && result.row === undefined) listed = false;
        throw new Interrupted(false);
      }
      link = await open(port);
      const transport = interruptible(link.transport, () => {
        if (phase === "early" && signal?.aborted) return new Interrupted(false);
        if (phase === "joining" && options.urgentSignal?.aborted) return new Interrupted(true);
        return undefined;
      }, [signal, options.urgentSignal]);
      client = new ProvisioningClient({ transport, crypto: nobleCrypto, random: nodeRandom, timers: nodeTimers }, options.settings, (event) => {
        if (event.kind === "step" || event.kind === "status" || event.kind === "warning") emit({ kind: event.kind, port, mac, text: event.text });
      });
      const identity = readBoardIdentity((await client.version("none")).text);
      mac = identity.mac;
      Object.assign(result, { mac, firmware: identity.firmware, firmwareVersion: identity.firmwareVersion, securityVersion: identity.securityVersion });
      if (mac && macsJoined.has(mac)) {
        emit({ kind: "skipped", port, mac });
        listed = false;
        return;
      }
      if (mac && macsBusy.has(mac)) throw new ClientError("usage", `The board ${mac} is already being provisioned on another port`);
      if (mac) macsBusy.add(mac);
      let row = (mac && byMac.get(mac)) || byPort.get(port);
      if (row && row.mac && row.mac !== mac) row = undefined; // the port's row is for another board
      if (row !== portRow) { result.row = undefined; if (portRow) usedRows.delete(portRow); }
      if (rows.length && !row) {
        result.result = "not listed";
        result.reason = `No row for this board (${mac ? `MAC ${mac}` : "it reports no MAC"}, port ${port}): left alone`;
        return;
      }
      if (row) {
        usedRows.add(row);
        result.row = row.line;
      }
      emit({ kind: "identified", port, identity, row: row?.line });
      const settings = (row ?? { ...defaults }) as PlannedBoard;
      secrets = [settings.pop, settings.password, settings.passphrase].filter((s): s is string => !!s && s.length >= 3);
      result.ssid = settings.ssid;
      const secVer = settings.secVer ?? identity.securityVersion;
      if (secVer === 2 && (!settings.username || !settings.password))
        throw new ClientError("usage", "The board uses security 2 and its row has no sec2 username and password");
      const choice = await client.selectSecurity({ secVer, pop: settings.pop, username: settings.username, password: settings.password });
      result.securityVersion = choice.version;
      await client.openSession(choice);
      if (settings.customData) {
        emit({ kind: "step", port, mac, text: "Sending custom data" });
        await client.customData(utf8Encode(settings.customData));
      }
      // The last point to stop: from SetConfig on, the board goes through to its result.
      if (signal?.aborted) throw new Interrupted(false);
      phase = "applying";
      emit({ kind: "step", port, mac, text: "Sending Wi-Fi credentials" });
      await client.setConfig(utf8Encode(settings.ssid), utf8Encode(settings.passphrase));
      emit({ kind: "step", port, mac, text: "Applying Wi-Fi config" });
      await client.applyConfig();
      phase = "joining";
      emit({ kind: "step", port, mac, text: "Waiting for the device to join the network" });
      const wifi = await client.waitForConnection(settings.ssid);
      result.result = "joined";
      result.ip = wifi.ip4;
      if (mac) macsJoined.add(mac);
    } catch (error) {
      Object.assign(result, classify(error, result.securityVersion));
    } finally {
      if (mac) macsBusy.delete(mac);
      client?.close();
      await link?.close().catch(() => {});
      result.durationMs = Date.now() - start.getTime();
      result.reason = redact(result.reason, secrets);
      result.deviceReason = redact(result.deviceReason, secrets);
      if (listed) finish(result);
    }
  }

  const queue = new JobQueue(options.jobs ?? 8);
  if (options.watch) {
    await watchPorts(options, (port) => queue.add(() => delayed(options.watchSettleMs ?? 1000, signal).then(() => runPort(port))), signal);
  } else {
    for (const port of ports) queue.add(() => runPort(port));
  }
  await queue.idle();

  if (!options.watch) {
    for (const row of rows) {
      if (usedRows.has(row)) continue;
      finish({
        port: row.port, mac: row.mac, ssid: row.ssid, row: row.line,
        result: signal?.aborted ? "not done" : "not found",
        reason: signal?.aborted ? "stopped before its turn" : `No board with ${row.mac ? `MAC ${row.mac}` : `port ${row.port}`} answered on the ports searched`,
      });
    }
  }
  return { boards: results, summary: summarize(results, Date.now() - started, !!signal?.aborted) };
}

/** Wraps a transport so that a stop drops the request in flight at once, when `stopped()` says it may. */
function interruptible(inner: RequestTransport, stopped: () => Interrupted | undefined, signals: (StopSignal | undefined)[]): RequestTransport {
  return {
    request(endpoint, sessionId, payload, timeoutMs) {
      const now = stopped();
      if (now) return Promise.reject(now);
      const reply = inner.request(endpoint, sessionId, payload, timeoutMs);
      const live = signals.filter((s): s is StopSignal => !!s);
      if (!live.length) return reply;
      return new Promise((resolve, reject) => {
        const onAbort = () => {
          const error = stopped();
          if (error) { cleanup(); reject(error); }
        };
        const cleanup = () => live.forEach((s) => s.removeEventListener("abort", onAbort));
        live.forEach((s) => s.addEventListener("abort", onAbort));
        reply.then((value) => { cleanup(); resolve(value); }, (error) => { cleanup(); reject(error); });
      });
    },
  };
}

function classify(error: unknown, securityVersion: number | undefined): Pick<BoardResult, "result" | "reason" | "deviceReason"> {
  if (error instanceof Interrupted) return { result: "not done", reason: error.message };
  if (error instanceof LinkError) return { result: "no answer", reason: error.message };
  if (error instanceof WifiJoinError) {
    const last = error.lastStatus;
    const result = last?.state === "failed" && last.reason === "auth" ? "wrong passphrase"
      : last?.state === "failed" && last.reason === "not-found" ? "network not found" : "not joined";
    return { result, reason: error.message, deviceReason: error.deviceReason };
  }
  if (error instanceof ClientError) {
    const result = error.kind === "no-reply" ? "no answer"
      : error.kind === "handshake" ? (securityVersion === 2 ? "wrong password" : "wrong PoP")
      : error.kind === "refused" ? "refused" : "error";
    return { result, reason: error.message, deviceReason: error.deviceReason };
  }
  return { result: "error", reason: error instanceof Error ? error.message : String(error) };
}

/** A secret never reaches the report, even if a device echoed it into an error line. */
function redact(text: string | undefined, secrets: string[]): string | undefined {
  if (text === undefined) return undefined;
  return secrets.reduce((out, secret) => out.split(secret).join("***"), text);
}

export function summarize(boards: BoardResult[], durationMs: number, interrupted: boolean): BatchSummary {
  const results: Partial<Record<BoardResultKind, number>> = {};
  for (const board of boards) results[board.result] = (results[board.result] ?? 0) + 1;
  // A board tried again (--watch, replugged) counts by its last attempt; "not listed" boards were not asked for.
  const last = new Map<string, BoardResult>();
  for (const board of boards) if (board.result !== "not listed") last.set(board.mac ?? board.row ?? board.port ?? "", board);
  const finals = [...last.values()];
  const joined = finals.filter((b) => b.result === "joined").length;
  return { boards: finals.length, joined, failed: finals.length - joined, results, durationMs, interrupted };
}

/** Runs at most `limit` jobs at a time. */
class JobQueue {
  #waiting: (() => Promise<void>)[] = [];
  #running = 0;
  #idle: (() => void)[] = [];
  constructor(readonly limit: number) {}

  add(job: () => Promise<void>): void {
    this.#waiting.push(job);
    this.#next();
  }

  idle(): Promise<void> {
    if (!this.#running && !this.#waiting.length) return Promise.resolve();
    return new Promise((resolve) => this.#idle.push(resolve));
  }

  #next(): void {
    while (this.#running < this.limit && this.#waiting.length) {
      const job = this.#waiting.shift()!;
      this.#running++;
      job().catch(() => {}).finally(() => {
        this.#running--;
        this.#next();
        if (!this.#running && !this.#waiting.length) for (const resolve of this.#idle.splice(0)) resolve();
      });
    }
  }
}

function delayed(ms: number, signal: StopSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done() { clearTimeout(timer); signal?.removeEventListener("abort", done); resolve(); }
    signal?.addEventListener("abort", done);
  });
}

/** Calls `appeared` for each port that matches the patterns and was not there at the last look, until stopped. */
async function watchPorts(options: ProvisionManyOptions, appeared: (port: string) => void, signal: StopSignal | undefined): Promise<void> {
  const present = new Set<string>();
  while (!signal?.aborted) {
    const now = new Set(expandPorts(options.ports ?? []));
    for (const port of now) if (!present.has(port)) appeared(port);
    present.clear();
    for (const port of now) present.add(port);
    await delayed(options.watchIntervalMs ?? 500, signal);
  }
}
