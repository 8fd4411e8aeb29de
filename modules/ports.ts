// The platform as the portable modules see it: the layer below everything. The adapters (adapters/moddable,
// adapters/node, adapters/simulated) implement these; tests implement them with fakes. Nothing here imports a
// runtime API.
/** Milliseconds since boot, for log time stamps. */
export interface Clock {
  now(): number;
}

export type TimerHandle = object | number;

export interface Timers {
  set(callback: () => void, ms: number): TimerHandle;
  clear(handle: TimerHandle): void;
}

/** A cryptographically strong source: the hardware RNG on a device, node:crypto on a PC. */
export interface Random {
  fill(bytes: Uint8Array): void;
}

export type PreferenceValue = string | number | boolean | ArrayBuffer;

/** Moddable's `preference` (NVS on ESP32): domains and keys of at most 15 characters. */
export interface Preferences {
  /** undefined when missing; throws when the entry is there but cannot be read (corrupt flash). */
  get(domain: string, key: string): PreferenceValue | undefined;
  set(domain: string, key: string, value: PreferenceValue): void;
  delete(domain: string, key: string): void;
}

/** Where console text goes: the UART transmit side on a device, stdout on a PC. */
export interface TextOutput {
  write(text: string): void;
  /** Raw bytes (Improv frames), in order with the text; absent where the output takes text only. */
  writeBytes?(bytes: Uint8Array): void;
  /** Gives the port back (the UART closes); nothing is written after. Absent where there is nothing to close. */
  close?(): void;
}

export interface StationConfig {
  ssid: Uint8Array;
  passphrase: Uint8Array;
  /** 6 bytes, or empty for any access point with that SSID. */
  bssid: Uint8Array;
  channel: number;
}

export type ConnectFailure = "auth" | "not-found";

export interface StationConnection {
  ip4: string;
  bssid: Uint8Array;
  channel: number;
  /** The protocol's WifiAuthMode value, 0..7. */
  authMode: number;
}

export interface StationEvents {
  connected(connection: StationConnection): void;
  failed(reason: ConnectFailure): void;
  /** A connection that was up went down (the access point left, or the link dropped). */
  lost?(): void;
}

export interface ScanRequest {
  /** Listen only (no probe requests). */
  passive: boolean;
  /** One channel, or all channels when absent. */
  channel?: number;
  /** Time on each channel, where the platform lets it be set. */
  dwellMs: number;
}

export interface ScannedAccessPoint {
  ssid: Uint8Array;
  bssid: Uint8Array;
  channel: number;
  rssi: number;
  /** The protocol's WifiAuthMode value, 0..7. */
  authMode: number;
}

/** The Wi-Fi station: one connection attempt at a time; a new connect() replaces the previous one. */
export interface WifiStation {
  connect(config: StationConfig, events: StationEvents): void;
  disconnect(): void;
  /**
   * Absent when the platform cannot scan; then proto-ver does not advertise "wifi_scan". Hands over each
   * network as it is heard (found), never a list: a crowded place has dozens and the device's heap is
   * small. Then done, once, with the error if the scan failed.
   */
  scan?(request: ScanRequest, found: (ap: ScannedAccessPoint) => void, done: (error?: Error) => void): void;
}
