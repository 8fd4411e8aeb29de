// The lin preferences adapter's logic over a fake file: what a restart of the lin simulator must find, and
// what Moddable's own lin `preference` got wrong in a preloaded app (it read its file at build time).
import { JsonFilePreferences, type TextFile } from "../../adapters/moddable/lin/json-file-preferences.js";
import { CredentialStore } from "../../modules/provisioning/credential-store.js";
import { utf8Decode, utf8Encode } from "../../modules/util/utf8.js";
import { bytesEqual, deepEqual, equal, ok, throws } from "../support/assert.js";

/** One file's text, as the disk keeps it across boots; counts reads and can fail the next write. */
class FakeFile implements TextFile {
  text: string | undefined;
  reads = 0;
  failNextWrite = false;
  constructor(text?: string) {
    this.text = text;
  }
  read(): string | undefined {
    this.reads++;
    return this.text;
  }
  write(text: string): void {
    if (this.failNextWrite) {
      this.failNextWrite = false;
      throw new Error("disk full");
    }
    this.text = text;
  }
}

describe("lin preferences (JsonFilePreferences over a file)", () => {
  it("reads nothing until the first call: a preloaded module makes it at build time and the file is read at run time", () => {
    const file = new FakeFile(JSON.stringify({ d: { k: { type: "string", value: "stored" } } }));
    const preferences = new JsonFilePreferences(file);
    equal(file.reads, 0);
    equal(preferences.get("d", "k"), "stored");
    equal(preferences.get("d", "other"), undefined);
    equal(file.reads, 1, "read once, then kept");
  });

  it("a restart finds every kind of value set before it", () => {
    const file = new FakeFile();
    const before = new JsonFilePreferences(file);
    equal(before.get("d", "k"), undefined, "no file: erased flash");
    before.set("d", "s", "text");
    before.set("d", "n", 42);
    before.set("d", "b", false);
    before.set("e", "buf", new Uint8Array([0, 1, 254, 255]).buffer);
    ok(file.text && file.text.length > 0, "the file holds what was set");

    const after = new JsonFilePreferences(file);
    equal(after.get("d", "s"), "text");
    equal(after.get("d", "n"), 42);
    equal(after.get("d", "b"), false);
    const buffer = after.get("e", "buf");
    ok(buffer instanceof ArrayBuffer);
    bytesEqual(new Uint8Array(buffer), "0001feff");
  });

  it("the credential store's network survives the restart: the next boot joins it", () => {
    const file = new FakeFile();
    new CredentialStore(new JsonFilePreferences(file)).save({ ssid: utf8Encode("myssid"), passphrase: utf8Encode("mypassword"), bssid: new Uint8Array(), channel: 6 });
    const stored = new CredentialStore(new JsonFilePreferences(file)).load();
    ok(stored.status === "ok");
    deepEqual([utf8Decode(stored.credentials.ssid), utf8Decode(stored.credentials.passphrase), stored.credentials.channel], ["myssid", "mypassword", 6]);
  });

  it("delete removes the entry (and an emptied domain) from the file; deleting what is not there writes nothing", () => {
    const file = new FakeFile();
    const preferences = new JsonFilePreferences(file);
    preferences.set("d", "k", "v");
    preferences.delete("d", "k");
    deepEqual(JSON.parse(file.text!), {});
    file.text = "untouched";
    preferences.delete("d", "k");
    equal(file.text, "untouched");
    equal(new JsonFilePreferences(new FakeFile("{}")).get("d", "k"), undefined);
  });

  it("a file that is not JSON of domains is unreadable flash: get() says so, and a set() starts the file afresh", () => {
    for (const text of ["", "{\"d\":", "null", "[]", "{\"d\": 3}"]) {
      const file = new FakeFile(text);
      const preferences = new JsonFilePreferences(file);
      throws(() => preferences.get("d", "k"), /preferences file unreadable/, `file ${JSON.stringify(text)}`);
      preferences.set("d", "k", "v");
      equal(new JsonFilePreferences(file).get("d", "k"), "v");
    }
  });

  it("an entry set() did not write (wrong shape, bad hex) throws on get(), never reads as missing", () => {
    const file = new FakeFile(JSON.stringify({ d: { a: "bare", b: { type: "buffer", value: "abc" }, c: { type: "number", value: "1" }, ok: { type: "boolean", value: true } } }));
    const preferences = new JsonFilePreferences(file);
    for (const key of ["a", "b", "c"]) throws(() => preferences.get("d", key), /unreadable entry/, key);
    equal(preferences.get("d", "ok"), true);
  });

  it("a failed write throws, and what is read next is the file as it stayed", () => {
    const file = new FakeFile();
    const preferences = new JsonFilePreferences(file);
    preferences.set("d", "k", "old");
    file.failNextWrite = true;
    throws(() => preferences.set("d", "k", "new"), /disk full/);
    equal(preferences.get("d", "k"), "old");
  });

  it("holds domain and key to NVS's 15 characters, as a board would", () => {
    const preferences = new JsonFilePreferences(new FakeFile());
    throws(() => preferences.set("d".repeat(16), "k", 1), /15 characters/);
    throws(() => preferences.set("d", "k".repeat(16), 1), /15 characters/);
  });
});
