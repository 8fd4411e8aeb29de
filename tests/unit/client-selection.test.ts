// Security selection from proto-ver (PROTOCOL.md section 3), the bounded status poll, and the words
// used when the device does not answer.
import { ClientError, NoReplyError, type NoReplyDetail } from "../../client/errors.js";
import { explainNoReply } from "../../client/no-reply.js";
import { ProvisioningClient } from "../../client/provisioning-client.js";
import type { ProgressEvent } from "../../client/prompts.js";
import { selectSecurity, type SecurityRequest } from "../../client/security-selection.js";
import type { RequestTransport } from "../../client/transport.js";
import { readVersionReply, type VersionReply } from "../../client/version-info.js";
import { readGetStatus } from "../../client/wifi-config-messages.js";
import { WiFiConfigPayload } from "../../modules/proto/messages.js";
import { nobleCrypto } from "../../modules/crypto/noble.js";
import { utf8Encode } from "../../modules/util/utf8.js";
import { deepEqual, equal, match, ok, rejects } from "../support/assert.js";
import { CountingRandom } from "../support/fakes.js";
import type { Timers } from "../../modules/ports.js";

const json = (cap: string[], extra: Record<string, unknown> = {}) =>
  JSON.stringify({ prov: { ver: "v1.1", sec_ver: 1, cap, ...extra } });

/** A device's proto-ver: answers per request; records what was asked. */
function device(answers: Record<string, string> | ((request: string) => string)) {
  const asked: string[] = [];
  const ask = async (request: string): Promise<VersionReply> => {
    asked.push(request);
    const text = typeof answers === "function" ? answers(request) : answers[request] ?? answers["*"];
    return readVersionReply(utf8Encode(text));
  };
  return { asked, ask };
}

async function select(request: SecurityRequest, answers: Parameters<typeof device>[0], secret?: string) {
  const d = device(answers);
  const events: ProgressEvent[] = [];
  const prompts = secret === undefined ? {} : { secret: async () => secret, text: async () => secret };
  const choice = await selectSecurity(request, d.ask, prompts, (e) => events.push(e));
  return { choice, asked: d.asked, events };
}

describe("client security selection", () => {
  it("no --sec_ver: none, then no_sec picks 0", async () => {
    const { choice, asked } = await select({}, { "*": json(["no_sec", "wifi_scan"]) });
    equal(choice.version, 0);
    deepEqual(asked, ["none", "no_sec"]);
  });

  it("no --sec_ver: without no_sec it is 1, then no_pop is asked about", async () => {
    const { choice, asked } = await select({ pop: "abcd1234" }, { "*": json(["wifi_scan"]) });
    equal(choice.version, 1);
    equal(choice.pop, "abcd1234");
    deepEqual(asked, ["none", "no_sec", "no_pop"]);
  });

  it("no JSON to 'none': capabilities could not be determined, pass --sec_ver", async () => {
    await rejects(select({}, { "*": "V0.1" }), /Security capabilities could not be determined.*pass --sec_ver/);
  });

  it("JSON without cap is the same (esp_prov crashes with a KeyError here)", async () => {
    await rejects(select({}, { "*": JSON.stringify({ prov: { ver: "v1.1" } }) }), /could not be determined/);
  });

  it("a device advertising no_pop gets no PoP, and a given one is dropped with a warning", async () => {
    const { choice, events } = await select({ secVer: 1, pop: "abcd1234" }, { "*": json(["no_pop", "wifi_scan"]) });
    equal(choice.pop, "");
    ok(events.some((e) => e.kind === "warning" && /--pop is ignored/.test(e.text)));
  });

  it("a PoP is needed and not given: asked for, or an error naming --pop", async () => {
    equal((await select({ secVer: 1 }, { "*": json(["wifi_scan"]) }, "typed")).choice.pop, "typed");
    await rejects(select({ secVer: 1 }, { "*": json(["wifi_scan"]) }), /Proof of Possession required: pass --pop/);
  });

  it("an explicitly empty --pop is taken as is", async () => {
    equal((await select({ secVer: 1, pop: "" }, { "*": json(["wifi_scan"]) })).choice.pop, "");
  });

  it("security 2: '---' gives sec_patch_ver; absent or not JSON means 0", async () => {
    const creds = { secVer: 2, username: "u", password: "p" };
    equal((await select(creds, { "*": json([], { sec_ver: 2, sec_patch_ver: 1 }) })).choice.patchVersion, 1);
    equal((await select(creds, { "*": json([], { sec_ver: 2 }) })).choice.patchVersion, 0);
    const { choice, asked } = await select(creds, { "*": "v1.0" });
    equal(choice.patchVersion, 0);
    deepEqual(asked, ["---"]);
  });

  it("security 2 without a username or password: asked for, or errors naming the options", async () => {
    const { choice } = await select({ secVer: 2 }, { "*": json([]) }, "typed");
    equal(choice.username, "typed");
    equal(choice.password, "typed");
    await rejects(select({ secVer: 2, password: "p" }, { "*": json([]) }), /pass --sec2_username/);
    await rejects(select({ secVer: 2, username: "u" }, { "*": json([]) }), /pass --sec2_pwd/);
  });

  it("--sec_ver 0 asks proto-ver nothing", async () => {
    deepEqual((await select({ secVer: 0 }, {})).asked, []);
  });

  it("--proto_ver: checked first; SUCCESS (v3.2-beta) or a bare echo means no capabilities to ask about", async () => {
    const legacy = await select({ protoVer: "V0.1", pop: "abcd1234" }, { "V0.1": "SUCCESS" });
    deepEqual(legacy.asked, ["V0.1"]);
    equal(legacy.choice.version, 1);
    deepEqual((await select({ protoVer: "V0.1", secVer: 0 }, { "V0.1": "V0.1" })).asked, ["V0.1"]);
  });

  it("--proto_ver against a current device: prov.ver matches, then the usual questions", async () => {
    const { asked, choice } = await select({ protoVer: "v1.1" }, { "*": json(["no_sec"]) });
    deepEqual(asked, ["v1.1", "none", "no_sec"]);
    equal(choice.version, 0);
  });

  it("--proto_ver that does not match stops with esp_prov's words", async () => {
    await rejects(select({ protoVer: "v9" }, { "*": json(["no_sec"]) }), /Error in protocol version matching/);
    await rejects(select({ protoVer: "V0.2" }, { "*": "FAIL" }), /Error in protocol version matching/);
  });
});

/** The poll's pauses take no time here. */
const immediateTimers: Timers = { set: (callback) => { Promise.resolve().then(callback); return 0; }, clear: () => {} };

/** Security 0 and a GetStatus that always says the same thing. */
function stuckDevice(staState: number): RequestTransport & { polls: number } {
  const transport = {
    polls: 0,
    async request(endpoint: string): Promise<Uint8Array> {
      if (endpoint === "prov-session") return new Uint8Array([0x52, 0x05, 0x08, 0x01, 0xaa, 0x01, 0x00]);
      transport.polls++;
      return WiFiConfigPayload.encode({ msg: 1, respGetStatus: { staState, ...(staState === 3 ? { failReason: 1 } : {}) } }).finish();
    },
  };
  return transport;
}

describe("client status poll", () => {
  const settings = { timeoutMs: 100, pollIntervalMs: 1000, connectTimeoutMs: 10000, failureRetries: 3 };
  const ports = (transport: RequestTransport) => ({ transport, crypto: nobleCrypto, random: new CountingRandom(), timers: immediateTimers });
  const choice = { version: 0, patchVersion: 0, pop: "", username: "", password: "" };

  it("Connecting for ever ends after connectTimeoutMs worth of polls", async () => {
    const transport = stuckDevice(1);
    const client = new ProvisioningClient(ports(transport), settings);
    await client.openSession(choice);
    let error: unknown;
    await client.waitForConnection("myssid").catch((e) => { error = e; });
    ok(error instanceof ClientError);
    equal(error.kind, "wifi");
    match(error.message, /had not joined "myssid" after 10 s \(last status: connecting\.\.\.\)/);
    equal(transport.polls, 10);
  });

  it("Disconnected is asked about failureRetries more times, then reported", async () => {
    const transport = stuckDevice(2);
    const client = new ProvisioningClient(ports(transport), settings);
    await client.openSession(choice);
    await rejects(client.waitForConnection("myssid"), /not connected to "myssid" and not trying \(Disconnected\)/);
    equal(transport.polls, 4);
  });
});

describe("client reading GetStatus", () => {
  it("a reply without resp_get_status is a protocol error, never taken for Connected (state 0)", () => {
    let message = "";
    try { readGetStatus(WiFiConfigPayload.encode({ msg: 1 }).finish()); } catch (error) { message = (error as Error).message; }
    match(message, /no status in it/);
  });

  it("Connecting with attempt_failed carries the attempts left", () => {
    const reply = WiFiConfigPayload.encode({ msg: 1, respGetStatus: { staState: 1, attemptFailed: { attemptsRemaining: 2 } } }).finish();
    deepEqual(readGetStatus(reply).wifi, { state: "connecting", attemptsRemaining: 2 });
  });
});

describe("client no-reply messages", () => {
  const detail = (d: Partial<NoReplyDetail>): NoReplyDetail =>
    ({ reason: "timeout", timeoutMs: 5000, heardAnything: true, echoed: true, garbled: false, deviceErrors: [], ...d });

  it("silence from the start names the port, the baud rate and the console", () => {
    const error = explainNoReply(new NoReplyError("proto-ver", detail({ heardAnything: false })), { what: "the proto-ver request \"none\"" });
    equal(error.kind, "no-reply");
    match(error.message, /within 5 s, and not a single byte from the device: wrong port or baud rate, or the device's provisioning console is not running/);
  });

  it("output without the request's echo means the console is not running (already provisioned?)", () => {
    const error = explainNoReply(new NoReplyError("proto-ver", detail({ echoed: false })), { what: "x" });
    equal(error.kind, "no-reply");
    match(error.message, /did not echo the request, so its provisioning console is probably not running \(already provisioned\?/);
  });

  it("unreadable bytes name the baud rate", () => {
    match(explainNoReply(new NoReplyError("proto-ver", detail({ garbled: true })), { what: "x" }).message, /baud rate is probably wrong \(--baud\)/);
  });

  it("no answer to command 1 names the PoP or the password", () => {
    match(explainNoReply(new NoReplyError("prov-session", detail({})), { what: "x", security: 1, handshakeStep: 2 }).message, /no reply within 5 s\): wrong PoP\? Check --pop/);
    match(explainNoReply(new NoReplyError("prov-session", detail({})), { what: "x", security: 2, handshakeStep: 2 }).message, /wrong password\? Check --sec2_pwd/);
  });

  it("no answer to command 0 names the security version (and the username for 2)", () => {
    const error = explainNoReply(new NoReplyError("prov-session", detail({ deviceErrors: ["E (1) x: locked"] })), { what: "the session request", security: 2, handshakeStep: 1 });
    equal(error.kind, "handshake");
    match(error.message, /wrong username \(--sec2_username\), or the device does not use security 2 \(--sec_ver\).*The device said: E \(1\) x: locked/);
  });
});
