// The serial write queue never writes more than the FIFO has room for, and loses nothing it can keep.
import { WriteQueue, type ByteSink } from "../../modules/transport/write-queue.js";
import { equal, ok } from "../support/assert.js";

class Fifo implements ByteSink {
  room = 128;
  sent = "";
  writable(): number { return this.room; }
  write(bytes: Uint8Array): void {
    if (bytes.length > this.room) throw new Error("output full");
    this.room -= bytes.length;
    this.sent += String.fromCharCode(...bytes);
  }
  /** The UART sends n bytes; the port then reports room (onWritable). */
  drain(n: number, queue: WriteQueue): void {
    this.room = Math.min(128, this.room + n);
    queue.flush();
  }
}

describe("serial write queue", () => {
  it("carries a security 2 sized reply through a 128-byte FIFO in order", () => {
    const fifo = new Fifo();
    const queue = new WriteQueue(fifo);
    const reply = "ab".repeat(400) + "\r\n";
    queue.write(reply);
    queue.write(">> ");
    equal(fifo.sent.length, 128);
    while (queue.queued) fifo.drain(37, queue);
    equal(fifo.sent, reply + ">> ");
  });

  it("drops the oldest output past its bound instead of growing without end", () => {
    const fifo = new Fifo();
    fifo.room = 0;
    const queue = new WriteQueue(fifo, 1000);
    for (let i = 0; i < 100; i++) queue.write("x".repeat(100));
    ok(queue.queued <= 1000, `queued ${queue.queued}`);
    equal(queue.dropped, 100 * 100 - queue.queued);
  });

  it("one character at a time (the console's echo) and long replies, across block boundaries, in order", () => {
    const fifo = new Fifo();
    fifo.room = 0;
    const queue = new WriteQueue(fifo);
    let sent = "";
    let seed = 7;
    const next = (n: number) => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 16) % n;
    for (let i = 0; i < 2000; i++) {
      const text = next(10) === 0 ? "cd".repeat(next(400)) + "\r\n" : String.fromCharCode(33 + next(90));
      queue.write(text);
      sent += text;
      fifo.drain(next(128), queue);
    }
    while (queue.queued) fifo.drain(128, queue);
    equal(queue.dropped, 0);
    equal(fifo.sent, sent);
  });

  it("replaces non-ASCII characters rather than writing garbage", () => {
    const fifo = new Fifo();
    new WriteQueue(fifo).write("é>");
    equal(fifo.sent, "?>");
  });
});
