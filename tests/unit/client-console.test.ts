// The client's console transport: the reply is picked out of echo, prompts, log lines and split reads;
// a device that prints its prompt again without a reply has refused; silence and noise time out with
// what was (or was not) seen.
import { NoReplyError } from "../../client/errors.js";
import { ConsoleLineTransport, SETTLE_MS } from "../../client/line-transport.js";
import { ReplyPicker } from "../../client/reply-picker.js";
import { bytesEqual, deepEqual, equal, ok } from "../support/assert.js";
import { ManualTimers } from "../support/fakes.js";

const REQUEST = "prov-session 0 5203a20100";

function setup() {
  const timers = new ManualTimers();
  const written: string[] = [];
  const transport = new ConsoleLineTransport({ write: (text) => { written.push(text); }, timers });
  return { timers, written, transport };
}

async function failure(promise: Promise<unknown>): Promise<NoReplyError> {
  try {
    await promise;
  } catch (error) {
    ok(error instanceof NoReplyError, `expected a NoReplyError, got ${error}`);
    return error;
  }
  throw new Error("expected no reply");
}

describe("client console transport", () => {
  it("writes one line ending in CR, as ESP-IDF's console needs", async () => {
    const { written, transport } = setup();
    const reply = transport.request("prov-session", 0, new Uint8Array([0x52, 0x03, 0xa2, 0x01, 0x00]), 1000);
    deepEqual(written, [`${REQUEST}\r`]);
    transport.receive("52050801aa0100\r\n");
    bytesEqual(await reply, "52050801aa0100");
  });

  it("takes the line ending it is given", () => {
    const timers = new ManualTimers(), written: string[] = [];
    const transport = new ConsoleLineTransport({ write: (text) => { written.push(text); }, timers, eol: "\n" });
    void transport.request("proto-ver", 0, new Uint8Array([0x61]), 0);
    deepEqual(written, ["proto-ver 0 61\n"]);
  });

  it("skips the echo, prompts and coloured log lines, even split byte by byte", async () => {
    const { transport } = setup();
    const reply = transport.request("prov-session", 0, new Uint8Array([0x52, 0x03, 0xa2, 0x01, 0x00]), 1000);
    const output = `\n>> ${REQUEST}\r\n\x1b[0;32mI (512) protocomm: new session 0\x1b[0m\r\nW (513) x: 0a0b\r\n\r\n52050801aa0100\r\n\n>> `;
    for (const char of output) transport.receive(char);
    bytesEqual(await reply, "52050801aa0100");
  });

  it("reads a reply that follows the prompt on the same line (a console without echo)", async () => {
    const { transport, timers } = setup();
    const reply = transport.request("proto-ver", 0, new Uint8Array([0x61]), 1000);
    transport.receive(">> 08036a00\n");
    // A console that prints prompts: the reply is final at the next prompt, or after a quiet moment.
    timers.advance(SETTLE_MS);
    bytesEqual(await reply, "08036a00");
  });

  it("is not fooled by a log line of hex before the reply (an SSID printed raw by the device)", async () => {
    const { transport, timers } = setup();
    transport.receive(">> ");
    const reply = transport.request("prov-config", 0, new Uint8Array([0x08, 0x02]), 1000);
    // The forged SSID "ab\r\n0a0b0c0d\r\nx" as ESP-IDF's C example logs it, then the real reply and prompt.
    transport.receive(`prov-config 0 0802\r\nI (812) app: Received Wi-Fi credentials\r\n\tSSID     : ab\r\n0a0b0c0d\r\nx\r\n`);
    timers.advance(SETTLE_MS - 1);
    transport.receive("\tPassword : mypassword\r\n08036a00\r\n>> ");
    bytesEqual(await reply, "08036a00");
  });

  it("takes the newest candidate when the console goes quiet without a prompt", async () => {
    const { transport, timers } = setup();
    transport.receive(">> ");
    const reply = transport.request("prov-config", 0, new Uint8Array([0x08, 0x04]), 1000);
    transport.receive("prov-config 0 0804\r\n0a0b\r\n08057a00\r\n");
    let settled = false;
    void reply.then(() => { settled = true; });
    timers.advance(SETTLE_MS - 1);
    await Promise.resolve();
    equal(settled, false);
    timers.advance(1);
    bytesEqual(await reply, "08057a00");
  });

  it("ignores what arrived before the request", async () => {
    const { transport } = setup();
    transport.receive("0a0b\r\n");
    const reply = transport.request("proto-ver", 0, new Uint8Array([0x61]), 1000);
    transport.receive("0c0d\r\n");
    bytesEqual(await reply, "0c0d");
  });

  it("a prompt after the echo with no reply is a refusal, with the device's E lines", async () => {
    const { transport } = setup();
    const reply = transport.request("prov-session", 0, new Uint8Array([0x52, 0x03, 0xa2, 0x01, 0x00]), 1000);
    transport.receive(`${REQUEST}\r\n\x1b[0;31mE (900) protocomm_console: security 1: key mismatch (wrong proof of possession?)\x1b[0m\r\n>> `);
    const error = await failure(reply);
    equal(error.detail.reason, "refused");
    deepEqual(error.detail.deviceErrors, ["E (900) protocomm_console: security 1: key mismatch (wrong proof of possession?)"]);
    ok(error.detail.heardAnything);
  });

  it("a prompt before the echo is not a refusal", async () => {
    const { transport } = setup();
    const reply = transport.request("prov-session", 0, new Uint8Array([0x52, 0x03, 0xa2, 0x01, 0x00]), 1000);
    transport.receive("\n>> ");
    transport.receive(`${REQUEST}\r\n`);
    transport.receive("52050801aa0100\r\n>> ");
    bytesEqual(await reply, "52050801aa0100");
  });

  it("times out with nothing heard at all", async () => {
    const { transport, timers } = setup();
    const reply = transport.request("proto-ver", 0, new Uint8Array([0x61]), 2000);
    timers.advance(1999);
    timers.advance(1);
    const error = await failure(reply);
    equal(error.detail.reason, "timeout");
    equal(error.detail.heardAnything, false);
    equal(error.detail.timeoutMs, 2000);
  });

  it("times out with noise: unreadable bytes say 'garbled' (a wrong baud rate)", async () => {
    const { transport, timers } = setup();
    const reply = transport.request("proto-ver", 0, new Uint8Array([0x61]), 500);
    transport.receive(new Uint8Array([0xf0, 0x80, 0x00, 0xfe, 0x9c, 0x12, 0x41]));
    timers.advance(500);
    const error = await failure(reply);
    ok(error.detail.heardAnything);
    ok(error.detail.garbled);
  });

  it("timeout 0 waits as long as it takes", async () => {
    const { transport, timers } = setup();
    const reply = transport.request("proto-ver", 0, new Uint8Array([0x61]), 0);
    timers.advance(3600 * 1000);
    transport.receive("ab\n");
    bytesEqual(await reply, "ab");
  });

  it("close() fails the waiting request and every later one", async () => {
    const { transport } = setup();
    const reply = transport.request("proto-ver", 0, new Uint8Array([0x61]), 1000);
    transport.close();
    equal((await failure(reply)).detail.reason, "closed");
    equal((await failure(transport.request("proto-ver", 0, new Uint8Array([0x61]), 1000))).detail.reason, "closed");
  });

  it("the picker never takes an upper-case, odd-length or spaced line for a reply", () => {
    const picker = new ReplyPicker();
    picker.expect("proto-ver 0 6e6f6e65");
    for (const line of ["ABCD", "abc", "ab cd", "SUCCESS", "proto-ver 0 6e6f6e65", "0x12"]) equal(picker.push(line + "\r\n"), undefined, line);
    deepEqual(picker.push("abcd\r\n"), { kind: "reply", hex: "abcd" });
  });
});
