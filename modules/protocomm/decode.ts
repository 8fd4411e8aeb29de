// protobufjs throws on truncated or hostile input; turn that into a refusal the console can log.
import { ProtocommError } from "./errors.js";

interface Decodable<T> {
  decode(bytes: Uint8Array): T;
}

export function decodeMessage<T>(type: Decodable<T>, bytes: Uint8Array, name: string): T {
  try {
    return type.decode(bytes);
  } catch (error) {
    throw new ProtocommError(`malformed ${name}: ${(error as Error).message}`);
  }
}
