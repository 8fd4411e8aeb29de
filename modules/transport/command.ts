// One console request line: "<endpoint> <session id> <hex>".
import { fromHex } from "../util/hex.js";

export interface ConsoleCommand {
  endpoint: string;
  sessionId: number;
  payload: Uint8Array;
}

export type ParseResult = { command: ConsoleCommand } | { error: string };

const MAX_SESSION_ID = 0xffffffff;

export function parseCommand(line: string): ParseResult {
  const fields = line.trim().split(/[ \t]+/);
  if (fields.length !== 3) return { error: `expected "<endpoint> <session id> <hex>", got ${fields.length} field(s)` };
  const [endpoint, sessionText, hex] = fields;
  if (!/^[0-9]{1,10}$/.test(sessionText) || Number(sessionText) > MAX_SESSION_ID)
    return { error: `session id "${sessionText.slice(0, 16)}" is not a number from 0 to ${MAX_SESSION_ID}` };
  if (hex.length % 2 !== 0) return { error: `payload has an odd number of hex digits (${hex.length})` };
  const payload = fromHex(hex);
  if (!payload) return { error: "payload is not hex" };
  return { command: { endpoint, sessionId: Number(sessionText), payload } };
}
