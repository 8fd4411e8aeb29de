// Device-side cost of security 1: the handshake (Cmd0 + Cmd1, protobuf included) and one encrypted
// prov-config exchange, replaying the recorded sec1-pop session with its device secrets. As on the
// device, the key pair is made while the console is idle (in setup here, unmeasured); the "no key pair
// ready" lines are a client arriving before that: two scalar multiplications in command 0.
import { Logger } from "../../modules/log/logger.js";
import { Protocomm } from "../../modules/protocomm/protocomm.js";
import { CredentialStore } from "../../modules/provisioning/credential-store.js";
import { ProvisioningManager } from "../../modules/provisioning/manager.js";
import { createWifiConfigHandler } from "../../modules/provisioning/wifi-config.js";
import { SimulatedWifi } from "../../adapters/simulated/wifi.js";
import { nobleCrypto } from "../../modules/crypto/noble.js";
import { Security1 } from "../../modules/security/sec1.js";
import { DEFAULT_IDLE_MS, X25519KeyPool } from "../../modules/security/x25519-key-pool.js";
import { fromHex } from "../../modules/util/hex.js";
import { utf8Encode } from "../../modules/util/utf8.js";
import { CapturedOutput, ManualTimers, MemoryPreferences, ScriptedRandom } from "../support/fakes.js";
import vector from "../vectors/data/sec1-pop.json" with { type: "json" };
import { x25519 } from "@noble/curves/ed25519.js";
import nacl from "tweetnacl";
import { bench } from "./registry.js";

const request = (i: number) => fromHex(vector.exchanges[i].request_hex)!;

function device(keyPairReady = true) {
  const timers = new ManualTimers();
  const log = new Logger(new CapturedOutput(), timers);
  const random = new ScriptedRandom(vector.device_secrets.sec1_device_private_key_hex, vector.device_secrets.sec1_device_random_hex);
  const protocomm = new Protocomm(new Security1({ pop: utf8Encode("abcd1234"), crypto: nobleCrypto, random, timers, clock: timers }), log);
  if (keyPairReady) timers.advance(DEFAULT_IDLE_MS);
  const manager = new ProvisioningManager({
    wifi: new SimulatedWifi(timers), timers, log, store: new CredentialStore(new MemoryPreferences()),
    applyDelayMs: 1000, autoStop: true, autoStopMs: 30000, connectAttempts: 1, logPassphrase: false, onStop: () => {},
  });
  protocomm.addEndpoint("prov-config", createWifiConfigHandler(manager, log), true);
  return protocomm;
}

bench("sec1 command 0", () => {
  const protocomm = device();
  const cmd0 = request(1);
  return () => protocomm.handle("prov-session", 0, cmd0);
});

bench("sec1 command 0, no key pair ready", () => {
  const protocomm = device(false);
  const cmd0 = request(1);
  return () => protocomm.handle("prov-session", 0, cmd0);
});

bench("sec1 handshake", () => {
  const protocomm = device();
  return async () => {
    await protocomm.handle("prov-session", 0, request(1));
    await protocomm.handle("prov-session", 0, request(2));
  };
});

bench("sec1 handshake, no key pair ready", () => {
  const protocomm = device(false);
  return async () => {
    await protocomm.handle("prov-session", 0, request(1));
    await protocomm.handle("prov-session", 0, request(2));
  };
});

bench("sec1 key pair made while idle (not in any request)", () => {
  const random = new ScriptedRandom(vector.device_secrets.sec1_device_private_key_hex);
  const pool = new X25519KeyPool({ crypto: nobleCrypto, random });
  return () => pool.refill();
});

bench("sec1 config exchange", () => {
  const protocomm = device();
  const ready = (async () => {
    await protocomm.handle("prov-session", 0, request(1));
    await protocomm.handle("prov-session", 0, request(2));
  })();
  return async () => {
    await ready;
    await protocomm.handle("prov-config", 0, request(3));
  };
});

const scalar = fromHex(vector.device_secrets.sec1_device_private_key_hex)!;
const peer = fromHex(vector.client_secrets.sec1_client_public_key_hex)!;

bench("x25519 shared secret, @noble/curves", () => () => x25519.getSharedSecret(scalar, peer));
bench("x25519 shared secret, tweetnacl", () => () => nacl.scalarMult(scalar, peer));
