// A whole device (the WiFiProvisioning component on fake ports), driven line by line as esp_prov would drive it.
import { WiFiProvisioning, type WiFiProvisioningOptions } from "../../modules/wifi-provisioning/wifi-provisioning.js";
import { internalsOf } from "../../modules/wifi-provisioning/internals.js";
import type { ProvisioningCore } from "../../modules/wifi-provisioning/provisioning-core.js";
import { createExampleCustomData } from "../../custom-data.js";
import { SimulatedWifi, type SimulatedAccessPoint, DEFAULT_ACCESS_POINTS } from "../../adapters/simulated/wifi.js";
import type { Random } from "../../modules/ports.js";
import type { ModularArithmetic } from "../../modules/srp/arithmetic.js";
import { nobleCrypto } from "../../modules/crypto/noble.js";
import type { CryptoProvider } from "../../modules/crypto/provider.js";
import { fromHex, toHex } from "../../modules/util/hex.js";
import { CapturedOutput, CountingRandom, ManualTimers, MemoryPreferences } from "./fakes.js";

export interface TestDeviceOptions {
  config?: Record<string, unknown>;
  random?: Random;
  accessPoints?: SimulatedAccessPoint[];
  preferences?: MemoryPreferences;
  connectDelayMs?: number;
  boot?: boolean;
  /** SRP exponentiation (default: the portable BigIntArithmetic with fixed-base tables). */
  arithmetic?: ModularArithmetic;
  /** The primitives (default: @noble/*); the lin build's replay passes the native ones. */
  crypto?: CryptoProvider;
  /** The component's callbacks (onConnected, ...). */
  events?: Omit<WiFiProvisioningOptions<WiFiProvisioning>, "platform" | "config">;
}

/** What the reference firmware does at boot (main.ts), as ESP-IDF's example: join the stored network, or provision. */
export function bootAsFirmware(app: Pick<WiFiProvisioning, "provisioned" | "connect" | "start">): void {
  if (app.provisioned) app.connect();
  else app.start();
}

export class TestDevice {
  readonly output = new CapturedOutput();
  readonly timers = new ManualTimers();
  readonly preferences: MemoryPreferences;
  readonly wifi: SimulatedWifi;
  /** The component as the app sees it. */
  readonly app: WiFiProvisioning;
  /** What is behind it (the console, protocomm, the manager, the store), as the port and the tests reach it. */
  readonly core: ProvisioningCore;
  readonly random: Random;

  constructor(options: TestDeviceOptions = {}) {
    this.preferences = options.preferences ?? new MemoryPreferences();
    this.wifi = new SimulatedWifi(this.timers, options.accessPoints ?? DEFAULT_ACCESS_POINTS, options.connectDelayMs ?? 1500);
    this.random = options.random ?? new CountingRandom();
    this.app = new WiFiProvisioning({
      ...options.events,
      platform: {
        output: this.output, clock: this.timers, timers: this.timers, random: this.random,
        preferences: this.preferences, wifi: this.wifi, crypto: options.crypto ?? nobleCrypto, arithmetic: options.arithmetic,
      },
      config: { applyDelayMs: 1000, ...options.config },
    });
    this.core = internalsOf(this.app);
    this.app.addEndpoint("custom-data", createExampleCustomData(this.app.log));
    if (options.boot !== false) bootAsFirmware(this.app);
  }

  /**
   * Types one line and returns what the device printed in answer. A request that waits on the
   * platform (a blocking scan) gets simulated time, 50 ms at a step, until it is answered.
   */
  async type(line: string): Promise<string> {
    this.output.take();
    this.core.receive(line + "\r\n");
    for (let step = 0; step < 2000; step++) {
      for (let i = 0; i < 50; i++) await Promise.resolve();
      if (!this.core.console?.busy) break;
      this.timers.advance(50);
    }
    return this.output.take();
  }

  /** Sends one request; returns the reply bytes, or undefined when the device printed no reply. */
  async request(endpoint: string, payload: Uint8Array | string, sessionId = 0): Promise<Uint8Array | undefined> {
    const hex = typeof payload === "string" ? payload : toHex(payload);
    const printed = await this.type(`${endpoint} ${sessionId} ${hex}`);
    const replies = printed.split(/\r?\n/).map((l) => l.replace(/^(>> )+/, "").trim()).filter((l) => /^([0-9a-f]{2})+$/.test(l));
    return replies.length ? fromHex(replies[replies.length - 1]) : undefined;
  }

  /** Everything logged at error level since the last take. */
  errors(text: string): string[] {
    return text.split(/\r?\n/).map((l) => l.replace(/^(>> )+/, "")).filter((l) => /^E \(\d+\) /.test(l));
  }
}
