// A Web Serial port as the page uses it: opened once, one read loop whose bytes go to every listener
// (the console panel, the esp_prov line transport, the Improv client), and one writer that sends
// requests in order. Ports that cannot be opened are reported in words a person can act on.

export type ByteListener = (chunk: Uint8Array) => void;

/** Why a port could not be opened. `busy` says another program (or tab) has it. */
export class SerialOpenError extends Error {
  constructor(message: string, readonly busy: boolean) {
    super(message);
  }
  override get name(): string {
    return "SerialOpenError";
  }
}

/** Chrome's error names for port.open(), turned into advice. */
export function explainOpenError(error: unknown): SerialOpenError {
  const name = (error as { name?: string })?.name ?? "";
  const text = (error as { message?: string })?.message ?? String(error);
  if (name === "NetworkError" || name === "InvalidStateError")
    return new SerialOpenError("The port is busy: another program has it open (a serial monitor, idf.py monitor, " +
      "esp_prov, or this page in another tab). Close it, then connect again.", true);
  if (name === "SecurityError")
    return new SerialOpenError(`The browser did not allow the port to be opened (${text}).`, false);
  return new SerialOpenError(`The port could not be opened: ${text}`, false);
}

/** Non-fatal read errors: the port stays open and hands out a new readable stream. */
const RECOVERABLE = new Set(["BreakError", "FramingError", "ParityError", "BufferOverrunError"]);

export class SerialLink {
  #port: SerialPort;
  #listeners = new Set<ByteListener>();
  #closeListeners = new Set<(reason: string) => void>();
  #reader: ReadableStreamDefaultReader<Uint8Array> | undefined;
  #writer: WritableStreamDefaultWriter<Uint8Array>;
  #readLoop: Promise<void>;
  #closing = false;
  #closed = false;

  private constructor(port: SerialPort, first: ByteListener | undefined) {
    this.#port = port;
    if (first) this.#listeners.add(first);
    this.#writer = port.writable!.getWriter();
    this.#readLoop = this.#read();
  }

  /**
   * Opens the port at baudRate; throws a SerialOpenError saying why it cannot. `first` hears every byte
   * from the start: reading begins here, before the caller's await returns, so a listener added after
   * open() can miss the device's first chunk (its boot lines, say).
   */
  static async open(port: SerialPort, baudRate: number, first?: ByteListener): Promise<SerialLink> {
    try {
      await port.open({ baudRate });
    } catch (error) {
      throw explainOpenError(error);
    }
    if (!port.readable || !port.writable) throw new SerialOpenError("The port opened, but cannot be read or written.", false);
    return new SerialLink(port, first);
  }

  get port(): SerialPort {
    return this.#port;
  }

  get closed(): boolean {
    return this.#closed;
  }

  /** Every chunk the device sends, from now on; returns the way to stop listening. */
  listen(listener: ByteListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Called once when the port stops (unplugged, closed), with the reason in words. */
  onClose(listener: (reason: string) => void): void {
    this.#closeListeners.add(listener);
  }

  async write(bytes: Uint8Array): Promise<void> {
    if (this.#closed) throw new Error("the port is closed");
    await this.#writer.write(bytes);
  }

  /**
   * A port-shaped view for a client that wants streams of its own (the Improv SDK): it reads what the
   * device sends from now on, and its writes go out through this link. Cancelling its reader only
   * stops the view, never the port.
   */
  view(): { readable: ReadableStream<Uint8Array>; writable: WritableStream<Uint8Array> } {
    let stop: (() => void) | undefined;
    const readable = new ReadableStream<Uint8Array>({
      start: (controller) => {
        stop = this.listen((chunk) => controller.enqueue(chunk.slice()));
        this.onClose(() => {
          try { controller.close(); } catch { /* already cancelled */ }
        });
      },
      cancel: () => stop?.(),
    });
    // Each write is queued on the port's writer and the view's lock is let go at once: the Improv SDK takes
    // a writer per packet, and a device that answers before the port reports the write done would
    // otherwise find the view still locked for the next packet (the SDK then drops that packet).
    const writable = new WritableStream<Uint8Array>({ write: (chunk) => { this.write(chunk).catch(() => {}); } });
    return { readable, writable };
  }

  async #read(): Promise<void> {
    let reason = "The port was closed.";
    while (this.#port.readable && !this.#closing) {
      const reader = this.#port.readable.getReader();
      this.#reader = reader;
      try {
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          if (value?.length) for (const listener of [...this.#listeners]) listener(value);
        }
      } catch (error) {
        const name = (error as { name?: string })?.name ?? "";
        if (RECOVERABLE.has(name)) continue;
        reason = name === "NetworkError" ? "The device was disconnected (unplugged, or it reset its USB port)."
          : `Reading from the port failed: ${(error as Error)?.message ?? error}`;
        break;
      } finally {
        reader.releaseLock();
        this.#reader = undefined;
      }
      if (this.#closing) break;
    }
    this.#finish(this.#closing ? "The port was closed." : reason);
  }

  #finish(reason: string): void {
    if (this.#closed) return;
    this.#closed = true;
    for (const listener of [...this.#closeListeners]) listener(reason);
  }

  /** Stops reading, lets the last write out, and closes the port. */
  async close(): Promise<void> {
    if (this.#closing) return this.#readLoop;
    this.#closing = true;
    await this.#reader?.cancel().catch(() => {});
    await this.#readLoop;
    try {
      await this.#writer.close();
    } catch {
      // The device is gone: nothing left to flush.
    }
    this.#writer.releaseLock();
    await this.#port.close().catch(() => {});
  }
}
