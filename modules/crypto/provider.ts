// The primitives the security schemes use, behind one interface so each runtime brings its fastest
// correct implementation: @noble/* in portable code (Node, XS tests), Moddable's native crypt on a device.

export interface CtrStream {
  /** Encrypts or decrypts (the same in CTR), continuing the keystream where the previous call stopped. */
  process(data: Uint8Array): Uint8Array;
  /** Zeroes the key; the stream is unusable afterwards. */
  dispose(): void;
}

export interface GcmCipher {
  /** Returns ciphertext followed by the 16-byte tag. */
  seal(nonce: Uint8Array, plaintext: Uint8Array): Uint8Array;
  /** Returns undefined when the tag does not verify. */
  open(nonce: Uint8Array, sealed: Uint8Array): Uint8Array | undefined;
  /** Zeroes the key; the cipher is unusable afterwards. */
  dispose(): void;
}

export interface CryptoProvider {
  sha256(data: Uint8Array): Uint8Array;
  sha512(...parts: Uint8Array[]): Uint8Array;
  x25519PublicKey(privateKey: Uint8Array): Uint8Array;
  /** Throws for a low-order peer key (an all-zero shared secret). */
  x25519SharedSecret(privateKey: Uint8Array, peerPublicKey: Uint8Array): Uint8Array;
  /** AES-256-CTR with a 128-bit big-endian counter block that carries across all 16 bytes. */
  aesCtr(key: Uint8Array, initialCounter: Uint8Array): CtrStream;
  aesGcm(key: Uint8Array): GcmCipher;
}
