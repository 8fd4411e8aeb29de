// The boards to provision and what each gets: rows (from a CSV or JSON file, or the library's caller) with a
// port or a MAC address, their credentials, and shared defaults for what a row leaves out. Everything is
// checked here, before any port is opened: a bad list stops the batch with one clear error.
import { readFileSync } from "node:fs";
import { extname } from "node:path";
import { normalizeMac } from "../../modules/protocomm/version.js";
import { utf8Encode } from "../../modules/util/utf8.js";
import { parseCsv } from "./csv.js";

/** What one board gets. Every field but port/mac may come from the shared defaults instead. */
export interface BatchBoard {
  /** The serial port it is on ("/dev/ttyUSB3"). A row needs a port or a MAC (or both). */
  port?: string;
  /** Its MAC address, as its firmware reports it in proto-ver (any of aa:bb:.., aa-bb-.., aabb..). */
  mac?: string;
  /** 0, 1 or 2; undefined: what the board says in proto-ver. */
  secVer?: number;
  pop?: string;
  /** Security 2 username and password. */
  username?: string;
  password?: string;
  ssid?: string;
  /** "" for an open network. */
  passphrase?: string;
  /** Sent to the custom-data endpoint after the handshake. */
  customData?: string;
}

/** The shared defaults: a row's empty fields take these. */
export type BoardDefaults = Omit<BatchBoard, "port" | "mac">;

/** A row with its defaults filled in and its MAC normalized; `line` says where it came from. */
export interface PlannedBoard extends BatchBoard {
  line: string;
  ssid: string;
  passphrase: string;
}

/** The list or an argument is wrong: nothing was touched. */
export class BatchInputError extends Error {
  override get name(): string {
    return "BatchInputError";
  }
}

/** The file's column names: esp_prov's option names, so a row reads like a command line. */
const COLUMNS: Record<string, keyof BatchBoard> = {
  port: "port", mac: "mac", sec_ver: "secVer", pop: "pop", sec2_username: "username", sec2_pwd: "password",
  ssid: "ssid", passphrase: "passphrase", custom_data: "customData",
};

function fromRecord(record: Record<string, unknown>, where: string): BatchBoard {
  const board: BatchBoard = {};
  for (const [key, value] of Object.entries(record)) {
    const field = COLUMNS[key];
    if (!field) throw new BatchInputError(`${where}: unknown column "${key}" (columns: ${Object.keys(COLUMNS).join(", ")})`);
    if (value === undefined || value === null || value === "") continue;
    if (field === "secVer") {
      if (!/^[012]$/.test(String(value))) throw new BatchInputError(`${where}: sec_ver is 0, 1 or 2, not "${value}"`);
      board.secVer = Number(value);
    } else if (typeof value === "string") board[field] = value;
    else throw new BatchInputError(`${where}: ${key} must be text`);
  }
  return board;
}

/**
 * The rows of a boards file: CSV with a header line (columns port, mac, sec_ver, pop, sec2_username, sec2_pwd,
 * ssid, passphrase, custom_data; an empty cell takes the default) or JSON, an array of objects with those keys.
 * Each row's `line` is "FILE line N" / "FILE entry N", for errors and the report.
 */
export function readBoardsFile(path: string): (BatchBoard & { line: string })[] {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    throw new BatchInputError(`cannot read the boards file ${path}: ${(error as Error).message}`);
  }
  if (extname(path).toLowerCase() === ".json" || /^\s*[[{]/.test(text)) {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      throw new BatchInputError(`${path} is not valid JSON: ${(error as Error).message}`);
    }
    if (!Array.isArray(json)) throw new BatchInputError(`${path}: expected an array of boards, one object each`);
    return json.map((entry, index) => {
      const line = `${path} entry ${index + 1}`;
      if (!entry || typeof entry !== "object" || Array.isArray(entry)) throw new BatchInputError(`${line}: a board is an object`);
      return { ...fromRecord(entry as Record<string, unknown>, line), line };
    });
  }
  let rows: string[][];
  try {
    rows = parseCsv(text);
  } catch (error) {
    throw new BatchInputError(`${path}: ${(error as Error).message}`);
  }
  const [header, ...body] = rows;
  if (!header) throw new BatchInputError(`${path} is empty: the first line names the columns (port or mac, pop, ssid, ...)`);
  const names = header.map((name) => name.trim().toLowerCase());
  const boards: (BatchBoard & { line: string })[] = [];
  body.forEach((cells, index) => {
    const line = `${path} line ${index + 2}`;
    if (cells.every((cell) => cell.trim() === "")) return; // a blank line
    if (cells.length > names.length) throw new BatchInputError(`${line}: ${cells.length} fields, the header names ${names.length}`);
    const record: Record<string, string> = {};
    names.forEach((name, i) => { record[name] = (cells[i] ?? "").trim(); });
    boards.push({ ...fromRecord(record, line), line });
  });
  return boards;
}

const bytes = (text: string) => utf8Encode(text).length;

/**
 * Each row with its defaults, checked: a port or a MAC (a valid one), no board twice, the credentials its
 * security version needs, an SSID of 1 to 32 bytes and a passphrase of at most 63. Throws a BatchInputError
 * naming the row.
 */
export function planBoards(rows: (BatchBoard & { line?: string })[], defaults: BoardDefaults): PlannedBoard[] {
  const seen = new Map<string, string>();
  return rows.map((row, index) => {
    const line = row.line ?? `board ${index + 1}`;
    const board: PlannedBoard = { ...defaults, ...definedFields(row), line } as PlannedBoard;
    if (!board.port && !board.mac) throw new BatchInputError(`${line}: no port and no MAC: say which board it is`);
    if (board.mac !== undefined) {
      const mac = normalizeMac(board.mac);
      if (!mac) throw new BatchInputError(`${line}: "${board.mac}" is not a MAC address (six bytes in hex, e.g. 24:0a:c4:12:34:56)`);
      board.mac = mac;
    }
    for (const key of [board.mac && `MAC ${board.mac}`, board.port && `port ${board.port}`]) {
      if (!key) continue;
      const earlier = seen.get(key);
      if (earlier) throw new BatchInputError(`${line}: ${key} is already ${earlier}: one row per board`);
      seen.set(key, line);
    }
    checkCredentials(board, line);
    return board;
  });
}

/** The checks a board's settings get whether they come from a row or from the defaults alone. */
export function checkCredentials(board: BoardDefaults, line: string): asserts board is BoardDefaults & { ssid: string; passphrase: string } {
  if (board.secVer === 1 && board.pop === undefined)
    throw new BatchInputError(`${line}: security 1 needs a PoP (a pop column, or --pop)`);
  if (board.secVer === 2 && (!board.username || !board.password))
    throw new BatchInputError(`${line}: security 2 needs a username and a password (sec2_username and sec2_pwd columns, or --sec2_username and --sec2_pwd)`);
  if (board.ssid === undefined || board.ssid === "") throw new BatchInputError(`${line}: no SSID (an ssid column, or --ssid): a batch cannot ask which network`);
  if (bytes(board.ssid) > 32) throw new BatchInputError(`${line}: the SSID "${board.ssid}" is ${bytes(board.ssid)} bytes; Wi-Fi allows 32`);
  if (board.passphrase === undefined) throw new BatchInputError(`${line}: no passphrase (a passphrase column, or --passphrase; --passphrase "" for an open network)`);
  if (bytes(board.passphrase) > 63) throw new BatchInputError(`${line}: the passphrase is ${bytes(board.passphrase)} bytes; at most 63`);
  if (board.passphrase.length > 0 && board.passphrase.length < 8) throw new BatchInputError(`${line}: a WPA passphrase has 8 to 63 characters ("" for an open network)`);
}

function definedFields<T extends object>(row: T): Partial<T> {
  return Object.fromEntries(Object.entries(row).filter(([, value]) => value !== undefined)) as Partial<T>;
}
