// The client's security sessions against the device's own schemes: the handshake completes, both
// directions decrypt, and a wrong PoP or password fails where it should, on both sides.
import { Sec0Client } from "../../client/sec0.js";
import { Sec1Client } from "../../client/sec1.js";
import { Sec2Client } from "../../client/sec2.js";
import type { ClientSession } from "../../client/session.js";
import { SessionData } from "../../modules/proto/messages.js";
import { nobleCrypto } from "../../modules/crypto/noble.js";
import type { SecuritySession } from "../../modules/protocomm/security-scheme.js";
import { Security0 } from "../../modules/security/sec0.js";
import { Security1 } from "../../modules/security/sec1.js";
import { Security2 } from "../../modules/security/sec2.js";
import { BigIntArithmetic } from "../../modules/srp/arithmetic.js";
import { N } from "../../modules/srp/group.js";
import { makeVerifier } from "../../modules/srp/srp-client.js";
import { utf8Encode } from "../../modules/util/utf8.js";
import { bytesEqual, equal, match, ok, throws } from "../support/assert.js";
import { CountingRandom } from "../support/fakes.js";

const arithmetic = new BigIntArithmetic(N);
const salt = utf8Encode("0123456789abcdef");
const user = utf8Encode("wifiprov");

function handshake(client: ClientSession, device: SecuritySession): void {
  let request = client.next();
  while (request) request = client.next(device.handshake(request));
}

function roundTrip(client: ClientSession, device: SecuritySession): void {
  for (const text of ["first", "a second, longer message", "3"]) {
    const request = client.encrypt(utf8Encode(text));
    bytesEqual(device.decrypt(request), utf8Encode(text), "device reads the request");
    const reply = device.encrypt(utf8Encode(text.toUpperCase()));
    bytesEqual(client.decrypt(reply), utf8Encode(text.toUpperCase()), "client reads the reply");
  }
}

function sec2Device(password: string, patchVersion: number): Security2 {
  return new Security2({
    username: user, salt, verifier: makeVerifier(nobleCrypto, arithmetic, salt, user, utf8Encode(password)),
    patchVersion, crypto: nobleCrypto, arithmetic, random: new CountingRandom(),
  });
}

function sec2Client(password: string, patchVersion: number, username = user): Sec2Client {
  return new Sec2Client({ username, password: utf8Encode(password), patchVersion, crypto: nobleCrypto, arithmetic, random: new CountingRandom() });
}

describe("client security sessions against the device's", () => {
  it("security 0: one exchange, then plaintext both ways", () => {
    const client = new Sec0Client(), device = new Security0().createSession();
    handshake(client, device);
    ok(client.established && device.established);
    equal(client.step, 1);
    roundTrip(client, device);
  });

  it("security 0: a reply from a security 1 device names the version to use", () => {
    const client = new Sec0Client();
    client.next();
    const reply = SessionData.encode({ secVer: 1, sec1: { msg: 1, sr0: {} } }).finish();
    throws(() => client.next(reply), /security 1, not 0: try --sec_ver 1/);
  });

  for (const pop of ["abcd1234", ""]) {
    it(`security 1 (${pop ? "with" : "without"} a PoP): handshake, then one keystream both ways`, () => {
      const client = new Sec1Client({ pop: utf8Encode(pop), crypto: nobleCrypto, random: new CountingRandom() });
      const device = new Security1({ pop: utf8Encode(pop), crypto: nobleCrypto, random: new CountingRandom() }).createSession();
      handshake(client, device);
      ok(client.established && device.established);
      roundTrip(client, device);
    });
  }

  it("security 1, wrong PoP: the device refuses command 1", () => {
    const client = new Sec1Client({ pop: utf8Encode("wrongpop"), crypto: nobleCrypto, random: new CountingRandom() });
    const device = new Security1({ pop: utf8Encode("abcd1234"), crypto: nobleCrypto, random: new CountingRandom() }).createSession();
    const cmd1 = client.next(device.handshake(client.next()!))!;
    throws(() => device.handshake(cmd1), /key mismatch/);
    equal(client.established, false);
    throws(() => client.encrypt(new Uint8Array(1)), /no session/);
  });

  it("security 1: a device whose proof does not match is rejected", () => {
    const client = new Sec1Client({ pop: utf8Encode("abcd1234"), crypto: nobleCrypto, random: new CountingRandom() });
    const device = new Security1({ pop: utf8Encode("abcd1234"), crypto: nobleCrypto, random: new CountingRandom() }).createSession();
    const reply = device.handshake(client.next(device.handshake(client.next()!))!);
    const data = SessionData.decode(reply);
    data.sec1!.sr1!.deviceVerifyData![0] ^= 1;
    throws(() => client.next(SessionData.encode(data).finish()), /failed to verify the device/);
    equal(client.established, false);
  });

  for (const patch of [1, 0]) {
    it(`security 2, sec_patch_ver ${patch}: SRP handshake, then GCM both ways`, () => {
      const client = sec2Client("abcd1234", patch);
      const device = sec2Device("abcd1234", patch).createSession();
      handshake(client, device);
      ok(client.established && device.established);
      roundTrip(client, device);
    });
  }

  it("security 2: each message has its own nonce with patch 1, the same one with patch 0", () => {
    const sealedTwice = (patch: number) => {
      const client = sec2Client("abcd1234", patch);
      handshake(client, sec2Device("abcd1234", patch).createSession());
      const text = utf8Encode("same");
      return [client.encrypt(text), client.encrypt(text)];
    };
    const [a1, b1] = sealedTwice(1);
    ok(a1.some((x, i) => x !== b1[i]), "patch 1: counter nonce");
    const [a0, b0] = sealedTwice(0);
    bytesEqual(a0, b0, "patch 0: fixed IV");
  });

  it("security 2, wrong password: the device refuses the proof", () => {
    const client = sec2Client("wrong", 1);
    const device = sec2Device("abcd1234", 1).createSession();
    const cmd1 = client.next(device.handshake(client.next()!))!;
    throws(() => device.handshake(cmd1), /credentials mismatch/);
  });

  it("security 2, wrong username: the device refuses command 0", () => {
    const client = sec2Client("abcd1234", 1, utf8Encode("someone"));
    const device = sec2Device("abcd1234", 1).createSession();
    throws(() => device.handshake(client.next()!), /unknown username/);
  });

  it("security 2: a device proof that does not match is rejected", () => {
    const client = sec2Client("abcd1234", 1);
    const device = sec2Device("abcd1234", 1).createSession();
    const reply = device.handshake(client.next(device.handshake(client.next()!))!);
    const data = SessionData.decode(reply);
    data.sec2!.sr1!.deviceProof![5] ^= 1;
    throws(() => client.next(SessionData.encode(data).finish()), /failed to verify the device proof/);
  });

  it("security 2: a tampered reply does not authenticate", () => {
    const client = sec2Client("abcd1234", 1);
    const device = sec2Device("abcd1234", 1).createSession();
    handshake(client, device);
    device.decrypt(client.encrypt(utf8Encode("x")));
    const reply = device.encrypt(utf8Encode("reply"));
    reply[0] ^= 1;
    let message = "";
    try { client.decrypt(reply); } catch (error) { message = (error as Error).message; }
    match(message, /does not authenticate/);
  });
});
