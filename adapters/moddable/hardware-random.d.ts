/** Fills the buffer with cryptographically strong random bytes (see hardware-random.js). */
export default function fillRandom(buffer: ArrayBuffer | ArrayBufferView): void;
