// Improv frames: the encoder, the RPC data codecs, and the reader that finds frames among console bytes,
// against hostile input (bad checksum, wrong length, truncation, noise, frames split across reads).
import { FrameType, HEADER, RpcCommand, checksum, encodeFrame, type Frame } from "../../modules/improv/frame.js";
import { FrameReader } from "../../modules/improv/frame-reader.js";
import { decodeResult, decodeRpc, decodeWifiSettings, encodeResult, encodeRpc, encodeWifiSettings } from "../../modules/improv/rpc.js";
import { utf8Encode } from "../../modules/util/utf8.js";
import { deepEqual, equal, match, ok, throws } from "../support/assert.js";

const ascii = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));
const latin1 = (bytes: Uint8Array) => String.fromCharCode(...bytes);

function reader(gapMs?: number) {
  let now = 0;
  const seen = { text: "", frames: [] as Frame[], bad: [] as string[], order: [] as string[] };
  const r = new FrameReader({
    text: (bytes) => { seen.text += latin1(bytes); seen.order.push(`text:${latin1(bytes)}`); },
    frame: (frame) => { seen.frames.push(frame); seen.order.push(`frame:${frame.type}`); },
    bad: (reason) => { seen.bad.push(reason); seen.order.push("bad"); },
  }, { now: () => now, gapMs });
  return { r, seen, advance: (ms: number) => { now += ms; } };
}

const stateRequest = () => encodeFrame(FrameType.Rpc, encodeRpc(RpcCommand.CurrentState, new Uint8Array(0)));

describe("Improv frame encoding", () => {
  it("is IMPROV, version 1, type, length, data and the low byte of the sum", () => {
    const frame = encodeFrame(FrameType.Rpc, new Uint8Array([0x02, 0x00]));
    deepEqual(Array.from(frame.subarray(0, 6)), HEADER);
    deepEqual(Array.from(frame.subarray(6)), [1, 3, 2, 2, 0, checksum(frame, frame.length - 1)]);
    // 'I'+'M'+'P'+'R'+'O'+'V' = 0x1dd; + 1 + 3 + 2 + 2 + 0 = 0x1e5 → 0xe5
    equal(frame[frame.length - 1], 0xe5);
    throws(() => encodeFrame(FrameType.Rpc, new Uint8Array(256)), /at most 255/);
  });

  it("RPC results are strings with a length byte each; a 10-byte result gets an empty string more", () => {
    const data = encodeResult(RpcCommand.DeviceInfo, ["ab", "", "cd"]);
    deepEqual(Array.from(data), [3, 7, 2, 97, 98, 0, 2, 99, 100]);
    deepEqual(decodeResult(data), { command: 3, strings: ["ab", "", "cd"] });
    // 2 + (1 + 7): the length byte would be 10, "\n", which improv-wifi-serial-sdk's reader drops.
    const seven = encodeResult(RpcCommand.DeviceName, ["abcdefg"]);
    equal(seven.length, 11);
    deepEqual(decodeResult(seven), { command: 6, strings: ["abcdefg", ""] });
    ok(encodeFrame(FrameType.RpcResult, encodeResult(RpcCommand.ScanNetworks, [])).length === 12);
  });

  it("RPC commands and Wi-Fi settings decode only when every length adds up", () => {
    deepEqual(decodeRpc(new Uint8Array([1, 2, 9, 9])), { command: 1, data: new Uint8Array([9, 9]) });
    match((decodeRpc(new Uint8Array([1, 3, 9, 9])) as { error: string }).error, /length 3 in a frame carrying 2/);
    match((decodeRpc(new Uint8Array([1])) as { error: string }).error, /at least 2/);
    const settings = encodeWifiSettings(utf8Encode("MyWirelessAP"), utf8Encode("mysecurepassword"));
    // The spec's example: 0C {MyWirelessAP} 10 {mysecurepassword}
    equal(settings.length, 0x1e);
    deepEqual(decodeWifiSettings(settings), { ssid: utf8Encode("MyWirelessAP"), passphrase: utf8Encode("mysecurepassword") });
    for (const bad of [[], [5, 1, 2], [1, 65, 3, 1], [1, 65, 0, 0], [200]])
      ok("error" in decodeWifiSettings(new Uint8Array(bad)), `accepted ${bad}`);
    ok("error" in decodeResult(new Uint8Array([4, 3, 5, 1, 2])), "a string running past the end");
  });
});

describe("Improv frame reader", () => {
  it("takes a frame out of console text; the text around it comes through in order", () => {
    const { r, seen } = reader();
    const frame = stateRequest();
    r.push(`proto-ver 0 6e${latin1(frame)}\n6f6e65\r`);
    equal(seen.text, "proto-ver 0 6e6f6e65\r");
    equal(seen.frames.length, 1);
    deepEqual(Array.from(seen.frames[0].data), [2, 0]);
    deepEqual(seen.order, ["text:proto-ver 0 6e", "frame:3", "text:6f6e65\r"]);
  });

  it("a frame may carry CR, LF, '>' and any other byte; one CR/LF after it is swallowed", () => {
    const { r, seen } = reader();
    const data = Uint8Array.from({ length: 255 }, (_, i) => i);
    const frame = encodeFrame(FrameType.RpcResult, data);
    r.push(new Uint8Array([...frame, 13, 10, 13, 10, 62]));
    equal(seen.frames.length, 1);
    deepEqual(seen.frames[0].data, data);
    equal(seen.text, "\r\n>");
    equal(seen.bad.length, 0);
  });

  it("a frame split across reads, down to one byte per read, comes out once", () => {
    const { r, seen } = reader();
    const frame = encodeFrame(FrameType.Rpc, encodeRpc(RpcCommand.WifiSettings, encodeWifiSettings(ascii("net\n"), ascii(">\r"))));
    r.push("help");
    for (const byte of frame) r.push(new Uint8Array([byte]));
    r.push("\r");
    r.push("\n\r");
    equal(seen.frames.length, 1);
    deepEqual(seen.frames[0].data, frame.subarray(9, frame.length - 1));
    equal(seen.text, "help\r");
  });

  it("a bad checksum drops the frame with one reason; the next frame still comes through", () => {
    const { r, seen } = reader();
    const frame = stateRequest();
    frame[frame.length - 1] ^= 0xff;
    r.push(frame);
    r.push(stateRequest());
    equal(seen.frames.length, 1);
    equal(seen.bad.length, 1);
    match(seen.bad[0], /bad checksum/);
  });

  it("a wrong length: too long waits for bytes that never come and is dropped after the gap; too short fails its checksum", () => {
    const long = reader();
    const frame = stateRequest();
    frame[8] = 40;
    long.r.push(frame);
    equal(long.seen.frames.length + long.seen.bad.length, 0);
    long.advance(600);
    long.r.push("help\r");
    deepEqual(long.seen.bad.length, 1);
    match(long.seen.bad[0], /truncated/);
    equal(long.seen.text, "help\r", "the console gets the bytes after the silence");

    const short = reader();
    const shortFrame = encodeFrame(FrameType.Rpc, new Uint8Array([1, 4, 65, 66, 67, 68]));
    shortFrame[8] = 2;
    short.r.push(shortFrame);
    equal(short.seen.frames.length, 0);
    equal(short.seen.bad.length, 1);
  });

  it("a truncated frame is dropped when the link goes quiet; a frame sent in one go is not cut by the gap rule", () => {
    const { r, seen, advance } = reader();
    const frame = stateRequest();
    r.push(frame.subarray(0, 7));
    advance(600);
    r.push(stateRequest());
    equal(seen.bad.length, 1);
    equal(seen.frames.length, 1);
    r.push(frame.subarray(0, 5));
    advance(100);
    r.push(frame.subarray(5));
    equal(seen.frames.length, 2);
  });

  it("a header not followed by version 1 is text", () => {
    const { r, seen } = reader();
    const frame = stateRequest();
    frame[6] = 2;
    r.push(frame);
    equal(seen.bad.length + seen.frames.length, 0);
    equal(seen.text, latin1(frame));
  });

  it("text that only begins like a header is given back whole, in order, even split across reads", () => {
    const { r, seen, advance } = reader();
    r.push("IMPRO");
    equal(seen.text, "");
    r.push("Ved IIMPROMPTU");
    equal(seen.text, "IMPROVed IIMPROMPTU");
    r.push("IMP");
    advance(600);
    r.push("x");
    equal(seen.text, "IMPROVed IIMPROMPTUIMPx");
    r.push("IM");
    r.flush();
    equal(seen.text, "IMPROVed IIMPROMPTUIMPxIM");
  });

  it("10 KB of noise with frames hidden in it: every frame found, every noise byte given back, memory bounded", () => {
    const { r, seen } = reader();
    let state = 12345;
    const noise = (n: number) => Uint8Array.from({ length: n }, () => {
      state = (state * 1103515245 + 12345) & 0x7fffffff;
      return state >> 16 & 255;
    });
    const chunks: Uint8Array[] = [];
    let noiseBytes = "";
    for (let i = 0; i < 10; i++) {
      const n = noise(1024);
      // No "I" in the noise right before a frame, so a frame's header cannot start inside a noise header.
      for (let k = 0; k < n.length; k++) if (n[k] === 0x49) n[k] = 0x48;
      chunks.push(n, stateRequest());
      noiseBytes += latin1(n);
    }
    const all = new Uint8Array(chunks.reduce((s, c) => s + c.length, 0));
    let at = 0;
    for (const c of chunks) { all.set(c, at); at += c.length; }
    // Fed in reads of odd sizes, so frames straddle reads.
    for (let i = 0; i < all.length; i += 37) r.push(all.subarray(i, i + 37));
    equal(seen.frames.length, 10);
    equal(seen.bad.length, 0);
    // A CR or LF right after a frame is swallowed with it; noise begins each chunk, so none is.
    equal(seen.text, noiseBytes);

    const raw = reader();
    for (let i = 0; i < 10; i++) raw.r.push(noise(1024));
    raw.r.flush();
    equal(raw.seen.frames.length, 0);
  });

  it("noise full of headers: every frame is dropped or whole, never more than 265 bytes held", () => {
    const { r, seen } = reader();
    let state = 99;
    const pick = () => (state = (state * 1103515245 + 12345) & 0x7fffffff) >> 16;
    const bytes: number[] = [];
    while (bytes.length < 10240) {
      if (pick() % 4 === 0) bytes.push(...HEADER, 1, pick() & 7, pick() & 255);
      else bytes.push(pick() & 255);
    }
    r.push(new Uint8Array(bytes));
    r.flush();
    for (const frame of seen.frames) ok(frame.data.length <= 255);
    ok(seen.text.length + seen.frames.length + seen.bad.length > 0);
    ok(!r.inFrame);
  });
});
