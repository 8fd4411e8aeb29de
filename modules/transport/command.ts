// One console request line: "<endpoint> <session id> <hex>", fields separated by spaces or tabs.
// Parsed in one pass over the line as a string, with no RegExp (a RegExp is compiled anew each time it
// is evaluated on XS, for every line).
import { asciiText } from "../util/ascii.js";
import { fromHex } from "../util/hex.js";

export interface ConsoleCommand {
  endpoint: string;
  sessionId: number;
  payload: Uint8Array;
}

/** Test it with `result.error !== undefined`: an `in` test costs XS a name-table walk on every line. */
export type ParseResult = { command: ConsoleCommand; error?: undefined } | { error: string; command?: undefined };

const MAX_SESSION_ID = 0xffffffff;
const SPACE = 32;

export function parseCommand(line: string): ParseResult {
  // A tab separates fields as a space does (the console makes every tab a space as it arrives).
  return parseCommandText(line.trim().replaceAll("\t", " "));
}

/** The console's line, codes[start, end) (printable ASCII, tabs made spaces), as one string: one native step. */
export function parseCommandCodes(codes: Uint8Array | Uint16Array, start: number, end: number): ParseResult {
  return parseCommandText(asciiText(codes, start, end));
}

/**
 * The line's fields are separated by spaces (leading and trailing ones are skipped): there must be exactly
 * three. They are found with the string's indexOf, which XS runs in C, where a typed array's indexOf steps
 * through its elements one generic read at a time.
 */
function parseCommandText(line: string): ParseResult {
  let start = 0, end = line.length;
  while (start < end && line.charCodeAt(start) === SPACE) start++;
  while (end > start && line.charCodeAt(end - 1) === SPACE) end--;
  // Field bounds: at most three are kept, the rest only counted.
  const from = [0, 0, 0], to = [0, 0, 0];
  let fields = 0;
  for (let i = start; i < end; ) {
    let stop = line.indexOf(" ", i);
    if (stop < 0 || stop > end) stop = end;
    if (fields < 3) {
      from[fields] = i;
      to[fields] = stop;
    }
    fields++;
    i = stop;
    while (i < end && line.charCodeAt(i) === SPACE) i++;
  }
  if (fields === 0) fields = 1; // an empty line is one empty field, as String.split has it
  if (fields !== 3) return { error: `expected "<endpoint> <session id> <hex>", got ${fields} field(s)` };
  const sessionId = decimal(line, from[1], to[1]);
  if (sessionId === undefined || sessionId > MAX_SESSION_ID) {
    const shown = to[1] - from[1] > 16 ? from[1] + 16 : to[1];
    return { error: `session id "${line.slice(from[1], shown)}" is not a number from 0 to ${MAX_SESSION_ID}` };
  }
  const hexLength = to[2] - from[2];
  if (hexLength % 2 !== 0) return { error: `payload has an odd number of hex digits (${hexLength})` };
  const payload = fromHex(line.slice(from[2], to[2]));
  if (!payload) return { error: "payload is not hex" };
  return { command: { endpoint: line.slice(from[0], to[0]), sessionId, payload } };
}

/** One to ten decimal digits, or undefined. */
function decimal(text: string, start: number, end: number): number | undefined {
  if (end <= start || end - start > 10) return undefined;
  let value = 0;
  for (let i = start; i < end; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return undefined;
    value = value * 10 + digit;
  }
  return value;
}
