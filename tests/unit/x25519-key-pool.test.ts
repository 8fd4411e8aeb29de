// Security 1's key pool: one device key pair made while the console is idle, used once, wiped.
import { SessionData } from "../../modules/proto/messages.js";
import { nobleCrypto } from "../../modules/crypto/noble.js";
import type { CryptoProvider } from "../../modules/crypto/provider.js";
import { Security1 } from "../../modules/security/sec1.js";
import { DEFAULT_IDLE_MS, X25519KeyPool } from "../../modules/security/x25519-key-pool.js";
import type { TimerHandle } from "../../modules/ports.js";
import { toHex } from "../../modules/util/hex.js";
import { bytesEqual, deepEqual, equal, notEqual, ok } from "../support/assert.js";
import { CountingRandom, ManualTimers, ScriptedRandom } from "../support/fakes.js";

const KEY_A = "77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a";
const KEY_B = "5dab087e624a8a4b79e17f8b83800ee66f3bb1292618b6fd1c2f8b27ff88e0eb";

/** nobleCrypto, counting scalar multiplications and keeping the private keys it was given. */
function countingCrypto() {
  const seen: Uint8Array[] = [];
  const counts = { publicKey: 0, shared: 0 };
  const crypto: CryptoProvider = {
    ...nobleCrypto,
    x25519PublicKey(privateKey) { counts.publicKey++; seen.push(privateKey); return nobleCrypto.x25519PublicKey(privateKey); },
    x25519SharedSecret(privateKey, peer) { counts.shared++; seen.push(privateKey); return nobleCrypto.x25519SharedSecret(privateKey, peer); },
  };
  return { crypto, counts, seen };
}

const allZero = (bytes: Uint8Array) => bytes.every((b) => b === 0);

function command0(clientPublic: Uint8Array): Uint8Array {
  return SessionData.encode({ secVer: 1, sec1: { msg: 0, sc0: { clientPubkey: clientPublic } } }).finish();
}

describe("X25519 key pool (security 1)", () => {
  it("without timers, makes each pair on demand from the next random draw", () => {
    const { crypto, counts } = countingCrypto();
    const pool = new X25519KeyPool({ crypto, random: new ScriptedRandom(KEY_A, KEY_B) });
    equal(pool.ready, false);
    const a = pool.take(), b = pool.take();
    bytesEqual(a.privateKey, KEY_A);
    bytesEqual(a.publicKey, nobleCrypto.x25519PublicKey(a.privateKey));
    bytesEqual(b.privateKey, KEY_B);
    equal(counts.publicKey, 2);
    equal(pool.ready, false, "nothing made in the background");
  });

  it("makes the next pair once the console has been idle, and hands it out once", () => {
    const timers = new ManualTimers();
    const random = new ScriptedRandom(KEY_A, KEY_B);
    const pool = new X25519KeyPool({ crypto: nobleCrypto, random, timers, clock: timers });
    timers.advance(DEFAULT_IDLE_MS - 1);
    equal(pool.ready, false, "not before the idle time");
    equal(random.remaining, 2, "no draw yet");
    timers.advance(1);
    ok(pool.ready, "made after the idle time");
    equal(random.remaining, 1, "from exactly one draw");
    const first = pool.take();
    bytesEqual(first.privateKey, KEY_A);
    equal(pool.ready, false, "used once: gone from the pool");
    timers.advance(DEFAULT_IDLE_MS);
    ok(pool.ready, "refilled after the next idle time");
    const second = pool.take();
    bytesEqual(second.privateKey, KEY_B);
    notEqual(toHex(second.publicKey), toHex(first.publicKey));
  });

  it("notes console activity without a platform timer per request, and still waits a full idle time after the last", () => {
    const timers = new ManualTimers();
    const calls = { set: 0, clear: 0 };
    const counted = {
      set: (callback: () => void, ms: number) => { calls.set++; return timers.set(callback, ms); },
      clear: (handle: TimerHandle) => { calls.clear++; timers.clear(handle); },
    };
    const pool = new X25519KeyPool({ crypto: nobleCrypto, random: new CountingRandom(), timers: counted, clock: timers });
    for (let i = 0; i < 20; i++) {
      timers.advance(30);
      pool.activity();
    }
    deepEqual(calls, { set: 1, clear: 0 }, "twenty requests, one timer");
    timers.advance(DEFAULT_IDLE_MS - 1);
    equal(pool.ready, false, "not before a full idle time after the last request");
    timers.advance(1);
    ok(pool.ready, "made once the console has been quiet for the idle time");
    deepEqual(calls, { set: 2, clear: 0 }, "the first timer fired early and waited the rest");
  });

  it("console activity postpones the next pair; with none ready, take() makes one on the spot", () => {
    const timers = new ManualTimers();
    const random = new CountingRandom();
    const { crypto, counts } = countingCrypto();
    const pool = new X25519KeyPool({ crypto, random, timers, clock: timers });
    for (let i = 0; i < 5; i++) {
      timers.advance(DEFAULT_IDLE_MS - 10);
      pool.activity();
    }
    equal(pool.ready, false, "a busy console gets no background work");
    equal(counts.publicKey, 0);
    const pair = pool.take();
    equal(counts.publicKey, 1, "the fallback made one now");
    bytesEqual(pair.publicKey, nobleCrypto.x25519PublicKey(pair.privateKey));
    equal(timers.pendingCount, 1, "and the next one is scheduled");
  });

  it("dispose wipes a waiting private key and stops making new ones; discard wipes it and makes another later", () => {
    const timers = new ManualTimers();
    const { crypto, seen } = countingCrypto();
    const pool = new X25519KeyPool({ crypto, random: new CountingRandom(), timers, clock: timers });
    timers.advance(DEFAULT_IDLE_MS);
    const waiting = seen[0];
    ok(pool.ready && !allZero(waiting));
    pool.discard();
    ok(allZero(waiting), "discarded key wiped");
    equal(pool.ready, false);
    timers.advance(DEFAULT_IDLE_MS);
    ok(pool.ready, "another made after the idle time");
    const next = seen[1];
    pool.dispose();
    ok(allZero(next), "disposed key wiped");
    timers.advance(10 * DEFAULT_IDLE_MS);
    equal(pool.ready, false, "none made after dispose");
    equal(timers.pendingCount, 0, "no timer left behind");
  });

  it("security 1 command 0 with a pair ready: one scalar multiplication, and the private key wiped after it", () => {
    const timers = new ManualTimers();
    const { crypto, counts, seen } = countingCrypto();
    const scheme = new Security1({ pop: new Uint8Array(), crypto, random: new CountingRandom(), timers, clock: timers });
    timers.advance(DEFAULT_IDLE_MS);
    ok(scheme.keys.ready);
    equal(counts.publicKey, 1, "the pair's public key was made while idle");
    const session = scheme.createSession();
    const reply = SessionData.decode(session.handshake(command0(nobleCrypto.x25519PublicKey(new Uint8Array(32).fill(7)))));
    equal(counts.publicKey, 1, "no public key computed in command 0");
    equal(counts.shared, 1, "one scalar multiplication: the shared secret");
    const privateKey = seen[0];
    ok(seen[1] === privateKey, "the shared secret used the pair made ahead");
    ok(allZero(privateKey), "its private key wiped after use");
    const firstDraw = new Uint8Array(32);
    new CountingRandom().fill(firstDraw);
    bytesEqual(reply.sec1!.sr0!.devicePubkey!, nobleCrypto.x25519PublicKey(firstDraw), "the reply carries the pair's public key");
    equal(scheme.keys.ready, false, "used once");
    scheme.dispose();
  });

  it("a refused client key still consumes and wipes the pair (a new one is made for the next attempt)", () => {
    const timers = new ManualTimers();
    const { crypto, seen } = countingCrypto();
    const scheme = new Security1({ pop: new Uint8Array(), crypto, random: new CountingRandom(), timers, clock: timers });
    timers.advance(DEFAULT_IDLE_MS);
    const session = scheme.createSession();
    let refused = false;
    try {
      session.handshake(command0(new Uint8Array(32))); // the all-zero point: low order
    } catch (error) {
      refused = /low-order point/.test((error as Error).message);
    }
    ok(refused, "refused as a low-order point");
    ok(allZero(seen[0]), "the pair's private key wiped");
    equal(scheme.keys.ready, false);
  });
});
