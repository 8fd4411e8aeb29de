// Replays a recorded esp_prov session (tests/vectors/data, from ../shared/vectors) against a device on
// fake ports, with the device's random draws injected, and checks every reply.
import { DEFAULT_ACCESS_POINTS, type SimulatedAccessPoint } from "../../adapters/simulated/wifi.js";
import { WiFiScanPayload } from "../../modules/proto/messages.js";
import { nobleCrypto } from "../../modules/crypto/noble.js";
import { Security1 } from "../../modules/security/sec1.js";
import { fromHex, toHex } from "../../modules/util/hex.js";
import { utf8Decode } from "../../modules/util/utf8.js";
import { bytesEqual, deepEqual, equal, ok } from "../support/assert.js";
import { ScriptedRandom } from "../support/fakes.js";
import { TestDevice } from "../support/device.js";
import type { ModularArithmetic } from "../../modules/srp/arithmetic.js";
import type { CryptoProvider } from "../../modules/crypto/provider.js";

export interface VectorExchange {
  index: number;
  endpoint: string;
  session_id: number;
  request_hex: string;
  response_hex: string | null;
  request_plaintext_hex: string;
  response_plaintext_hex: string | null;
  response_decoded: { fields?: Record<string, any>; text?: string; json?: any } | null;
  device_sends_reply?: boolean;
  cipher?: { request: { keystream_offset: number }; response: { keystream_offset: number } };
}

export interface Vector {
  name: string;
  device_config: Record<string, any>;
  device_secrets: Record<string, string>;
  client_secrets: Record<string, any>;
  derived?: Record<string, any>;
  exchanges: VectorExchange[];
}

const SECURITY_CAPS = ["no_sec", "no_pop"];

export interface ReplayOptions {
  /** Replay only exchanges with index < stopBefore. */
  stopBefore?: number;
  /** Whether this device advertises wifi_scan (default: it does). */
  scanSupported?: boolean;
  /** Extra device config entries (e.g. sec2 salt and verifier). */
  config?: Record<string, unknown>;
  /** SRP exponentiation for a new device (default: the portable one with fixed-base tables). */
  arithmetic?: ModularArithmetic;
  /** The device's primitives for a new device (default: @noble/*). */
  crypto?: CryptoProvider;
  /** Continue on this device (its random source must be a ScriptedRandom) instead of a new one. */
  device?: TestDevice;
  /** Leave the console idle this long first: security 1 then makes its key pair ahead of command 0. */
  idleFirstMs?: number;
}

function accessPointsFor(vector: Vector): SimulatedAccessPoint[] {
  const outcome = vector.device_config.connection_outcome;
  if (outcome.fail_reason === "AuthError") return DEFAULT_ACCESS_POINTS.map((ap) => ({ ...ap, passphrase: "not-" + ap.passphrase }));
  if (outcome.fail_reason === "NetworkNotFound") return DEFAULT_ACCESS_POINTS.map((ap) => ({ ...ap, ssid: "elsewhere" }));
  return DEFAULT_ACCESS_POINTS;
}

export function deviceSecrets(vector: Vector): string[] {
  const s = vector.device_secrets;
  return [s.sec1_device_private_key_hex, s.sec1_device_random_hex, s.sec2_b_hex, s.sec2_nonce_prefix_hex, s.sec2_iv_hex]
    .filter((x): x is string => typeof x === "string");
}

export async function replayOnDevice(vector: Vector, options: ReplayOptions = {}): Promise<TestDevice> {
  const dc = vector.device_config;
  const secrets = deviceSecrets(vector);
  let device = options.device;
  if (device) {
    // A key pair security 1 made while the console was idle came from draws before these (the script's
    // filler once it ran out): drop it, so this session's key is made from its recorded draw.
    const security = device.core.protocomm?.security;
    if (security instanceof Security1) security.keys.discard();
    for (const secret of secrets) (device.random as ScriptedRandom).push(secret);
  } else {
    device = new TestDevice({
      random: new ScriptedRandom(...secrets),
      accessPoints: accessPointsFor(vector),
      arithmetic: options.arithmetic,
      crypto: options.crypto,
      config: {
        securityVersion: dc.sec_ver, pop: dc.pop ?? "",
        ...(dc.sec_ver === 2 ? { sec2Username: dc.sec2_username, sec2Salt: dc.sec2_salt_hex, sec2Verifier: dc.sec2_verifier_hex, sec2PatchVersion: dc.sec_patch_ver } : {}),
        ...options.config,
      },
    });
  }
  if (options.idleFirstMs) device.timers.advance(options.idleFirstMs);
  for (const exchange of vector.exchanges) {
    if (options.stopBefore !== undefined && exchange.index >= options.stopBefore) break;
    const what = `${vector.name} #${exchange.index} ${exchange.endpoint}`;
    const expectedState = exchange.response_decoded?.fields?.resp_get_status?.sta_state;
    if (expectedState && expectedState !== "Connecting") device.timers.advance(10000);
    const before = device.output.text.length;
    const reply = await device.request(exchange.endpoint, exchange.request_hex, exchange.session_id);
    if (exchange.device_sends_reply === false || exchange.response_hex === null) {
      equal(reply, undefined, `${what}: device must not reply`);
      continue;
    }
    ok(reply, `${what}: no reply (device log: ${device.output.text.slice(before)})`);
    if (exchange.endpoint === "proto-ver" && exchange.response_decoded?.json) {
      const got = JSON.parse(utf8Decode(reply)).prov;
      const want = exchange.response_decoded.json.prov;
      equal(got.ver, want.ver, `${what}: ver`);
      equal(got.sec_ver, want.sec_ver, `${what}: sec_ver`);
      equal(got.sec_patch_ver ?? 0, want.sec_patch_ver ?? 0, `${what}: sec_patch_ver`);
      // The device also advertises network_provisioning's "wifi_prov", which the recorded devices predate.
      const expectCap = [...want.cap.filter((c: string) => SECURITY_CAPS.includes(c)), "wifi_prov",
        ...(want.cap.includes("wifi_scan") && options.scanSupported !== false ? ["wifi_scan"] : [])];
      deepEqual(got.cap, expectCap, `${what}: cap`);
      continue;
    }
    if (exchange.endpoint === "prov-scan" && toHex(reply) !== exchange.response_hex) {
      // The device lists networks strongest first; the recorded fake did not. Same entries, same length.
      compareScanEntries(vector, exchange, reply, what);
      continue;
    }
    bytesEqual(reply, exchange.response_hex, what);
  }
  return device;
}

export function hex(text: string): Uint8Array {
  return fromHex(text)!;
}

/** Decrypts a security 1 reply at its recorded keystream offset (key from the vector's derived values). */
function sec1Decrypt(vector: Vector, exchange: VectorExchange, data: Uint8Array): Uint8Array {
  const key = fromHex(vector.derived!.sec1_aes_key_hex)!;
  const stream = nobleCrypto.aesCtr(key, fromHex(vector.device_secrets.sec1_device_random_hex)!);
  stream.process(new Uint8Array(exchange.cipher!.response.keystream_offset));
  return stream.process(data);
}

function compareScanEntries(vector: Vector, exchange: VectorExchange, reply: Uint8Array, what: string): void {
  equal(reply.length, exchange.response_hex!.length / 2, `${what}: reply length`);
  const got = WiFiScanPayload.decode(sec1Decrypt(vector, exchange, reply));
  const want = WiFiScanPayload.decode(fromHex(exchange.response_plaintext_hex!)!);
  equal(got.msg, want.msg, `${what}: msg`);
  equal(got.status ?? 0, want.status ?? 0, `${what}: status`);
  const entries = (p: typeof got) => (p.respScanResult?.entries ?? [])
    .map((e) => `${toHex(e.bssid!)} ${toHex(e.ssid!)} ${e.channel} ${e.rssi} ${e.auth ?? 0}`);
  deepEqual(entries(got).slice().sort(), entries(want).slice().sort(), `${what}: entries`);
  const rssi = (got.respScanResult?.entries ?? []).map((e) => e.rssi ?? 0);
  deepEqual(rssi, rssi.slice().sort((a, b) => b - a), `${what}: strongest first`);
}
