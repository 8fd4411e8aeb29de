// Choosing the security scheme and its secrets with proto-ver, as esp_prov does (PROTOCOL.md section 3):
//   no --sec_ver: "none" must bring JSON with prov.cap, then "no_sec" picks 0 if advertised, else 1;
//   security 1: "no_pop" - a device that advertises it gets no PoP (a given one is dropped), otherwise
//               a missing PoP is asked for;
//   security 2: "---" - prov.sec_patch_ver chooses the nonce mode (absent or not JSON: 0).
// One addition: with --proto_ver the version is checked first, and a device that answers it without
// JSON (ESP-IDF v3.2, whose v3.2-beta answers SUCCESS) has no capabilities to ask about, so none are.
import { ClientError } from "./errors.js";
import type { Progress, Prompts } from "./prompts.js";
import { capabilities, securityPatchVersion, versionMatches, type VersionReply } from "./version-info.js";

export interface SecurityRequest {
  /** --sec_ver; undefined: detect. */
  secVer?: number;
  /** --pop; undefined: not given (asked for when needed). */
  pop?: string;
  username?: string;
  password?: string;
  /** --proto_ver; undefined: no version check. */
  protoVer?: string;
}

export interface SecurityChoice {
  version: number;
  /** Security 2 nonce mode. */
  patchVersion: number;
  pop: string;
  username: string;
  password: string;
}

/** Sends one proto-ver request and reads the reply. */
export type AskVersion = (request: string) => Promise<VersionReply>;

async function secret(prompts: Prompts, question: string, option: string): Promise<string> {
  if (!prompts.secret) throw new ClientError("usage", `${question.replace(/:\s*$/, "")}: pass ${option}`);
  return prompts.secret(question);
}

async function text(prompts: Prompts, question: string, option: string): Promise<string> {
  if (!prompts.text) throw new ClientError("usage", `${question.replace(/:\s*$/, "")}: pass ${option}`);
  return prompts.text(question);
}

export async function selectSecurity(request: SecurityRequest, ask: AskVersion, prompts: Prompts, progress: Progress): Promise<SecurityChoice> {
  let version = request.secVer;
  let legacy = false;
  if (request.protoVer !== undefined) {
    progress({ kind: "step", text: "Verifying protocol version" });
    const reply = await ask(request.protoVer);
    if (!versionMatches(reply, request.protoVer))
      throw new ClientError("protocol", `Error in protocol version matching: expected ${request.protoVer}, the device answered ${JSON.stringify(reply.text.slice(0, 80))}`);
    legacy = !reply.prov;
    if (legacy && version === undefined) {
      version = 1;
      progress({ kind: "info", text: "The device has no capability list (ESP-IDF v3.2): using security 1, as esp_prov v3.2 did" });
    }
  }

  if (version === undefined) {
    const info = await ask("none");
    if (!capabilities(info))
      throw new ClientError("usage", "Security capabilities could not be determined (the device's proto-ver reply has no capability list): pass --sec_ver");
    const noSec = capabilities(await ask("no_sec"))?.includes("no_sec") ?? false;
    version = noSec ? 0 : 1;
    // esp_prov's rule never picks 2; a security 2 device says so in the same reply, so stop here with
    // the fix rather than fail the handshake with a misleading "wrong PoP".
    if (version === 1 && info.prov?.sec_ver === 2)
      throw new ClientError("usage", "The device uses security 2, which esp_prov's automatic selection never picks: pass --sec_ver 2 with --sec2_username and --sec2_pwd");
    progress({ kind: "info", text: `Security scheme: ${version}` });
  }

  const choice: SecurityChoice = { version, patchVersion: 0, pop: "", username: "", password: "" };
  if (version === 1) {
    const noPop = !legacy && (capabilities(await ask("no_pop"))?.includes("no_pop") ?? false);
    if (noPop) {
      if (request.pop) progress({ kind: "warning", text: "The device needs no proof of possession: --pop is ignored" });
    } else {
      choice.pop = request.pop ?? await secret(prompts, "Proof of Possession required: ", "--pop");
    }
  } else if (version === 2) {
    choice.patchVersion = securityPatchVersion(await ask("---"));
    choice.username = request.username || await text(prompts, "Security Scheme 2 - SRP6a Username required: ", "--sec2_username");
    choice.password = request.password || await secret(prompts, "Security Scheme 2 - SRP6a Password required: ", "--sec2_pwd");
  } else if (version !== 0) {
    throw new ClientError("usage", `security ${version} does not exist: --sec_ver takes 0, 1 or 2`);
  }
  return choice;
}
