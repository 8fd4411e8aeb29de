// Stored credentials: two slots, sequence numbers and a CRC, so a torn write never mixes records.
import { CredentialStore, STORE_DOMAIN, STORE_KEYS, decodeRecord, encodeRecord, type WifiCredentials } from "../../modules/provisioning/credential-store.js";
import { utf8Decode, utf8Encode } from "../../modules/util/utf8.js";
import { equal, ok } from "../support/assert.js";
import { MemoryPreferences } from "../support/fakes.js";

const creds = (ssid: string, pass: string): WifiCredentials =>
  ({ ssid: utf8Encode(ssid), passphrase: utf8Encode(pass), bssid: new Uint8Array(), channel: 0 });

function loaded(store: CredentialStore): string {
  const r = store.load();
  return r.status === "ok" ? `${utf8Decode(r.credentials.ssid)}/${utf8Decode(r.credentials.passphrase)}` : r.status;
}

/** Preferences whose next write stores only the first `keep` bytes of the record (power lost mid-write). */
class TornPreferences extends MemoryPreferences {
  keep = -1;
  override set(domain: string, key: string, value: ArrayBuffer | string | number | boolean): void {
    if (this.keep >= 0 && value instanceof ArrayBuffer) value = value.slice(0, this.keep);
    this.keep = -1;
    super.set(domain, key, value);
  }
}

describe("credential store", () => {
  it("is empty at first, and keys fit NVS's 15 characters", () => {
    const store = new CredentialStore(new MemoryPreferences());
    equal(loaded(store), "empty");
    ok(STORE_DOMAIN.length <= 15 && STORE_KEYS.every((k) => k.length <= 15));
  });

  it("returns the newest of several saves, alternating slots", () => {
    const prefs = new MemoryPreferences();
    const store = new CredentialStore(prefs);
    store.save(creds("one", "pass1"));
    store.save(creds("two", "pass2"));
    store.save(creds("three", "pass3"));
    equal(loaded(store), "three/pass3");
    equal(prefs.data.size, 2);
  });

  it("round-trips bssid and channel, and the longest SSID and passphrase", () => {
    const c = { ssid: new Uint8Array(32).fill(0x41), passphrase: new Uint8Array(64).fill(0x42), bssid: new Uint8Array([1, 2, 3, 4, 5, 6]), channel: 11 };
    const slot = decodeRecord(encodeRecord(7, c))!;
    equal(slot.sequence, 7);
    equal(slot.credentials.channel, 11);
    equal(slot.credentials.bssid.length, 6);
    equal(slot.credentials.passphrase.length, 64);
  });

  it("a write cut short at any byte leaves the old credentials or the new, never a mix", () => {
    const full = encodeRecord(2, creds("newnet", "newpass")).length;
    for (let keep = 0; keep <= full; keep++) {
      const prefs = new TornPreferences();
      const store = new CredentialStore(prefs);
      store.save(creds("oldnet", "oldpass"));
      prefs.keep = keep;
      store.save(creds("newnet", "newpass"));
      const got = loaded(store);
      ok(got === "oldnet/oldpass" || (keep === full && got === "newnet/newpass"), `cut at ${keep}: ${got}`);
    }
  });

  it("any flipped bit is detected", () => {
    const record = encodeRecord(1, creds("net", "password"));
    for (let bit = 0; bit < record.length * 8; bit++) {
      const copy = new Uint8Array(record);
      copy[bit >> 3] ^= 1 << (bit & 7);
      equal(decodeRecord(copy), undefined, `bit ${bit}`);
    }
  });

  it("reports corrupt when records exist but none is valid", () => {
    const prefs = new MemoryPreferences();
    prefs.set(STORE_DOMAIN, STORE_KEYS[0], new Uint8Array([1, 2, 3]).buffer);
    prefs.set(STORE_DOMAIN, STORE_KEYS[1], "not a record");
    equal(loaded(new CredentialStore(prefs)), "corrupt");
  });

  it("erase removes both slots", () => {
    const store = new CredentialStore(new MemoryPreferences());
    store.save(creds("a", "b"));
    store.save(creds("c", "d"));
    store.erase();
    equal(loaded(store), "empty");
  });
});
