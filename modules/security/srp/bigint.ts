// Big-endian byte strings ⇄ BigInt, without BigInt.fromArrayBuffer (XS only, absent on Node).
import { fromHex, toHex } from "../../util/hex.js";

export function bytesToBigInt(bytes: Uint8Array): bigint {
  return bytes.length ? BigInt("0x" + toHex(bytes)) : 0n;
}

/** Minimal big-endian form (no leading zero bytes; 0 is one zero byte). */
export function bigIntToBytes(value: bigint): Uint8Array {
  let hex = value.toString(16);
  if (hex.length % 2) hex = "0" + hex;
  return fromHex(hex)!;
}

/** Left-padded with zeros to `length` bytes (SRP's PAD()). */
export function padded(value: bigint | Uint8Array, length: number): Uint8Array {
  const bytes = typeof value === "bigint" ? bigIntToBytes(value) : value;
  if (bytes.length > length) throw new RangeError("value longer than its padded width");
  const out = new Uint8Array(length);
  out.set(bytes, length - bytes.length);
  return out;
}
