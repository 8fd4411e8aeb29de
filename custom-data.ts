// The example application's custom-data endpoint, as in ESP-IDF's provisioning example: log what came
// and answer "SUCCESS". An application replaces it with its own handler (AppHooks.endpoints).
import type { Logger } from "./modules/log/logger.js";
import { escapeForLog } from "./modules/log/escape.js";
import { utf8Encode } from "./modules/util/utf8.js";

const MAX_LOGGED = 64;

export function createExampleCustomData(log: Logger): (request: Uint8Array) => Uint8Array {
  return (request) => {
    log.info("app", `Received custom data (${request.length} bytes): ${escapeForLog(request, MAX_LOGGED)}`);
    return utf8Encode("SUCCESS");
  };
}
