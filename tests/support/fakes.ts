// Deterministic ports for tests: manual time, scripted randomness, memory flash, captured output.
import type { Clock, PreferenceValue, Preferences, Random, TextOutput, TimerHandle, Timers } from "../../modules/ports.js";
import { CredentialStore } from "../../modules/provisioning/credential-store.js";
import { fromHex } from "../../modules/util/hex.js";
import { utf8Encode } from "../../modules/util/utf8.js";

/** Timers that fire only when the test advances time. */
export class ManualTimers implements Timers, Clock {
  #now = 0;
  #next = 1;
  #pending = new Map<number, { at: number; callback: () => void }>();

  now(): number { return this.#now; }

  set(callback: () => void, ms: number): TimerHandle {
    const id = this.#next++;
    this.#pending.set(id, { at: this.#now + Math.max(0, ms), callback });
    return id;
  }

  clear(handle: TimerHandle): void { this.#pending.delete(handle as number); }

  get pendingCount(): number { return this.#pending.size; }

  /** Moves time forward, firing due timers in order (including ones they set). */
  advance(ms: number): void {
    const end = this.#now + ms;
    for (;;) {
      let dueId = -1, dueAt = Infinity;
      for (const [id, t] of this.#pending) if (t.at <= end && t.at < dueAt) { dueId = id; dueAt = t.at; }
      if (dueId < 0) break;
      const timer = this.#pending.get(dueId)!;
      this.#pending.delete(dueId);
      this.#now = timer.at;
      timer.callback();
    }
    this.#now = end;
  }
}

/** Hands out recorded secrets in order; a draw of the wrong size is a test failure. */
export class ScriptedRandom implements Random {
  #queue: Uint8Array[];
  constructor(...hexValues: string[]) {
    this.#queue = hexValues.map((hex) => fromHex(hex)!);
  }
  push(hex: string): void { this.#queue.push(fromHex(hex)!); }
  fill(bytes: Uint8Array): void {
    const next = this.#queue.shift();
    if (!next) { bytes.fill(0x5a); return; }
    if (next.length !== bytes.length) throw new Error(`random draw of ${bytes.length} bytes, script has ${next.length}`);
    bytes.set(next);
  }
  get remaining(): number { return this.#queue.length; }
}

/** A counter-based stream, for tests that need distinct but repeatable bytes. */
export class CountingRandom implements Random {
  #n = 1;
  fill(bytes: Uint8Array): void {
    for (let i = 0; i < bytes.length; i++) bytes[i] = (this.#n++ * 197 + 89) & 255;
  }
}

export class MemoryPreferences implements Preferences {
  readonly data = new Map<string, PreferenceValue>();
  writes = 0;
  get(domain: string, key: string): PreferenceValue | undefined {
    const value = this.data.get(`${domain}/${key}`);
    return value instanceof ArrayBuffer ? value.slice(0) : value;
  }
  set(domain: string, key: string, value: PreferenceValue): void {
    if (domain.length > 15 || key.length > 15) throw new RangeError("NVS names are at most 15 characters");
    this.writes++;
    this.data.set(`${domain}/${key}`, value instanceof ArrayBuffer ? value.slice(0) : value);
  }
  delete(domain: string, key: string): void { this.data.delete(`${domain}/${key}`); }
}

export class CapturedOutput implements TextOutput {
  text = "";
  /** Everything ever written, for assertions over a whole session. */
  all = "";
  /** How many times the port was given back (close()). */
  closed = 0;
  write(text: string): void {
    this.text += text;
    this.all += text;
  }
  close(): void {
    this.closed++;
  }
  /** Raw bytes (Improv frames) are kept as one character per byte. */
  writeBytes(bytes: Uint8Array): void {
    this.write(String.fromCharCode(...bytes));
  }
  take(): string {
    const text = this.text;
    this.text = "";
    return text;
  }
  /** Lines (CR/LF stripped), prompts removed. */
  lines(): string[] {
    return this.text.split(/\r?\n/).map((l) => l.replace(/^(>> )+/, "")).filter((l) => l.length);
  }
}

/** Writes one network into the flash, as a device that was provisioned before has it. */
export function storeNetwork(preferences: Preferences, ssid = "myssid", passphrase = "mypassword"): void {
  new CredentialStore(preferences).save({ ssid: utf8Encode(ssid), passphrase: utf8Encode(passphrase), bssid: new Uint8Array(0), channel: 0 });
}
