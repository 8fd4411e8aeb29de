// The CryptoProvider on a Moddable device: SHA-2, AES-CTR and AES-GCM from the SDK's native crypt
// module (C, far cheaper than JS on XS); X25519 from @noble/curves, as the SDK has no Curve25519.
import { BlockCipher, Digest, GCM, Mode } from "./native-crypt.js";
import { x25519 } from "@noble/curves/ed25519.js";
import type { CryptoProvider, CtrStream, GcmCipher } from "../../modules/crypto/provider.js";
import { ownBuffer } from "../../modules/util/bytes.js";

function digest(type: "SHA256" | "SHA512", parts: Uint8Array[]): Uint8Array {
  const d = new Digest(type);
  for (const part of parts) if (part.length) d.write(ownBuffer(part));
  return new Uint8Array(d.close());
}

class NativeCtr implements CtrStream {
  #key: ArrayBuffer;
  #mode: Mode | undefined;
  constructor(key: Uint8Array, counter: Uint8Array) {
    this.#key = ownBuffer(key);
    // Native CTR keeps the byte offset and increments all 128 counter bits, as security 1 needs.
    this.#mode = new Mode("CTR", new BlockCipher("AES", this.#key), ownBuffer(counter));
  }
  process(data: Uint8Array): Uint8Array {
    if (!this.#mode) throw new Error("stream disposed");
    return data.length ? new Uint8Array(this.#mode.encrypt(ownBuffer(data))) : new Uint8Array(0);
  }
  dispose(): void {
    new Uint8Array(this.#key).fill(0);
    this.#mode = undefined;
  }
}

class NativeGcm implements GcmCipher {
  #key: ArrayBuffer;
  constructor(key: Uint8Array) {
    this.#key = ownBuffer(key);
  }
  #gcm(): GCM {
    return new GCM(new BlockCipher("AES", this.#key), 16);
  }
  seal(nonce: Uint8Array, plaintext: Uint8Array): Uint8Array {
    return new Uint8Array(this.#gcm().process(ownBuffer(plaintext), undefined, ownBuffer(nonce), undefined, true) as ArrayBuffer);
  }
  open(nonce: Uint8Array, sealed: Uint8Array): Uint8Array | undefined {
    if (sealed.length < 16) return undefined;
    const plain = this.#gcm().process(new Uint8Array(sealed), undefined, ownBuffer(nonce), undefined, false);
    return plain === undefined ? undefined : new Uint8Array(plain);
  }
  dispose(): void {
    new Uint8Array(this.#key).fill(0);
  }
}

export const moddableCrypto: CryptoProvider = {
  sha256: (data) => digest("SHA256", [data]),
  sha512: (...parts) => digest("SHA512", parts),
  // The ladder from the base point: no fixed-base table in RAM (see modules/crypto/noble.ts).
  x25519PublicKey: (privateKey) => x25519.scalarMult(privateKey, x25519.GuBytes),
  x25519SharedSecret: (privateKey, peer) => x25519.getSharedSecret(privateKey, peer),
  aesCtr: (key, counter) => new NativeCtr(key, counter),
  aesGcm: (key) => new NativeGcm(key),
};
