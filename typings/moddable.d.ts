// Declarations for the Moddable SDK modules this firmware imports, written from the SDK's documented
// APIs (release 8.2.3) so `tsc -p tsconfig.moddable.json` checks main.ts and the adapters without the
// SDK. Only what the firmware uses is declared.

declare function trace(...values: unknown[]): void;

declare module "mc/config" {
  const config: Readonly<Record<string, unknown>>;
  export default config;
}

declare module "timer" {
  type TimerID = object;
  const Timer: {
    set(callback: (id: TimerID) => void, milliseconds?: number, repeat?: number): TimerID;
    repeat(callback: (id: TimerID) => void, milliseconds: number): TimerID;
    schedule(id: TimerID, milliseconds?: number, repeat?: number): void;
    clear(id: TimerID): void;
    delay(milliseconds: number): void;
  };
  export default Timer;
}

declare module "time" {
  const Time: { readonly ticks: number };
  export default Time;
}

declare module "preference" {
  type Value = boolean | number | string | ArrayBuffer;
  const Preference: {
    set(domain: string, key: string, value: Value): void;
    get(domain: string, key: string): Value | undefined;
    delete(domain: string, key: string): void;
    keys(domain: string): string[];
  };
  export default Preference;
}

declare module "net" {
  const Net: { get(property: "IP" | "SSID" | "BSSID" | "RSSI" | "CHANNEL" | "MAC"): string | number | undefined };
  export default Net;
}

declare module "wifi" {
  export interface ScanRecord {
    ssid: string;
    rssi: number;
    channel: number;
    hidden: boolean;
    bssid: ArrayBuffer;
    authentication?: "none" | "wep" | "wpa_psk" | "wpa2_psk" | "wpa_wpa2_psk";
  }
  export interface ConnectOptions {
    ssid: string;
    password?: string;
    bssid?: ArrayBuffer;
    channel?: number;
  }
  export default class WiFi {
    constructor(options: ConnectOptions | undefined, onNotify: (message: string, code?: number) => void);
    close(): void;
    static mode: number;
    static readonly Mode: { readonly none: number; readonly station: number; readonly accessPoint: number };
    static connect(options?: ConnectOptions): void;
    static disconnect(): void;
    static scan(options: { active?: boolean; channel?: number; hidden?: boolean }, callback: (record?: ScanRecord | null) => void): void;
    static readonly gotIP: "gotIP";
    static readonly connected: "connect";
    static readonly disconnected: "disconnect";
  }
}

declare module "embedded:io/serial" {
  export interface SerialOptions {
    port?: number;
    receive?: number;
    transmit?: number;
    baud: number;
    /** lin simulator: a tty path such as /dev/pts/3. */
    device?: string;
    format?: "buffer" | "number";
    onReadable?: (this: Serial, count: number) => void;
    onWritable?: (this: Serial, count: number) => void;
  }
  export default class Serial {
    constructor(options: SerialOptions);
    read(): ArrayBuffer | undefined;
    write(data: ArrayBuffer | ArrayBufferView): void;
    close(): void;
  }
}

declare module "crypt" {
  export class Digest {
    constructor(type: "SHA1" | "SHA224" | "SHA256" | "SHA384" | "SHA512");
    write(data: ArrayBuffer | ArrayBufferView | string): void;
    close(): ArrayBuffer;
    reset(): void;
  }
  export class BlockCipher {
    constructor(cipher: "AES", key: ArrayBuffer);
    encrypt(data: ArrayBuffer, result?: ArrayBuffer): ArrayBuffer;
  }
  export class Mode {
    constructor(mode: "CTR" | "CBC" | "ECB", cipher: BlockCipher, iv?: ArrayBuffer);
    encrypt(data: ArrayBuffer | ArrayBufferView, result?: ArrayBuffer): ArrayBuffer;
    decrypt(data: ArrayBuffer | ArrayBufferView, result?: ArrayBuffer): ArrayBuffer;
  }
}

// The SDK's HTTP client (modules/network/http), as examples/http-status uses it.
declare module "http" {
  export class Request {
    constructor(options: { host: string; port?: number; path?: string; method?: string; response?: unknown });
    callback: (message: number, value?: unknown, etc?: unknown) => void;
    close(): void;
    static readonly status: number;
    static readonly header: number;
    static readonly headersComplete: number;
    static readonly responseFragment: number;
    static readonly responseComplete: number;
    static readonly error: number;
  }
}

declare module "file" {
  export class File {
    constructor(path: string, write?: boolean);
    read(type: typeof String): string;
    read(type: typeof ArrayBuffer, count?: number): ArrayBuffer;
    write(...items: (string | ArrayBuffer | number)[]): void;
    close(): void;
    readonly length: number;
    static exists(path: string): boolean;
    static delete(path: string): boolean;
    static rename(from: string, to: string): boolean;
  }
}
