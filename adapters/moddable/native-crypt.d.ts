// What the adapters use of the SDK's crypt and gcm modules (Moddable SDK 8.2.3).
export class Digest {
  constructor(type: "SHA1" | "SHA256" | "SHA384" | "SHA512");
  write(data: ArrayBuffer): void;
  close(): ArrayBuffer;
}
export class BlockCipher {
  constructor(cipher: "AES", key: ArrayBuffer);
}
export class Mode {
  /** CTR keeps its byte offset across calls and increments the whole 128-bit counter block. */
  constructor(mode: "CTR", cipher: BlockCipher, iv: ArrayBuffer);
  encrypt(data: ArrayBuffer): ArrayBuffer;
}
export class GCM {
  constructor(cipher: BlockCipher, tagLength?: number);
  /** Encrypt: ciphertext || tag. Decrypt: plaintext, or undefined when the tag does not verify. */
  process(data: ArrayBuffer | Uint8Array, buffer: undefined, iv: ArrayBuffer, aad: undefined, encrypt: boolean): ArrayBuffer | undefined;
}
