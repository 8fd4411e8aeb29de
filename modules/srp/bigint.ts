// Big-endian byte strings ⇄ BigInt, without BigInt.fromArrayBuffer (XS only, absent on Node).
// Out through 32-bit words, not toString(16): XS prints a BigInt in any radix by repeated division,
// about 44 M x86 instructions for 3072 bits, where the words cost under 1 M.
import { toHex } from "../util/hex.js";

export function bytesToBigInt(bytes: Uint8Array): bigint {
  return bytes.length ? BigInt("0x" + toHex(bytes)) : 0n;
}

/** The 32-bit words of a non-negative value, least significant first (none for 0). */
export function bigIntWords(value: bigint): number[] {
  if (value < 0n) throw new RangeError("negative value");
  const words: number[] = [];
  for (let rest = value; rest > 0n; rest >>= 32n) words.push(Number(rest & 0xffffffffn));
  return words;
}

/** Minimal big-endian form (no leading zero bytes; 0 is one zero byte). */
export function bigIntToBytes(value: bigint): Uint8Array {
  const words = bigIntWords(value);
  if (!words.length) return new Uint8Array(1);
  const top = words[words.length - 1];
  const topBytes = top >>> 24 ? 4 : top >>> 16 ? 3 : top >>> 8 ? 2 : 1;
  const out = new Uint8Array((words.length - 1) * 4 + topBytes);
  let at = out.length;
  for (const word of words) {
    for (let k = 0; k < 4 && at > 0; k++) out[--at] = (word >>> (8 * k)) & 255;
  }
  return out;
}

/** Left-padded with zeros to `length` bytes (SRP's PAD()). */
export function padded(value: bigint | Uint8Array, length: number): Uint8Array {
  const bytes = typeof value === "bigint" ? bigIntToBytes(value) : value;
  if (bytes.length > length) throw new RangeError("value longer than its padded width");
  const out = new Uint8Array(length);
  out.set(bytes, length - bytes.length);
  return out;
}

/** The same big-endian number without its leading zero bytes (0 is one zero byte); a view, not a copy. */
export function minimalBytes(bytes: Uint8Array): Uint8Array {
  let start = 0;
  while (start < bytes.length - 1 && bytes[start] === 0) start++;
  return bytes.length ? bytes.subarray(start) : new Uint8Array(1);
}
