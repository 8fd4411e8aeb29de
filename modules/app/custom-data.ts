// The example application's custom-data endpoint, as in ESP-IDF's provisioning example: log what came
// and answer "SUCCESS". An application replaces it with its own handler (AppHooks.endpoints).
import type { Logger } from "../log/logger.js";
import { utf8Decode, utf8Encode } from "../util/utf8.js";

const MAX_LOGGED = 64;

export function createExampleCustomData(log: Logger): (request: Uint8Array) => Uint8Array {
  return (request) => {
    const text = utf8Decode(request.subarray(0, MAX_LOGGED)).replace(/[\x00-\x1f\x7f]/g, "?");
    log.info("app", `Received custom data (${request.length} bytes): ${text}${request.length > MAX_LOGGED ? "..." : ""}`);
    return utf8Encode("SUCCESS");
  };
}
