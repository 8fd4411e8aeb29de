// Improv Wi-Fi serial v1 frames (improv-wifi.com, "serial"): "IMPROV" · version · type · length · data ·
// checksum, the checksum being the low byte of the sum of every byte before it. Constants and the encoder;
// the byte-level reader that finds frames among console text is frame-reader.ts.

export const HEADER = [0x49, 0x4d, 0x50, 0x52, 0x4f, 0x56]; // "IMPROV"
export const VERSION = 1;
/** header, version, type, length */
export const PREAMBLE_LENGTH = HEADER.length + 3;
export const MAX_DATA = 255;

export const FrameType = { CurrentState: 0x01, ErrorState: 0x02, Rpc: 0x03, RpcResult: 0x04 } as const;

export const ImprovState = { Stopped: 0x00, Ready: 0x02, Provisioning: 0x03, Provisioned: 0x04 } as const;
export type ImprovStateValue = typeof ImprovState[keyof typeof ImprovState];

export const ImprovError = {
  None: 0x00, InvalidRpc: 0x01, UnknownCommand: 0x02, UnableToConnect: 0x03, BadHostname: 0x05, Unknown: 0xff,
} as const;
export type ImprovErrorValue = typeof ImprovError[keyof typeof ImprovError];

export const RpcCommand = {
  WifiSettings: 0x01, CurrentState: 0x02, DeviceInfo: 0x03, ScanNetworks: 0x04, Hostname: 0x05, DeviceName: 0x06,
  NetworkState: 0x07,
} as const;

export interface Frame {
  type: number;
  data: Uint8Array;
}

export function checksum(bytes: Uint8Array, end = bytes.length): number {
  let sum = 0;
  for (let i = 0; i < end; i++) sum += bytes[i];
  return sum & 255;
}

/** One whole frame. A frame is at most 265 bytes: data beyond 255 bytes cannot be framed. */
export function encodeFrame(type: number, data: Uint8Array): Uint8Array {
  if (data.length > MAX_DATA) throw new RangeError(`Improv frame data of ${data.length} bytes (at most ${MAX_DATA})`);
  const frame = new Uint8Array(PREAMBLE_LENGTH + data.length + 1);
  frame.set(HEADER);
  frame[6] = VERSION;
  frame[7] = type;
  frame[8] = data.length;
  frame.set(data, PREAMBLE_LENGTH);
  frame[frame.length - 1] = checksum(frame, frame.length - 1);
  return frame;
}

export function stateName(state: number): string {
  switch (state) {
    case ImprovState.Stopped: return "stopped";
    case ImprovState.Ready: return "ready";
    case ImprovState.Provisioning: return "provisioning";
    case ImprovState.Provisioned: return "provisioned";
    default: return `state 0x${state.toString(16)}`;
  }
}

export function errorName(error: number): string {
  switch (error) {
    case ImprovError.None: return "no error";
    case ImprovError.InvalidRpc: return "invalid RPC packet";
    case ImprovError.UnknownCommand: return "unknown RPC command";
    case ImprovError.UnableToConnect: return "unable to connect";
    case ImprovError.BadHostname: return "bad hostname";
    default: return `unknown error (0x${error.toString(16)})`;
  }
}
