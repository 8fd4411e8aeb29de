// The provisioning console on a UART through ECMA-419 serial. Received bytes go to the application as
// they arrive; output goes through a write queue paced by onWritable, because the ESP32's transmit
// FIFO holds 128 bytes and write() throws past that.
import Serial from "embedded:io/serial";
import type { TextOutput } from "../../modules/ports.js";
import { WriteQueue } from "../../modules/transport/write-queue.js";
import type { ConsolePortConfig } from "../../modules/config/console-port.js";
import quietUart from "./console-uart.js";

const FIFO_SIZE = 128;

interface SerialPort {
  read(): ArrayBuffer | undefined;
  write(data: ArrayBuffer): void;
  close(): void;
}
interface SerialOptions {
  baud: number;
  format: "buffer";
  port?: number;
  transmit?: number;
  receive?: number;
  device?: string;
  onReadable(count: number): void;
  onWritable(count: number): void;
}
// The SDK's typings do not know the lin simulator's `device` option: use the shape we rely on.
const SerialPortClass = Serial as unknown as new (options: SerialOptions) => SerialPort;

export class SerialConsole implements TextOutput {
  #serial: SerialPort;
  #queue: WriteQueue;
  #room = FIFO_SIZE;
  #holding = false;
  /** close() was asked: the port closes once what is queued has gone out. */
  #closing = false;

  constructor(config: ConsolePortConfig, onData: (bytes: Uint8Array) => void) {
    const options: SerialOptions = {
      baud: config.baud,
      format: "buffer",
      onReadable: () => {
        // Read everything now: a long handshake line must not overflow the receive FIFO. What it prints
        // (the echo, log lines, a reply that is ready at once, the prompt) is held and written after, in
        // as few writes as the FIFO allows: each write is a call into the port, and on lin an event-loop turn.
        this.#holding = true;
        try {
          for (let chunk = this.#serial.read(); chunk; chunk = this.#serial.read()) onData(new Uint8Array(chunk));
        } finally {
          this.#holding = false;
          this.#queue.flush();
        }
      },
      onWritable: (count) => {
        this.#room = count;
        this.#queue.flush();
        this.#closeWhenDrained();
      },
    };
    if (config.device) {
      options.device = config.device;
    } else {
      options.port = config.port;
      options.transmit = config.transmit;
      options.receive = config.receive;
      // Before Moddable's ISR is installed: nothing the ROM left enabled may fire into it (console-uart.js)
      quietUart(config.port);
    }
    this.#queue = new WriteQueue({
      writable: () => (this.#holding ? 0 : this.#room),
      write: (bytes) => {
        // The lin simulator's write() takes only an ArrayBuffer: one copy of the bytes, no view around it.
        this.#serial.write((bytes.buffer as ArrayBuffer).slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
        this.#room -= bytes.length;
      },
    });
    this.#serial = new SerialPortClass(options);
  }

  write(text: string): void {
    this.#queue.write(text);
  }

  writeBytes(bytes: Uint8Array): void {
    this.#queue.writeBytes(bytes);
  }

  /** The UART closes once what is queued has gone out: its buffers (and this object's) go back to the app. */
  close(): void {
    this.#closing = true;
    this.#closeWhenDrained();
  }

  #closeWhenDrained(): void {
    if (!this.#closing || this.#queue.queued) return;
    this.#closing = false;
    this.#serial.close();
  }
}
