// Decoding the device's replies: a malformed one becomes a ClientError naming the message, and a
// non-zero status a "refused" error in words.
import { ClientError } from "./errors.js";

interface Decodable<T> {
  decode(bytes: Uint8Array): T;
}

export function decodeReply<T>(type: Decodable<T>, bytes: Uint8Array, name: string): T {
  try {
    return type.decode(bytes);
  } catch (error) {
    throw new ClientError("protocol", `the device's reply is not a valid ${name} (${(error as Error).message})`);
  }
}

/** constants.proto's Status values. */
const STATUS_NAMES = ["Success", "InvalidSecScheme", "InvalidProto", "TooManySessions", "InvalidArgument", "InternalError", "CryptoError", "InvalidSession"];

export function statusName(status: number): string {
  return STATUS_NAMES[status] ?? `status ${status}`;
}

export function expectMessage(got: number | undefined, want: number, name: string): void {
  if ((got ?? 0) !== want) throw new ClientError("protocol", `expected a ${name} reply, got message type ${got ?? 0}`);
}
