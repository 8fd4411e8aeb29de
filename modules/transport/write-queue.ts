// Output for a serial port with a small transmit FIFO and no software buffer (Moddable's ECMA-419
// serial on ESP32: 128 bytes, write() throws past that). Text is queued and written as the FIFO
// drains, so an 800-character security 2 reply never overflows it. Bounded: past maxQueued bytes the
// oldest output is dropped (and counted) rather than exhausting memory when nobody reads. The queue
// is a few fixed-size blocks, not an array per write, filled a run at a time.
import type { TextOutput } from "../ports.js";
import { nativeAsciiBytes } from "../util/ascii.js";

export interface ByteSink {
  /** Room in the transmit FIFO now. */
  writable(): number;
  /** Sends or copies the bytes before returning: the view is into the queue's own buffer, reused after. */
  write(bytes: Uint8Array): void;
}

/** Queued text lives in blocks of this size, filled in turn: a one-character echo allocates nothing. */
export const BLOCK_SIZE = 256;

export class WriteQueue implements TextOutput {
  #sink: ByteSink;
  /** The first block is read from #head; the last is written at #tail. One block stays for reuse. */
  #blocks: Uint8Array[] = [];
  #head = 0;
  #tail = 0;
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
    // Where the engine turns a string into bytes natively (XS), ASCII text is copied in as bytes.
    const ascii = nativeAsciiBytes(text);
    if (ascii) return this.writeBytes(ascii);
    const n = text.length;
    for (let i = 0; i < n; ) {
      const block = this.#blockWithRoom();
      let tail = this.#tail;
      const end = Math.min(BLOCK_SIZE, tail + n - i);
      this.#queued += end - tail;
      while (tail < end) {
        // Console text is ASCII (hex, log lines); anything else is replaced rather than mis-encoded.
        const c = text.charCodeAt(i++);
        block[tail++] = c < 128 ? c : 63;
      }
      this.#tail = tail;
    }
    this.#bound();
  }

  /** Raw bytes (Improv frames, echo, replies), queued in order with the text; copied in, as the caller may reuse them. */
  writeBytes(bytes: Uint8Array): void {
    const n = bytes.length;
    for (let i = 0; i < n; ) {
      const block = this.#blockWithRoom();
      const tail = this.#tail;
      const count = Math.min(BLOCK_SIZE - tail, n - i);
      block.set(count === n ? bytes : bytes.subarray(i, i + count), tail);
      this.#tail = tail + count;
      this.#queued += count;
      i += count;
    }
    this.#bound();
  }

  /** The last block, or a new one when it is full. */
  #blockWithRoom(): Uint8Array {
    let block = this.#blocks[this.#blocks.length - 1];
    if (!block || this.#tail === BLOCK_SIZE) {
      block = new Uint8Array(BLOCK_SIZE);
      this.#blocks.push(block);
      this.#tail = 0;
    }
    return block;
  }

  #bound(): void {
    while (this.#queued > this.#maxQueued && this.#blocks.length > 1) {
      const lost = BLOCK_SIZE - this.#head;
      this.#blocks.shift();
      this.#head = 0;
      this.#queued -= lost;
      this.dropped += lost;
    }
    this.flush();
  }

  /** Writes as much as the FIFO takes; call it again from the port's onWritable. */
  flush(): void {
    let room = this.#sink.writable();
    while (room > 0 && this.#queued > 0) {
      const block = this.#blocks[0];
      const end = this.#blocks.length === 1 ? this.#tail : BLOCK_SIZE;
      const n = Math.min(room, end - this.#head);
      this.#sink.write(block.subarray(this.#head, this.#head + n));
      this.#head += n;
      room -= n;
      this.#queued -= n;
      if (this.#head < end) continue;
      this.#head = 0;
      if (this.#blocks.length > 1) this.#blocks.shift();
      else this.#tail = 0; // empty: the block is written from its start again
    }
  }
}
