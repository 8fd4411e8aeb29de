// Byte helpers shared by every layer. Plain ECMAScript: no Buffer, no TextEncoder (absent on a device build).

export function concatBytes(...parts: Uint8Array[]): Uint8Array {
  let length = 0;
  for (const part of parts) length += part.length;
  const out = new Uint8Array(length);
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

/** Compares in time that depends only on the lengths, never on where the first difference is. */
export function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
  // The length in a local: on XS a typed array's length is a getter call each time it is read.
  const n = a.length;
  if (n !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < n; i++) diff |= a[i] ^ b[i];
  return diff === 0;
}

export function xorBytes(a: Uint8Array, b: Uint8Array): Uint8Array {
  const n = a.length;
  if (n !== b.length) throw new RangeError("xor of unequal lengths");
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) out[i] = a[i] ^ b[i];
  return out;
}

/** Overwrites a secret in place so it does not linger in memory after use. */
export function wipe(...secrets: (Uint8Array | undefined)[]): void {
  for (const secret of secrets) secret?.fill(0);
}

/** A plain Uint8Array copy: protobufjs may hand back a Node Buffer or a view into its input. */
export function toBytes(view: Uint8Array): Uint8Array {
  return new Uint8Array(view);
}

/** An ArrayBuffer of the view's bytes alone (Moddable's native APIs take ArrayBuffers, not views). */
export function ownBuffer(view: Uint8Array): ArrayBuffer {
  return view.slice().buffer as ArrayBuffer;
}
