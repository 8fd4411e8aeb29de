// Runs the client against a recorded esp_prov session: a fake transport checks every request against
// the recorded request_hex, byte for byte, and answers with the recorded response_hex (or, where the
// device sent nothing, with the transport's "no reply"). The client's random draws are the secrets
// esp_prov drew, so its requests can match.
import { NoReplyError } from "../../client/errors.js";
import { ProvisioningClient, type Outcome, type ProvisioningPlan } from "../../client/provisioning-client.js";
import type { ProgressEvent, Prompts } from "../../client/prompts.js";
import type { RequestTransport } from "../../client/transport.js";
import type { Timers } from "../../modules/ports.js";
import { nobleCrypto } from "../../modules/crypto/noble.js";
import { fromHex, toHex } from "../../modules/util/hex.js";
import { equal } from "../support/assert.js";
import { ScriptedRandom } from "../support/fakes.js";
import type { Vector } from "./replay.js";

export class RecordedTransport implements RequestTransport {
  #vector: Vector;
  next = 0;

  constructor(vector: Vector) {
    this.#vector = vector;
  }

  async request(endpoint: string, sessionId: number, payload: Uint8Array, timeoutMs: number): Promise<Uint8Array> {
    const exchange = this.#vector.exchanges[this.next];
    const what = `${this.#vector.name} #${this.next}`;
    if (!exchange) throw new Error(`${what}: the client sent ${endpoint} ${toHex(payload)}, but esp_prov stopped here`);
    this.next++;
    equal(endpoint, exchange.endpoint, `${what}: endpoint`);
    equal(sessionId, exchange.session_id, `${what}: session id`);
    equal(toHex(payload), exchange.request_hex, `${what}: request bytes`);
    if (exchange.response_hex === null)
      throw new NoReplyError(endpoint, { reason: "timeout", timeoutMs, heardAnything: true, echoed: true, garbled: false, deviceErrors: [] });
    return fromHex(exchange.response_hex)!;
  }

  get remaining(): number {
    return this.#vector.exchanges.length - this.next;
  }
}

/** Timers that fire on the next turn: the status poll's pauses take no time in a replay. */
export const immediateTimers: Timers = {
  set: (callback) => {
    Promise.resolve().then(callback);
    return 0;
  },
  clear: () => {},
};

/** The client's side of the vector's random draws, in esp_prov's order. */
export function clientRandom(vector: Vector): ScriptedRandom {
  const s = vector.client_secrets;
  if (s.sec1_client_private_key_hex) return new ScriptedRandom(s.sec1_client_private_key_hex);
  if (s.sec2_a_draws) return new ScriptedRandom(...(s.sec2_a_draws as string[]));
  return new ScriptedRandom();
}

/** The esp_prov command line of the recording, as a plan (the v3.2 client always checked V0.1). */
export function planFromArgs(vector: Vector & { esp_prov_args: string[] }): ProvisioningPlan {
  const args = vector.esp_prov_args;
  const value = (name: string) => {
    const at = args.indexOf(name);
    return at < 0 ? undefined : args[at + 1];
  };
  const secVer = value("--sec_ver");
  return {
    secVer: secVer === undefined ? undefined : Number(secVer),
    pop: value("--pop"), ssid: value("--ssid"), passphrase: value("--passphrase"),
    username: value("--sec2_username"), password: value("--sec2_pwd"), customData: value("--custom_data"),
    reset: args.includes("--reset"), reprov: args.includes("--reprov"),
    protoVer: vector.device_config.proto_ver_mode === "success" ? vector.device_config.version_string : undefined,
  };
}

export interface ClientReplay {
  transport: RecordedTransport;
  random: ScriptedRandom;
  events: ProgressEvent[];
  run(prompts?: Prompts): Promise<Outcome>;
}

export function clientReplay(vector: Vector): ClientReplay {
  const transport = new RecordedTransport(vector);
  const random = clientRandom(vector);
  const events: ProgressEvent[] = [];
  const client = new ProvisioningClient(
    { transport, crypto: nobleCrypto, random, timers: immediateTimers },
    { timeoutMs: 3000, pollIntervalMs: 5000, connectTimeoutMs: 60000, failureRetries: 3 },
    (event) => events.push(event),
  );
  return { transport, random, events, run: (prompts) => client.provision(planFromArgs(vector as Vector & { esp_prov_args: string[] }), prompts) };
}
