// Output for a serial port with a small transmit FIFO and no software buffer (Moddable's ECMA-419
// serial on ESP32: 128 bytes, write() throws past that). Text is queued and written as the FIFO
// drains, so an 800-character security 2 reply never overflows it. Bounded: past maxQueued bytes the
// oldest output is dropped (and counted) rather than exhausting memory when nobody reads.
import type { TextOutput } from "../platform/ports.js";

export interface ByteSink {
  /** Room in the transmit FIFO now. */
  writable(): number;
  write(bytes: Uint8Array): void;
}

export class WriteQueue implements TextOutput {
  #sink: ByteSink;
  #chunks: Uint8Array[] = [];
  #queued = 0;
  #maxQueued: number;
  dropped = 0;

  constructor(sink: ByteSink, maxQueued = 16384) {
    this.#sink = sink;
    this.#maxQueued = maxQueued;
  }

  get queued(): number {
    return this.#queued;
  }

  write(text: string): void {
    // Console text is ASCII (hex, log lines); anything else is replaced rather than mis-encoded.
    const bytes = new Uint8Array(text.length);
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      bytes[i] = c < 128 ? c : 63;
    }
    this.#enqueue(bytes);
  }

  /** Raw bytes (Improv frames), queued in order with the text; copied, as the caller may reuse them. */
  writeBytes(bytes: Uint8Array): void {
    this.#enqueue(bytes.slice());
  }

  #enqueue(bytes: Uint8Array): void {
    this.#chunks.push(bytes);
    this.#queued += bytes.length;
    while (this.#queued > this.#maxQueued && this.#chunks.length > 1) {
      const old = this.#chunks.shift() as Uint8Array;
      this.#queued -= old.length;
      this.dropped += old.length;
    }
    this.flush();
  }

  /** Writes as much as the FIFO takes; call it again from the port's onWritable. */
  flush(): void {
    let room = this.#sink.writable();
    while (room > 0 && this.#chunks.length) {
      const chunk = this.#chunks[0];
      const n = Math.min(room, chunk.length);
      this.#sink.write(chunk.subarray(0, n));
      room -= n;
      this.#queued -= n;
      if (n === chunk.length) this.#chunks.shift();
      else this.#chunks[0] = chunk.subarray(n);
    }
  }
}
