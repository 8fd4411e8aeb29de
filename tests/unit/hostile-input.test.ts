// What hostile testing found (issue 11), one test per finding, on Node and XS: values from outside
// reach the log escaped and bounded; no verifier a client could pass without the password boots; a bad
// config changes nothing in flash; scan parameters are bounded; the E lines say what really happened.
import { WiFiProvisioning, type ProvisioningConfig } from "../../modules/wifi-provisioning/wifi-provisioning.js";
import { Sec1Client } from "../../client/sec1.js";
import { ConfigError, DEFAULT_CONFIG, parseConfig, type DeviceConfig } from "../../modules/config/config.js";
import { escapeForLog, quoteForLog } from "../../modules/log/escape.js";
import { Logger } from "../../modules/log/logger.js";
import { DEFAULT_ACCESS_POINTS, SimulatedWifi } from "../../adapters/simulated/wifi.js";
import { SessionData, Status, WiFiConfigPayload, WiFiScanPayload } from "../../modules/proto/messages.js";
import { CredentialStore } from "../../modules/provisioning/credential-store.js";
import { nobleCrypto } from "../../modules/crypto/noble.js";
import { bigIntToBytes } from "../../modules/srp/bigint.js";
import { sec2CredentialProblem } from "../../modules/srp/credentials.js";
import { N } from "../../modules/srp/group.js";
import { fromHex, toHex } from "../../modules/util/hex.js";
import { utf8Encode } from "../../modules/util/utf8.js";
import { equal, match, ok } from "../support/assert.js";
import { TestDevice, bootAsFirmware } from "../support/device.js";
import { CapturedOutput, CountingRandom, ManualTimers, MemoryPreferences, storeNetwork } from "../support/fakes.js";
import patch1 from "../vectors/data/sec2-patch1.json" with { type: "json" };

/** An SSID that clears the screen and prints a line that looks exactly like a reply. */
const FORGED = "ab\r\n0a0b0c0d\r\n\x1b[2Jx";
const HEX_LINE = /^([0-9a-f]{2})+$/;

function hexLines(printed: string): string[] {
  return printed.split(/\r?\n|\r/).map((l) => l.replace(/^(>> )+/, "").trim()).filter((l) => HEX_LINE.test(l));
}

function configError(raw: Record<string, unknown>): ConfigError {
  try {
    parseConfig(raw);
  } catch (error) {
    ok(error instanceof ConfigError, `a ConfigError, not ${error}`);
    return error;
  }
  throw new Error(`expected ${Object.keys(raw).join(", ")} to be refused`);
}

const SEC2 = { sec2Username: patch1.device_config.sec2_username, sec2Salt: patch1.device_config.sec2_salt_hex };

describe("hostile input: log lines", () => {
  it("escapeForLog keeps printable ASCII, escapes every other byte, doubles backslashes and bounds the length", () => {
    equal(escapeForLog(FORGED), "ab\\x0d\\x0a0a0b0c0d\\x0d\\x0a\\x1b[2Jx");
    equal(escapeForLog("C:\\temp"), "C:\\\\temp");
    equal(escapeForLog("Café"), "Caf\\xc3\\xa9");
    equal(escapeForLog(new Uint8Array([0, 0x7f, 0x80, 0xff])), "\\x00\\x7f\\x80\\xff");
    equal(escapeForLog("x".repeat(100000)), `${"x".repeat(64)}...(100000 bytes)`);
    equal(quoteForLog('say "hi"'), '"say \\x22hi\\x22"');
  });

  it("the logger itself escapes control characters it did not lay out", () => {
    const output = new CapturedOutput();
    new Logger(output, new ManualTimers()).info("t", "a\x1b[2Jb\rc\n\td");
    equal(output.take(), "I (0) t: a\\x1b[2Jb\\x0dc\r\n\td\r\n");
  });

  it("an SSID holding CR, LF, ESC and a line of hex reaches the log escaped: the only hex line is the reply", async () => {
    const device = new TestDevice({ config: { securityVersion: 0 } });
    await device.request("prov-session", "5203a20100");
    const request = WiFiConfigPayload.encode({ msg: 2, cmdSetConfig: { ssid: utf8Encode(FORGED), passphrase: utf8Encode("mypassword") } }).finish();
    const printed = await device.type(`prov-config 0 ${toHex(request)}`);
    ok(!printed.includes("\x1b"), "no raw ESC");
    match(printed, /SSID {5}: ab\\x0d\\x0a0a0b0c0d\\x0d\\x0a\\x1b\[2Jx/);
    equal(hexLines(printed).length, 1, printed);
    equal(WiFiConfigPayload.decode(fromHex(hexLines(printed)[0])!).respSetConfig?.status ?? 0, Status.Success);
  });

  it("a security 2 username is escaped in the E line that refuses it, before any authentication", async () => {
    const device = new TestDevice({ config: { securityVersion: 2, ...SEC2, sec2Verifier: patch1.device_config.sec2_verifier_hex } });
    const A = new Uint8Array(384).fill(7);
    const cmd0 = SessionData.encode({ secVer: 2, sec2: { msg: 0, sc0: { clientUsername: utf8Encode(FORGED), clientPubkey: A } } }).finish();
    const printed = await device.type(`prov-session 0 ${toHex(cmd0)}`);
    ok(!printed.includes("\x1b"), "no raw ESC");
    equal(hexLines(printed).length, 0, printed);
    equal(device.errors(printed).length, 1, printed);
    match(device.errors(printed)[0], /unknown username "ab\\x0d\\x0a0a0b0c0d\\x0d\\x0a\\x1b\[2Jx"/);
  });

  it("custom data and a long unknown endpoint name are escaped and bounded", async () => {
    const device = new TestDevice({ config: { securityVersion: 0 } });
    await device.request("prov-session", "5203a20100");
    const printed = await device.type(`custom-data 0 ${toHex(utf8Encode(`${FORGED}${"y".repeat(500)}`))}`);
    ok(!printed.includes("\x1b"));
    equal(hexLines(printed).length, 1, printed);
    const unknown = await device.type(`${"e".repeat(1500)} 0 00`);
    const [line] = device.errors(unknown);
    match(line, /unknown endpoint "e{64}\.\.\.\(1500 bytes\)"/);
    ok(line.length < 200, `${line.length} characters`);
  });

  it("a config value 100,000 characters long is named, not echoed whole", () => {
    const error = configError({ securityVersion: "9".repeat(100000) });
    equal(error.key, "securityVersion");
    ok(error.message.length < 200, `${error.message.length} characters`);
    ok(!configError({ pop: "x".repeat(100000) }).message.includes("x".repeat(65)));
  });
});

describe("hostile input: security 2 credentials", () => {
  const nMinusOne = toHex(bigIntToBytes(N - 1n));
  for (const [what, verifier] of [["0", "00"], ["1", "01"], ["N - 1", nMinusOne], ["N", toHex(bigIntToBytes(N))], ["N + 1", toHex(bigIntToBytes(N + 1n))]]) {
    it(`refuses a verifier of ${what} at boot, naming sec2Verifier`, () => {
      const error = configError({ securityVersion: 2, ...SEC2, sec2Verifier: verifier });
      equal(error.key, "sec2Verifier");
    });
  }

  it("accepts the smallest safe verifier and the recorded one", () => {
    equal(parseConfig({ securityVersion: 2, ...SEC2, sec2Verifier: "02" }).sec2Verifier, "02");
    equal(parseConfig({ securityVersion: 2, ...SEC2, sec2Verifier: patch1.device_config.sec2_verifier_hex }).securityVersion, 2);
    equal(sec2CredentialProblem(utf8Encode("u"), new Uint8Array(16).fill(1), bigIntToBytes(N - 2n)), undefined);
  });

  it("refuses salts and usernames outside sane bounds", () => {
    const v = patch1.device_config.sec2_verifier_hex;
    equal(configError({ securityVersion: 2, sec2Username: "u", sec2Salt: "00", sec2Verifier: v }).key, "sec2Salt");
    equal(configError({ securityVersion: 2, sec2Username: "u", sec2Salt: "0011223344556677", sec2Verifier: v }).key, "sec2Salt");
    equal(configError({ securityVersion: 2, sec2Username: "u", sec2Salt: "11".repeat(65), sec2Verifier: v }).key, "sec2Salt");
    equal(configError({ securityVersion: 2, sec2Username: "a\nb", sec2Salt: SEC2.sec2Salt, sec2Verifier: v }).key, "sec2Username");
  });
});

describe("hostile input: a bad config changes nothing in flash", () => {
  it("WiFiProvisioning checks its config itself, before resetProvisioning erases anything", () => {
    const preferences = new MemoryPreferences();
    storeNetwork(preferences, "home", "hunter222");
    const timers = new ManualTimers();
    const unchecked: DeviceConfig = { ...DEFAULT_CONFIG, resetProvisioning: true, securityVersion: 2, sec2Username: "u", sec2Salt: "00", sec2Verifier: "01" };
    let refused: unknown;
    try {
      const app = new WiFiProvisioning({
        platform: {
          output: new CapturedOutput(), clock: timers, timers, random: new CountingRandom(), preferences,
          wifi: new SimulatedWifi(timers, DEFAULT_ACCESS_POINTS, 10), crypto: nobleCrypto,
        },
        config: unchecked as ProvisioningConfig,
      });
      bootAsFirmware(app);
    } catch (error) {
      refused = error;
    }
    ok(refused instanceof ConfigError, `a ConfigError, not ${refused}`);
    equal(new CredentialStore(preferences).load().status, "ok");
  });
});

describe("hostile input: scan parameters", () => {
  for (const [field, value] of [["periodMs", 0xffffffff], ["periodMs", 1501], ["groupChannels", 0xffffffff], ["groupChannels", 15]] as const) {
    it(`refuses ScanStart with ${field} ${value}: InvalidArgument, one E line, no scan`, async () => {
      const device = new TestDevice({ config: { securityVersion: 0 } });
      await device.request("prov-session", "5203a20100");
      const printed = await device.type(`prov-scan 0 ${toHex(WiFiScanPayload.encode({ msg: 0, cmdScanStart: { blocking: true, [field]: value } }).finish())}`);
      const [hex] = hexLines(printed);
      equal(WiFiScanPayload.decode(fromHex(hex)!).status, Status.InvalidArgument);
      equal(device.errors(printed).length, 1, printed);
      match(device.errors(printed)[0], /scan refused: period_ms/);
      equal(device.timers.pendingCount, 0, "no scan timer left running");
    });
  }

  it("accepts the largest bounded values", async () => {
    const device = new TestDevice({ config: { securityVersion: 0 } });
    await device.request("prov-session", "5203a20100");
    const reply = await device.request("prov-scan", WiFiScanPayload.encode({ msg: 0, cmdScanStart: { blocking: false, periodMs: 1500, groupChannels: 14 } }).finish());
    equal(WiFiScanPayload.decode(reply!).status ?? Status.Success, Status.Success);
  });
});

describe("hostile input: E lines that say what happened", () => {
  it("a security 1 request carrying a security 0 payload is named as such", async () => {
    const device = new TestDevice({ config: { securityVersion: 1 } });
    const request = SessionData.encode({ secVer: 1, sec0: { msg: 0, sc: {} } }).finish();
    const [line] = device.errors(await device.type(`prov-session 0 ${toHex(request)}`));
    match(line, /device uses 1; the request says security 1 but carries a sec0 payload/);
    const other = SessionData.encode({ secVer: 0, sec0: { msg: 0, sc: {} } }).finish();
    match(device.errors(await device.type(`prov-session 0 ${toHex(other)}`))[0], /device uses 1, request is for security 0/);
  });

  it("command 1 sent again after the session is up is named as such, not as 'before command 0'", async () => {
    const device = new TestDevice({ config: { securityVersion: 1 } });
    const client = new Sec1Client({ pop: utf8Encode("abcd1234"), crypto: nobleCrypto, random: new CountingRandom() });
    const cmd1 = client.next(await device.request("prov-session", client.next()!))!;
    equal(client.next(await device.request("prov-session", cmd1)), undefined);
    ok(client.established);
    const [line] = device.errors(await device.type(`prov-session 0 ${toHex(cmd1)}`));
    match(line, /security 1: command 1 after the session was established/);
  });
});
