// The provisioning client's command line: provisions a device over its serial port (--port), a device
// command's stdin/stdout (--device, e.g. the simulator) or a person pasting (--paste), with esp_prov's
// option names. Run `npm run provision -- --help`.
import { ClientError, ProvisioningClient, type FailureKind, type Outcome } from "../client/index.js";
import { nodeRandom, nodeTimers } from "../adapters/node/ports.js";
import { nobleCrypto } from "../modules/crypto/noble.js";
import { parseCli, USAGE, UsageError, type CliOptions } from "./provision/args.js";
import { answersImprov, improvClient, provisionOverImprov, type ImprovOutcome } from "./provision/improv.js";
import { ProgressDisplay, withProgress } from "./provision/progress.js";
import { Terminal } from "./provision/terminal.js";
import { openChildLink } from "./transports/child.js";
import { LinkError, type DeviceLink } from "./transports/link.js";
import { openPasteLink } from "./transports/paste.js";
import { escapeForLog, quoteForLog } from "../modules/log/escape.js";

const EXIT: Record<FailureKind, number> = { wifi: 1, refused: 1, protocol: 1, usage: 2, "no-reply": 3, handshake: 4 };
/** How long a device that did not answer esp_prov's protocol gets to answer Improv. */
const IMPROV_PROBE_MS = 3000;

async function openLink(options: CliOptions, terminal: Terminal, display: ProgressDisplay): Promise<DeviceLink> {
  const link = options.link;
  switch (link.kind) {
    // serialport (a native addon) loads only when a port is used: --help and --device start without it.
    case "port": return (await import("./transports/serial.js")).openSerialLink(link.path, link.baud, options.eol);
    case "device": return openChildLink(link.command, options.eol, (text) => display.line(text));
    case "paste": return openPasteLink(terminal);
    default: throw new Error("no link");
  }
}

function improvSuccess(outcome: ImprovOutcome): string {
  return `==== Provisioning was successful over Improv: ${quoteForLog(outcome.ssid)}${outcome.urls.length ? `, device at ${outcome.urls.map((url) => escapeForLog(url, 200)).join(" ")}` : ""} ====`;
}

function success(outcome: Outcome): string {
  if (outcome.result !== "provisioned")
    return `==== ${outcome.result === "reset" ? "Wi-Fi provisioning reset" : "Reprovisioning"}: the device takes new credentials ====`;
  const w = outcome.wifi;
  return `==== Provisioning was successful: ${quoteForLog(w.ssid)}, IP address ${escapeForLog(w.ip4)} ====`;
}

async function main(argv: string[]): Promise<number> {
  let options;
  try {
    options = parseCli(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`provision: ${error.message}\n\n${USAGE}\n`);
    return 2;
  }
  if (options === "help") {
    process.stdout.write(USAGE + "\n");
    return 0;
  }
  if (options.link.kind === "list") {
    process.stdout.write((await (await import("./transports/serial.js")).listSerialPorts()) + "\n");
    return 0;
  }

  const terminal = new Terminal(process.stdin, process.stderr);
  const display = new ProgressDisplay(process.stderr, options.verbose, options.link.kind !== "paste");
  let link: DeviceLink;
  try {
    link = await openLink(options, terminal, display);
  } catch (error) {
    if (!(error instanceof LinkError)) throw error;
    process.stderr.write(`provision: ${error.message}\n`);
    return 3;
  }
  let replies = 0;
  const counted = withProgress(link.transport, display);
  const client = new ProvisioningClient(
    {
      transport: { request: async (...args) => { const reply = await counted.request(...args); replies++; return reply; } },
      crypto: nobleCrypto, random: nodeRandom, timers: nodeTimers,
    },
    options.settings,
    (event) => display.event(event),
  );
  const improv = link.raw ? improvClient(link.raw) : undefined;
  try {
    if (options.improv && improv) {
      process.stdout.write(improvSuccess(await provisionOverImprov(improv, options, terminal.prompts(), display)) + "\n");
      return 0;
    }
    let outcome: Outcome;
    try {
      outcome = await client.provision(options.plan, terminal.prompts());
    } catch (error) {
      // Not one protocomm reply: a device that speaks only Improv (or whose console has stopped) may still answer.
      if (!(error instanceof ClientError && error.kind === "no-reply" && replies === 0 && improv && await answersImprov(improv, IMPROV_PROBE_MS)))
        throw error;
      display.event({ kind: "info", text: "The device does not answer esp_prov's protocol but answers Improv: provisioning over Improv" });
      process.stdout.write(improvSuccess(await provisionOverImprov(improv, options, terminal.prompts(), display)) + "\n");
      return 0;
    }
    display.done();
    process.stdout.write(success(outcome) + "\n");
    return 0;
  } catch (error) {
    display.done();
    if (!(error instanceof ClientError)) throw error;
    process.stderr.write(`---- Provisioning failed: ${error.message} ----\n`);
    return EXIT[error.kind];
  } finally {
    display.done();
    improv?.close();
    client.close();
    await link.close();
    terminal.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (error) => {
    process.stderr.write(`provision: internal error: ${(error as Error)?.stack ?? error}\n`);
    process.exitCode = 1;
  },
);
