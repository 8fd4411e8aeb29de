// A stand-in for an Improv Wi-Fi serial device, written from the protocol's facts (frame, states,
// errors, RPC commands) so the page's Improv path can run against something that answers. It is not
// the project's device side; it knows two networks and one passphrase, and prints log lines between
// frames as a real firmware does.

const HEADER = [..."IMPROV"].map((c) => c.charCodeAt(0));
const VERSION = 1;
const TYPE = { state: 0x01, error: 0x02, rpc: 0x03, result: 0x04 };
const STATE = { ready: 0x02, provisioning: 0x03, provisioned: 0x04 };
const ERROR = { none: 0x00, invalidRpc: 0x01, unknownRpc: 0x02, unableToConnect: 0x03 };
const COMMAND = { wifiSettings: 0x01, currentState: 0x02, deviceInfo: 0x03, scan: 0x04 };

export interface ImprovNetworkDouble { ssid: string; passphrase: string; rssi: number }

export class ImprovDouble {
  #input: number[] = [];
  #state = STATE.ready;
  #url: string;
  readonly received: string[] = [];
  readonly networks: ImprovNetworkDouble[];

  /** send: bytes to the page. */
  constructor(readonly send: (bytes: Uint8Array) => void, options: { networks: ImprovNetworkDouble[]; url: string }) {
    this.networks = options.networks;
    this.#url = options.url;
  }

  boot(): void {
    this.#log("I (312) improv-double: Improv serial ready");
  }

  receive(bytes: Uint8Array): void {
    this.#input.push(...bytes);
    for (;;) {
      const at = this.#findHeader();
      if (at < 0) {
        this.#input = this.#input.slice(-(HEADER.length - 1));
        return;
      }
      if (this.#input.length < at + 9) return;
      const length = this.#input[at + 8];
      const end = at + 9 + length + 1;
      if (this.#input.length < end) return;
      const frame = this.#input.slice(at, end);
      this.#input = this.#input.slice(end);
      this.#frame(frame);
    }
  }

  #findHeader(): number {
    for (let i = 0; i + HEADER.length <= this.#input.length; i++)
      if (HEADER.every((b, j) => this.#input[i + j] === b)) return i;
    return -1;
  }

  #frame(frame: number[]): void {
    const checksum = frame.slice(0, -1).reduce((a, b) => a + b, 0) & 0xff;
    if (frame[6] !== VERSION || frame[frame.length - 1] !== checksum || frame[7] !== TYPE.rpc) return this.#error(ERROR.invalidRpc);
    const data = frame.slice(9, -1);
    const [command, length] = data;
    const body = data.slice(2, 2 + length);
    this.received.push(`rpc ${command}`);
    switch (command) {
      case COMMAND.currentState:
        this.#sendState();
        if (this.#state === STATE.provisioned) this.#result(command, [this.#url]);
        return;
      case COMMAND.deviceInfo:
        return this.#result(command, ["improv-double", "1.0.0", "ESP32", "Test device"]);
      case COMMAND.scan:
        for (const n of [...this.networks].sort((a, b) => a.ssid.localeCompare(b.ssid)))
          this.#result(command, [n.ssid, String(n.rssi), n.passphrase ? "YES" : "NO"]);
        return this.#result(command, []);
      case COMMAND.wifiSettings: {
        const ssidLength = body[0];
        const ssid = Buffer.from(body.slice(1, 1 + ssidLength)).toString();
        const passphrase = Buffer.from(body.slice(2 + ssidLength, 2 + ssidLength + body[1 + ssidLength])).toString();
        this.#state = STATE.provisioning;
        this.#sendState();
        this.#log(`I (900) improv-double: connecting to ${ssid}`);
        setTimeout(() => {
          if (this.networks.some((n) => n.ssid === ssid && n.passphrase === passphrase)) {
            this.#state = STATE.provisioned;
            this.#log(`I (1900) improv-double: connected to ${ssid}`);
            this.#sendState();
            this.#result(command, [this.#url]);
          } else {
            this.#state = STATE.ready;
            this.#log(`W (1900) improv-double: could not connect to ${ssid}`);
            this.#error(ERROR.unableToConnect);
            this.#sendState();
          }
        }, 400);
        return;
      }
      default:
        return this.#error(ERROR.unknownRpc);
    }
  }

  #sendState(): void {
    this.#packet(TYPE.state, [this.#state]);
  }

  #error(code: number): void {
    this.#packet(TYPE.error, [code]);
  }

  #result(command: number, strings: string[]): void {
    const encoded = strings.flatMap((s) => {
      const bytes = [...Buffer.from(s)];
      return [bytes.length, ...bytes];
    });
    this.#packet(TYPE.result, [command, encoded.length, ...encoded]);
  }

  #packet(type: number, data: number[]): void {
    const frame = [...HEADER, VERSION, type, data.length, ...data];
    frame.push(frame.reduce((a, b) => a + b, 0) & 0xff, 10);
    this.send(new Uint8Array(frame));
  }

  #log(line: string): void {
    this.send(new Uint8Array(Buffer.from(line + "\r\n")));
  }
}
