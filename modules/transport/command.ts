// One console request line: "<endpoint> <session id> <hex>", fields separated by spaces or tabs.
// Parsed over the line's character codes in one pass: no field strings but the endpoint's, no RegExp
// (a RegExp is compiled anew each time it is evaluated on XS, for every line).
import { asciiText } from "../util/ascii.js";
import { hexToBytes } from "../util/hex.js";

export interface ConsoleCommand {
  endpoint: string;
  sessionId: number;
  payload: Uint8Array;
}

/** Test it with `result.error !== undefined`: an `in` test costs XS a name-table walk on every line. */
export type ParseResult = { command: ConsoleCommand; error?: undefined } | { error: string; command?: undefined };

const MAX_SESSION_ID = 0xffffffff;
const SPACE = 32, TAB = 9;

export function parseCommand(line: string): ParseResult {
  const trimmed = line.trim();
  // A tab separates fields as a space does (the console makes every tab a space as it arrives).
  const codes = new Uint16Array(trimmed.length);
  for (let i = 0; i < trimmed.length; i++) {
    const c = trimmed.charCodeAt(i);
    codes[i] = c === TAB ? SPACE : c;
  }
  return parseCommandCodes(codes, 0, codes.length);
}

/**
 * The line codes[start, end), its fields separated by spaces (leading and trailing ones are skipped):
 * there must be exactly three. The field ends are found with indexOf, not a step per character.
 */
export function parseCommandCodes(codes: Uint8Array | Uint16Array, start: number, end: number): ParseResult {
  while (start < end && codes[start] === SPACE) start++;
  while (end > start && codes[end - 1] === SPACE) end--;
  // Field bounds: at most three are kept, the rest only counted.
  const from = [0, 0, 0], to = [0, 0, 0];
  let fields = 0;
  for (let i = start; i < end; ) {
    let stop = codes.indexOf(SPACE, i);
    if (stop < 0 || stop > end) stop = end;
    if (fields < 3) {
      from[fields] = i;
      to[fields] = stop;
    }
    fields++;
    i = stop;
    while (i < end && codes[i] === SPACE) i++;
  }
  if (fields === 0) fields = 1; // an empty line is one empty field, as String.split has it
  if (fields !== 3) return { error: `expected "<endpoint> <session id> <hex>", got ${fields} field(s)` };
  const sessionId = decimal(codes, from[1], to[1]);
  if (sessionId === undefined || sessionId > MAX_SESSION_ID) {
    const shown = to[1] - from[1] > 16 ? from[1] + 16 : to[1];
    return { error: `session id "${asciiText(codes, from[1], shown)}" is not a number from 0 to ${MAX_SESSION_ID}` };
  }
  const hexLength = to[2] - from[2];
  if (hexLength % 2 !== 0) return { error: `payload has an odd number of hex digits (${hexLength})` };
  const payload = hexToBytes(codes, from[2], to[2]);
  if (!payload) return { error: "payload is not hex" };
  return { command: { endpoint: asciiText(codes, from[0], to[0]), sessionId, payload } };
}

/** One to ten decimal digits, or undefined. */
function decimal(codes: Uint8Array | Uint16Array, start: number, end: number): number | undefined {
  if (end <= start || end - start > 10) return undefined;
  let value = 0;
  for (let i = start; i < end; i++) {
    const digit = codes[i] - 48;
    if (digit < 0 || digit > 9) return undefined;
    value = value * 10 + digit;
  }
  return value;
}
