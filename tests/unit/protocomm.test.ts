// protocomm core and proto-ver; bad requests change nothing.
import { Logger } from "../../modules/log/logger.js";
import { Protocomm } from "../../modules/protocomm/protocomm.js";
import { createVersionHandler, versionJson } from "../../modules/protocomm/version.js";
import type { SecurityScheme } from "../../modules/protocomm/security-scheme.js";
import { Security0 } from "../../modules/security/sec0.js";
import { Security1 } from "../../modules/security/sec1.js";
import { nobleCrypto } from "../../modules/crypto/noble.js";
import { SessionData } from "../../modules/proto/messages.js";
import { fromHex, toHex } from "../../modules/util/hex.js";
import { utf8Decode, utf8Encode } from "../../modules/util/utf8.js";
import { deepEqual, equal, rejects } from "../support/assert.js";
import { CapturedOutput, CountingRandom, ManualTimers } from "../support/fakes.js";

function protocomm(security: SecurityScheme = new Security0()) {
  const p = new Protocomm(security, new Logger(new CapturedOutput(), new ManualTimers()));
  p.addEndpoint("echo", (request) => request, true);
  return p;
}

describe("proto-ver", () => {
  const handler = createVersionHandler(() => ({ securityVersion: 1, securityPatchVersion: 0, capabilities: ["no_pop", "wifi_scan"] }));
  it("answers the seed-era client's V0.1 with SUCCESS (56302e31 → 53554343455353)", () => {
    equal(toHex(handler(fromHex("56302e31")!)), "53554343455353");
  });
  it("answers anything else with the capabilities JSON", () => {
    for (const request of ["none", "no_sec", "no_pop", "---", "wifi_scan", "v0.1", ""]) {
      const json = JSON.parse(utf8Decode(handler(utf8Encode(request))));
      deepEqual(json, { prov: { ver: "v1.1", sec_ver: 1, sec_patch_ver: 0, cap: ["no_pop", "wifi_scan"] } });
    }
  });
  it("prints JSON in cJSON_Print's layout, with application entries", () => {
    equal(versionJson({ securityVersion: 0, securityPatchVersion: 0, capabilities: ["no_sec"], apps: { myapp: { ver: "1.0", cap: ["x"] } } }),
      '{\n\t"prov":\t{\n\t\t"ver":\t"v1.1",\n\t\t"sec_ver":\t0,\n\t\t"sec_patch_ver":\t0,\n\t\t"cap":\t["no_sec"]\n\t},\n\t"myapp":\t{\n\t\t"ver":\t"1.0",\n\t\t"cap":\t["x"]\n\t}\n}');
  });
});

describe("protocomm", () => {
  it("refuses an unknown endpoint", async () => {
    await rejects(() => protocomm().handle("nope", 0, new Uint8Array()), /unknown endpoint "nope"/);
  });

  it("refuses a secured endpoint before the handshake", async () => {
    await rejects(() => protocomm().handle("echo", 0, new Uint8Array([1])), /session not established/);
  });

  it("refuses a handshake for another security scheme", async () => {
    const p = protocomm();
    const sec1Cmd0 = SessionData.encode({ secVer: 1, sec1: { sc0: { clientPubkey: new Uint8Array(32) } } }).finish();
    await rejects(() => p.handle("prov-session", 0, sec1Cmd0), /scheme mismatch: device uses 0, request is for security 1/);
  });

  it("a request carrying two schemes' payloads is read by the one decoded last, as protobuf's oneof has it", async () => {
    const p = protocomm(new Security1({ pop: new Uint8Array(), crypto: nobleCrypto, random: new CountingRandom() }));
    const sec1Cmd1 = SessionData.encode({ secVer: 1, sec1: { msg: 2, sc1: { clientVerifyData: new Uint8Array(32) } } }).finish();
    const sec0 = SessionData.encode({ sec0: { msg: 0, sc: {} } }).finish();
    const join = (a: Uint8Array, b: Uint8Array) => { const all = new Uint8Array(a.length + b.length); all.set(a); all.set(b, a.length); return all; };
    await rejects(() => p.handle("prov-session", 0, join(sec1Cmd1, sec0)), /the request says security 1 but carries a sec0 payload/);
    // sec1 last: the security 1 handshake reads it (and refuses command 1 before command 0).
    await rejects(() => p.handle("prov-session", 0, join(sec0, sec1Cmd1)), /command 1 before command 0/);
  });

  it("refuses hostile SessionData (truncated, bad wire type, huge length)", async () => {
    const p = protocomm(new Security1({ pop: new Uint8Array(), crypto: nobleCrypto, random: new CountingRandom() }));
    for (const hex of ["5a", "5aff", "5affffffff0f", "0f", "10015a25a201220a20"]) {
      await rejects(() => p.handle("prov-session", 0, fromHex(hex)!), /malformed SessionData|mismatch|expected|unexpected/);
    }
  });

  it("a short X25519 key or a low-order point is refused", async () => {
    const p = protocomm(new Security1({ pop: new Uint8Array(), crypto: nobleCrypto, random: new CountingRandom() }));
    const short = SessionData.encode({ secVer: 1, sec1: { sc0: { clientPubkey: new Uint8Array(31) } } }).finish();
    await rejects(() => p.handle("prov-session", 0, short), /31 bytes, expected 32/);
    const zero = SessionData.encode({ secVer: 1, sec1: { sc0: { clientPubkey: new Uint8Array(32) } } }).finish();
    await rejects(() => p.handle("prov-session", 0, zero), /low-order/);
  });

  it("command 1 before command 0 is refused", async () => {
    const p = protocomm(new Security1({ pop: new Uint8Array(), crypto: nobleCrypto, random: new CountingRandom() }));
    const cmd1 = SessionData.encode({ secVer: 1, sec1: { msg: 2, sc1: { clientVerifyData: new Uint8Array(32) } } }).finish();
    await rejects(() => p.handle("prov-session", 0, cmd1), /command 1 before command 0/);
  });

  it("security 0 establishes with the recorded handshake and passes data through", async () => {
    const p = protocomm();
    equal(toHex(await p.handle("prov-session", 0, fromHex("5203a20100")!)), "52050801aa0100");
    equal(toHex(await p.handle("echo", 0, fromHex("0102")!)), "0102");
  });

  it("a new session id closes the established session", async () => {
    const p = protocomm();
    await p.handle("prov-session", 0, fromHex("5203a20100")!);
    equal(p.sessionEstablished, true);
    await rejects(() => p.handle("echo", 1, new Uint8Array([1])), /session not established/);
    equal(p.sessionEstablished, false);
  });
});
