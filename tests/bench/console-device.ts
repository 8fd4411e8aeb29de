// The firmware's console path on fake ports, for the console benchmarks: bytes in through the Improv
// demultiplexer and the line assembler, text out through FrameOutput and the serial write queue, as
// main.ts wires a board (SerialConsole is a WriteQueue in front of the UART). The sink stands for the
// UART: it keeps every byte, so a benchmark can check the replies (unmeasured) and count the writes.
import { WiFiProvisioning } from "../../modules/wifi-provisioning/wifi-provisioning.js";
import { internalsOf } from "../../modules/wifi-provisioning/internals.js";
import type { ProvisioningCore } from "../../modules/wifi-provisioning/provisioning-core.js";
import { bootAsFirmware } from "../support/device.js";
import { createExampleCustomData } from "../../custom-data.js";
import { SimulatedWifi } from "../../adapters/simulated/wifi.js";
import type { TextOutput } from "../../modules/ports.js";
import { DEFAULT_IDLE_MS } from "../../modules/security/x25519-key-pool.js";
import { WriteQueue, type ByteSink } from "../../modules/transport/write-queue.js";
import { deviceCrypto } from "./device-crypto.js";
import { ManualTimers, MemoryPreferences, ScriptedRandom } from "../support/fakes.js";

/** The UART's transmit side: always room (the lin pty), every byte kept, every write counted. */
export class UartSink implements ByteSink {
  #bytes = new Uint8Array(1 << 16);
  length = 0;
  writes = 0;
  writable(): number {
    return 4096;
  }
  write(bytes: Uint8Array): void {
    if (this.length + bytes.length > this.#bytes.length) this.length = 0; // a ring: benchmarks check recent output
    this.#bytes.set(bytes, this.length);
    this.length += bytes.length;
    this.writes++;
  }
  /** What was written since the last take, as text (Latin-1: one character per byte). */
  take(): string {
    let text = "";
    for (let i = 0; i < this.length; i++) text += String.fromCharCode(this.#bytes[i]);
    this.length = 0;
    return text;
  }
}

/** A serial console as main.ts has it: text and raw bytes into one bounded write queue. */
export class SerialOutput implements TextOutput {
  readonly sink = new UartSink();
  #queue = new WriteQueue(this.sink);
  write(text: string): void {
    this.#queue.write(text);
  }
  writeBytes(bytes: Uint8Array): void {
    this.#queue.writeBytes(bytes);
  }
}

/** The console bytes of one request line, as a client writes it (it arrives in reads of `chunk` bytes). */
export function requestBytes(line: string, chunk = 128): Uint8Array[] {
  const bytes = new Uint8Array(line.length + 2);
  for (let i = 0; i < line.length; i++) bytes[i] = line.charCodeAt(i);
  bytes[line.length] = 13;
  bytes[line.length + 1] = 10;
  const chunks: Uint8Array[] = [];
  for (let at = 0; at < bytes.length; at += chunk) chunks.push(bytes.subarray(at, at + chunk));
  return chunks;
}

export interface BenchDeviceOptions {
  config: Record<string, unknown>;
  /** The device's random draws, in order (hex). */
  secrets: string[];
  /** Leave the console idle first: security 1 makes its next key pair then, as on a board. */
  idle?: boolean;
}

export class BenchDevice {
  readonly timers = new ManualTimers();
  readonly output = new SerialOutput();
  readonly app: WiFiProvisioning;
  readonly core: ProvisioningCore;

  constructor(options: BenchDeviceOptions) {
    this.app = new WiFiProvisioning({
      platform: {
        output: this.output, clock: this.timers, timers: this.timers, random: new ScriptedRandom(...options.secrets),
        preferences: new MemoryPreferences(), wifi: new SimulatedWifi(this.timers), ...deviceCrypto(),
      },
      // Improv on, as these lines were first measured: the bytes pass its demultiplexer, the longest path.
      config: { applyDelayMs: 1000, improv: true, ...options.config },
    });
    this.core = internalsOf(this.app);
    this.app.addEndpoint("custom-data", createExampleCustomData(this.app.log));
    bootAsFirmware(this.app);
    if (options.idle) this.timers.advance(DEFAULT_IDLE_MS);
    this.output.sink.take();
  }

  /** Console bytes in, as the UART delivers them; resolves once the reply and the prompt are out. */
  async send(chunks: Uint8Array[]): Promise<void> {
    for (const chunk of chunks) this.core.receive(chunk);
    await this.core.console!.whenIdle();
  }
}

/** The reply line of a request's output (echo, reply, prompt), or undefined. */
export function replyIn(printed: string): string | undefined {
  const lines = printed.split("\r\n");
  const reply = lines.find((line) => line.length > 0 && /^([0-9a-f]{2})+$/.test(line));
  return reply;
}
