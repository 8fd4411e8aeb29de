// Improv frames as a test client sends and reads them on a TestDevice's console.
import { FrameType, RpcCommand, encodeFrame, type Frame } from "../../modules/improv/frame.js";
import { FrameReader } from "../../modules/improv/frame-reader.js";
import { decodeResult, encodeRpc, encodeWifiSettings } from "../../modules/improv/rpc.js";
import { utf8Encode } from "../../modules/util/utf8.js";
import { ok } from "./assert.js";
import type { TestDevice } from "./device.js";

export type Event = { state: number } | { error: number } | { result: number; strings: string[] };

export const bytesOf = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0) & 255);
export const rpc = (command: number, data: Uint8Array = new Uint8Array(0)) => encodeFrame(FrameType.Rpc, encodeRpc(command, data));
export const wifi = (ssid: string, passphrase: string) => rpc(RpcCommand.WifiSettings, encodeWifiSettings(utf8Encode(ssid), utf8Encode(passphrase)));

/** What the device printed: its Improv frames as events, and the rest as text. */
export function parse(printed: string): { events: Event[]; text: string } {
  const events: Event[] = [];
  let text = "";
  const reader = new FrameReader({
    text: (bytes) => { text += String.fromCharCode(...bytes); },
    frame: (frame: Frame) => {
      if (frame.type === FrameType.CurrentState) events.push({ state: frame.data[0] });
      else if (frame.type === FrameType.ErrorState) events.push({ error: frame.data[0] });
      else {
        const result = decodeResult(frame.data);
        ok(!("error" in result), "a well-formed result");
        events.push({ result: result.command, strings: result.strings });
      }
    },
    bad: (reason) => { throw new Error(`the device sent a bad frame: ${reason}`); },
  });
  reader.push(bytesOf(printed));
  reader.flush();
  return { events, text };
}

/** Sends one frame (as the SDK does, with "\n" after it), lets simulated time pass, returns the answer. */
export async function send(device: TestDevice, frame: Uint8Array, ms = 0): Promise<{ events: Event[]; text: string }> {
  device.output.take();
  device.core.receive(new Uint8Array([...frame, 10]));
  for (let step = 0; step <= ms; step += 50) {
    for (let i = 0; i < 20; i++) await Promise.resolve();
    if (step < ms) device.timers.advance(50);
  }
  return parse(device.output.take());
}

