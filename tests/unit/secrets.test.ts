// Secrets stay out of the log at the default config, and session keys are zeroed when a session ends.
import { nobleCrypto } from "../../modules/crypto/noble.js";
import { Security1 } from "../../modules/security/sec1.js";
import type { CryptoProvider, CtrStream } from "../../modules/crypto/provider.js";
import { fromHex } from "../../modules/util/hex.js";
import { utf8Encode } from "../../modules/util/utf8.js";
import { equal, ok } from "../support/assert.js";
import { ScriptedRandom } from "../support/fakes.js";
import { replayOnDevice, type Vector } from "../vectors/replay.js";
import sec1Pop from "../vectors/data/sec1-pop.json" with { type: "json" };

const vector = sec1Pop as unknown as Vector;

describe("secrets", () => {
  it("a whole security 1 provisioning logs no passphrase, PoP or key material", async () => {
    const device = await replayOnDevice(vector);
    const log = device.output.all.split(/\r?\n/).filter((l) => /^[EWID] \(\d+\) /.test(l)).join("\n");
    ok(log.length > 0, "there is a log");
    const d = vector.derived!;
    for (const secret of ["mypassword", "abcd1234", d.sec1_aes_key_hex, d.sec1_shared_secret_hex,
      vector.device_secrets.sec1_device_private_key_hex, d.sec1_pop_sha256_hex]) {
      ok(!log.toLowerCase().includes(secret.toLowerCase()), `"${secret}" is not in the log`);
    }
  });

  it("closing a security 1 session zeroes its AES key", () => {
    const streams: { key: Uint8Array; stream: CtrStream }[] = [];
    const recording: CryptoProvider = {
      ...nobleCrypto,
      aesCtr: (key, counter) => {
        const copy = new Uint8Array(key);
        const stream = nobleCrypto.aesCtr(key, counter);
        const wrapped = { process: (d: Uint8Array) => stream.process(d), dispose: () => { stream.dispose(); copy.fill(0); } };
        streams.push({ key: copy, stream: wrapped });
        return wrapped;
      },
    };
    const s = vector.device_secrets;
    const session = new Security1({ pop: utf8Encode("abcd1234"), crypto: recording, random: new ScriptedRandom(s.sec1_device_private_key_hex, s.sec1_device_random_hex) }).createSession();
    session.handshake(fromHex(vector.exchanges[1].request_hex)!);
    equal(streams.length, 1);
    ok(streams[0].key.some((b) => b !== 0), "a live key");
    session.close();
    ok(streams[0].key.every((b) => b === 0), "zeroed after close");
  });

  it("a disposed noble CTR stream no longer produces the old keystream", () => {
    const key = new Uint8Array(32).fill(7), iv = new Uint8Array(16);
    const before = nobleCrypto.aesCtr(key, iv).process(new Uint8Array(16));
    const stream = nobleCrypto.aesCtr(key, iv);
    stream.dispose();
    const after = stream.process(new Uint8Array(16));
    ok(before.some((b, i) => b !== after[i]), "key material gone");
  });
});
