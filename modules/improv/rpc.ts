// The data of Improv RPC frames: a command (command · length · data) and a result (command · length ·
// strings, each a length byte then its UTF-8 bytes).
import { utf8Decode, utf8Encode } from "../util/utf8.js";
import { MAX_DATA } from "./frame.js";

export interface RpcCommandData {
  command: number;
  data: Uint8Array;
}

/** The command in an RPC frame's data, or a reason it is malformed. */
export function decodeRpc(frameData: Uint8Array): RpcCommandData | { error: string } {
  if (frameData.length < 2) return { error: `RPC of ${frameData.length} bytes (at least 2)` };
  const length = frameData[1];
  if (length !== frameData.length - 2) return { error: `RPC data length ${length} in a frame carrying ${frameData.length - 2}` };
  return { command: frameData[0], data: frameData.slice(2) };
}

export function encodeRpc(command: number, data: Uint8Array): Uint8Array {
  if (data.length > MAX_DATA - 2) throw new RangeError(`RPC data of ${data.length} bytes (at most ${MAX_DATA - 2})`);
  const out = new Uint8Array(data.length + 2);
  out[0] = command;
  out[1] = data.length;
  out.set(data, 2);
  return out;
}

/**
 * The data of an RPC result frame. improv-wifi-serial-sdk (2.8.1, the reader ESP Web Tools uses) drops a
 * frame whose length byte is 10, the code of "\n", because it reads the header as a line: a result that
 * would come out 10 bytes long gets one empty string more, which every client ignores.
 */
export function encodeResult(command: number, strings: string[]): Uint8Array {
  const encoded = strings.map((s) => utf8Encode(s));
  let total = 0;
  for (const s of encoded) {
    if (s.length > 255) throw new RangeError("an RPC result string longer than 255 bytes");
    total += s.length + 1;
  }
  if (total + 2 === 10) {
    encoded.push(new Uint8Array(0));
    total += 1;
  }
  if (total + 2 > MAX_DATA) throw new RangeError(`an RPC result of ${total + 2} bytes (at most ${MAX_DATA})`);
  const out = new Uint8Array(total + 2);
  out[0] = command;
  out[1] = total;
  let at = 2;
  for (const s of encoded) {
    out[at++] = s.length;
    out.set(s, at);
    at += s.length;
  }
  return out;
}

/** The strings of an RPC result, or a reason it is malformed. */
export function decodeResult(frameData: Uint8Array): { command: number; strings: string[] } | { error: string } {
  if (frameData.length < 2) return { error: `RPC result of ${frameData.length} bytes (at least 2)` };
  const total = frameData[1];
  if (total !== frameData.length - 2) return { error: `RPC result length ${total} in a frame carrying ${frameData.length - 2}` };
  const strings: string[] = [];
  for (let at = 2; at < frameData.length;) {
    const length = frameData[at++];
    if (at + length > frameData.length) return { error: "an RPC result string runs past the end of the frame" };
    strings.push(utf8Decode(frameData.subarray(at, at + length)));
    at += length;
  }
  return { command: frameData[0], strings };
}

export interface WifiSettings {
  ssid: Uint8Array;
  passphrase: Uint8Array;
}

/** "Send Wi-Fi settings": ssid length · ssid · password length · password, and nothing after. */
export function decodeWifiSettings(data: Uint8Array): WifiSettings | { error: string } {
  const ssidLength = data[0];
  if (ssidLength === undefined || 1 + ssidLength >= data.length) return { error: "Wi-Fi settings without room for the SSID and the password length" };
  const passLength = data[1 + ssidLength];
  const end = 2 + ssidLength + passLength;
  if (end !== data.length) return { error: `Wi-Fi settings of ${data.length} bytes, but the lengths inside add up to ${end}` };
  return { ssid: data.slice(1, 1 + ssidLength), passphrase: data.slice(2 + ssidLength, end) };
}

export function encodeWifiSettings(ssid: Uint8Array, passphrase: Uint8Array): Uint8Array {
  if (ssid.length > 255 || passphrase.length > 255) throw new RangeError("SSID or passphrase longer than 255 bytes");
  const out = new Uint8Array(2 + ssid.length + passphrase.length);
  out[0] = ssid.length;
  out.set(ssid, 1);
  out[1 + ssid.length] = passphrase.length;
  out.set(passphrase, 2 + ssid.length);
  return out;
}
