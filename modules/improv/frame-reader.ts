// Finds Improv frames in a byte stream that also carries console text, in either direction: on the
// device, frames among typed console lines; in a client, frames among log lines. Bytes that are not part
// of a frame come out as text, in order; a frame comes out whole, once its checksum matched.
//
// Hostile input cannot hurt it: memory is bounded (one frame, at most 265 bytes), a bad checksum or
// version drops the frame with one "bad" event, and a frame cut short is dropped when the next byte comes
// more than gapMs later (a frame is sent in one write, so its bytes arrive together). "IMPROV" may start
// anywhere; the bytes of a header that turns out not to be one (nor followed by version 1) are given back
// as text. One CR/LF right after a frame belongs to it (senders end frames with "\n") and is swallowed.
import { HEADER, MAX_DATA, PREAMBLE_LENGTH, VERSION, checksum, type Frame } from "./frame.js";

export interface FrameReaderEvents {
  /** Bytes that are not part of a frame (a view that may be reused once this returns). */
  text(bytes: Uint8Array): void;
  frame(frame: Frame): void;
  /** A frame began (header and version) but was dropped; the reason is fit for a log line. */
  bad(reason: string): void;
}

export interface FrameReaderOptions {
  /** Milliseconds, for the gap rule (default: no gap rule). */
  now?: () => number;
  /** A frame whose next byte comes later than this is dropped as truncated (default 500 ms). */
  gapMs?: number;
}

const TEXT = 0, HEADER_MATCH = 1, FRAME = 2, AFTER_FRAME = 3, AFTER_CR = 4;
const CR = 13, LF = 10;
const DEFAULT_GAP_MS = 500;

export class FrameReader {
  #events: FrameReaderEvents;
  #now: (() => number) | undefined;
  #gapMs: number;
  #state = TEXT;
  #buffer = new Uint8Array(PREAMBLE_LENGTH + MAX_DATA + 1);
  #length = 0;
  #lastByteAt = 0;
  #text: number[] = [];

  constructor(events: FrameReaderEvents, options: FrameReaderOptions = {}) {
    this.#events = events;
    this.#now = options.now;
    this.#gapMs = options.gapMs ?? DEFAULT_GAP_MS;
  }

  /** True while the bytes received so far could be the start of a frame. */
  get inFrame(): boolean {
    return this.#state === HEADER_MATCH || this.#state === FRAME;
  }

  /** Text comes out as views into `data` where it can: a text handler must use them before it returns. */
  push(data: Uint8Array | string): void {
    if (!data.length) return;
    const now = this.#now?.();
    if (now !== undefined) {
      if (this.inFrame && now - this.#lastByteAt > this.#gapMs) this.#abandon();
      this.#lastByteAt = now;
    }
    // Console text almost never holds an "I" (hex is lowercase): then none of it can begin a frame,
    // and it goes on as it came, without a step per byte.
    if (typeof data !== "string" && this.#state === TEXT && !this.#text.length && data.indexOf(HEADER[0]) < 0) {
      this.#events.text(data);
      return;
    }
    for (let i = 0; i < data.length; i++) this.#byte(typeof data === "string" ? data.charCodeAt(i) & 255 : data[i]);
    this.#flushText();
  }

  /** Gives back a held partial header as text, or drops a partial frame (e.g. when the link goes quiet). */
  flush(): void {
    if (this.inFrame) this.#abandon();
    this.#flushText();
  }

  #byte(byte: number): void {
    switch (this.#state) {
      case AFTER_CR:
        this.#state = TEXT;
        if (byte === LF) return;
        break;
      case AFTER_FRAME:
        this.#state = TEXT;
        if (byte === LF) return;
        if (byte === CR) {
          this.#state = AFTER_CR;
          return;
        }
        break;
      case HEADER_MATCH:
        if (byte === HEADER[this.#length]) {
          this.#buffer[this.#length++] = byte;
          if (this.#length === HEADER.length) this.#state = FRAME;
          return;
        }
        // Not a header after all: its bytes were text, and this byte may begin a header itself.
        this.#giveBack();
        break;
      case FRAME:
        this.#frameByte(byte);
        return;
    }
    if (byte === HEADER[0]) {
      this.#state = HEADER_MATCH;
      this.#buffer[0] = byte;
      this.#length = 1;
      return;
    }
    this.#text.push(byte);
  }

  #frameByte(byte: number): void {
    const at = this.#length;
    this.#buffer[this.#length++] = byte;
    if (at === HEADER.length && byte !== VERSION) {
      // Only version 1 exists: "IMPROVE" typed at a console is text, and so is anything else.
      this.#length--;
      this.#giveBack();
      this.#text.push(byte);
      return;
    }
    if (at < PREAMBLE_LENGTH) return;
    const dataLength = this.#buffer[PREAMBLE_LENGTH - 1];
    if (this.#length < PREAMBLE_LENGTH + dataLength + 1) return;
    const expected = checksum(this.#buffer, this.#length - 1);
    if (byte !== expected) {
      this.#drop(`Improv frame with a bad checksum (0x${byte.toString(16)}, expected 0x${expected.toString(16)})`);
      return;
    }
    const frame: Frame = { type: this.#buffer[HEADER.length + 1], data: this.#buffer.slice(PREAMBLE_LENGTH, PREAMBLE_LENGTH + dataLength) };
    this.#length = 0;
    this.#state = AFTER_FRAME;
    this.#flushText();
    this.#events.frame(frame);
  }

  #giveBack(): void {
    for (let i = 0; i < this.#length; i++) this.#text.push(this.#buffer[i]);
    this.#length = 0;
    this.#state = TEXT;
  }

  #drop(reason: string): void {
    this.#length = 0;
    this.#state = TEXT;
    this.#flushText();
    this.#events.bad(reason);
  }

  #abandon(): void {
    if (this.#state === HEADER_MATCH) return this.#giveBack();
    this.#drop(`truncated Improv frame dropped (${this.#length} bytes, then silence)`);
  }

  #flushText(): void {
    if (!this.#text.length) return;
    const text = new Uint8Array(this.#text);
    this.#text.length = 0;
    this.#events.text(text);
  }
}
