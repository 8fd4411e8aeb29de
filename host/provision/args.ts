// The command line: esp_prov's option names where esp_prov has them, so habits carry over, plus the
// ways to reach the device and the limits esp_prov lacks.
import { parseArgs } from "node:util";
import type { ClientSettings, ProvisioningPlan } from "../../client/index.js";

export const USAGE = `usage: npx esp-provision (--port PATH [--baud N] | --device "COMMAND" | --paste) [options]
       (or npm run provision -- ...)

reaching the device (one of):
  --port PATH            its serial port (e.g. /dev/ttyUSB0); --list_ports shows the ports
  --baud N               serial speed (default 115200)
  --device "COMMAND"     a command whose stdin/stdout is the device's console (e.g. the simulator)
  --paste                print each request for you to type into a serial monitor, read the reply you paste
  --eol cr|lf|crlf       line ending sent (default cr: ESP-IDF's console ends a line on CR)

esp_prov's options:
  --sec_ver 0|1|2        security scheme (default: asked of the device, as esp_prov does)
  --pop TEXT             security 1 proof of possession
  --sec2_username NAME   security 2 username
  --sec2_pwd PASSWORD    security 2 password
  --proto_ver VERSION    check the device's protocol version first (V0.1 for ESP-IDF v3.2 devices)
  --ssid SSID            network to join (default: scan and choose from a list)
  --passphrase TEXT      its passphrase (asked for when missing; "" for an open network)
  --custom_data TEXT     send TEXT to the custom-data endpoint and print the answer
  --reset                reset a failed provisioning attempt, then exit
  --reprov               reprovision a provisioned device, then exit
  -v, --verbose          print every request and reply

Improv Wi-Fi serial (the protocol ESP Web Tools speaks; no security, so no PoP):
  --improv               provision over Improv instead of esp_prov's protocol (--ssid, --passphrase;
                         without --ssid it scans). Without --improv, a device that answers Improv
                         and not esp_prov's protocol is provisioned over Improv anyway.

limits (esp_prov has none):
  --timeout S            longest wait for any one reply (default 10; with --paste: none)
  --connect_timeout S    longest wait for the device to join the network (default 60)
  --poll_interval S      pause between status requests (default 2)

exit status: 0 provisioned (or reset/reprov done), 1 not provisioned (Wi-Fi failed, device refused),
2 bad command line or missing input, 3 no reply from the device, 4 session handshake failed`;

export type Link =
  | { kind: "port"; path: string; baud: number }
  | { kind: "device"; command: string }
  | { kind: "paste" };

export interface CliOptions {
  link: Link | { kind: "list" };
  /** Improv only (--improv); otherwise protocomm, falling back to Improv when only Improv answers. */
  improv: boolean;
  eol: string;
  verbose: boolean;
  plan: ProvisioningPlan;
  settings: Partial<ClientSettings>;
}

export class UsageError extends Error {}

const EOL: Record<string, string> = { cr: "\r", lf: "\n", crlf: "\r\n" };

function seconds(text: string | undefined, name: string, fallback: number): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!/^\d+(\.\d+)?$/.test(text) || !Number.isFinite(value)) throw new UsageError(`${name} takes a number of seconds, not "${text}"`);
  return Math.round(value * 1000);
}

export function parseCli(argv: string[]): CliOptions | "help" {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      options: {
        port: { type: "string" }, baud: { type: "string" }, device: { type: "string" }, paste: { type: "boolean" },
        list_ports: { type: "boolean" }, eol: { type: "string" },
        sec_ver: { type: "string" }, pop: { type: "string" }, sec2_username: { type: "string" }, sec2_pwd: { type: "string" },
        proto_ver: { type: "string" }, ssid: { type: "string" }, passphrase: { type: "string" }, custom_data: { type: "string" },
        reset: { type: "boolean" }, reprov: { type: "boolean" }, verbose: { type: "boolean", short: "v" },
        improv: { type: "boolean" },
        timeout: { type: "string" }, connect_timeout: { type: "string" }, poll_interval: { type: "string" },
        // esp_prov requires --transport; console is the only one here.
        transport: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (values.help) return "help";
  if (values.transport !== undefined && values.transport !== "console")
    throw new UsageError(`--transport ${values.transport}: this client speaks only the console transport`);

  const ways = [values.port !== undefined, values.device !== undefined, values.paste === true, values.list_ports === true].filter(Boolean).length;
  if (ways !== 1) throw new UsageError("say how to reach the device: one of --port PATH, --device \"COMMAND\" or --paste");
  let link: CliOptions["link"];
  if (values.list_ports) link = { kind: "list" };
  else if (values.paste) link = { kind: "paste" };
  else if (values.device !== undefined) link = { kind: "device", command: values.device };
  else {
    const baud = values.baud === undefined ? 115200 : Number(values.baud);
    if (!Number.isInteger(baud) || baud <= 0) throw new UsageError(`--baud takes a whole number, not "${values.baud}"`);
    link = { kind: "port", path: values.port!, baud };
  }
  if (values.baud !== undefined && link.kind !== "port") throw new UsageError("--baud goes with --port");

  const eol = EOL[(values.eol ?? "cr").toLowerCase()];
  if (!eol) throw new UsageError(`--eol takes cr, lf or crlf, not "${values.eol}"`);

  let secVer: number | undefined;
  if (values.sec_ver !== undefined) {
    if (!/^[012]$/.test(values.sec_ver)) throw new UsageError(`--sec_ver takes 0, 1 or 2, not "${values.sec_ver}"`);
    secVer = Number(values.sec_ver);
  }
  if (values.reset && values.reprov) throw new UsageError("--reset and --reprov do different things: give one");
  if (values.improv) {
    if (values.paste) throw new UsageError("--improv needs --port or --device: Improv frames are binary, they cannot be pasted");
    for (const name of ["reset", "reprov", "custom_data", "sec_ver", "pop", "sec2_username", "sec2_pwd", "proto_ver"] as const)
      if (values[name] !== undefined) throw new UsageError(`--${name} is esp_prov's protocol; Improv has no such thing`);
  }

  const settings: Partial<ClientSettings> = {
    // A person pasting replies takes as long as they take, unless a timeout is asked for.
    timeoutMs: seconds(values.timeout, "--timeout", link.kind === "paste" ? 0 : 10000),
    connectTimeoutMs: seconds(values.connect_timeout, "--connect_timeout", 60000),
    pollIntervalMs: seconds(values.poll_interval, "--poll_interval", 2000),
  };
  return {
    link, eol, verbose: values.verbose === true, settings, improv: values.improv === true,
    plan: {
      secVer, pop: values.pop, username: values.sec2_username, password: values.sec2_pwd, protoVer: values.proto_ver,
      ssid: values.ssid, passphrase: values.passphrase, customData: values.custom_data,
      reset: values.reset === true, reprov: values.reprov === true,
    },
  };
}
