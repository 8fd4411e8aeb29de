// The provisioning client's command line: provisions a device over its serial port (--port), a device
// command's stdin/stdout (--device, e.g. the simulator) or a person pasting (--paste), with esp_prov's
// option names. Run `npm run provision -- --help`.
import { ClientError, type FailureKind } from "../modules/client/errors.js";
import { ProvisioningClient, type Outcome } from "../modules/client/provisioning-client.js";
import { nodeRandom, nodeTimers } from "../modules/platform/node/ports.js";
import { nobleCrypto } from "../modules/security/crypto/noble.js";
import { parseCli, USAGE, UsageError, type CliOptions } from "./provision/args.js";
import { ProgressDisplay, withProgress } from "./provision/progress.js";
import { Terminal } from "./provision/terminal.js";
import { openChildLink } from "./transports/child.js";
import { LinkError, type DeviceLink } from "./transports/link.js";
import { openPasteLink } from "./transports/paste.js";

const EXIT: Record<FailureKind, number> = { wifi: 1, refused: 1, protocol: 1, usage: 2, "no-reply": 3, handshake: 4 };

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

function success(outcome: Outcome): string {
  if (outcome.result !== "provisioned")
    return `==== ${outcome.result === "reset" ? "Wi-Fi provisioning reset" : "Reprovisioning"}: the device takes new credentials ====`;
  const w = outcome.wifi;
  return `==== Provisioning was successful: "${w.ssid}", IP address ${w.ip4} ====`;
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
  const client = new ProvisioningClient(
    { transport: withProgress(link.transport, display), crypto: nobleCrypto, random: nodeRandom, timers: nodeTimers },
    options.settings,
    (event) => display.event(event),
  );
  try {
    const outcome = await client.provision(options.plan, terminal.prompts());
    display.done();
    process.stdout.write(success(outcome) + "\n");
    return 0;
  } catch (error) {
    display.done();
    if (!(error instanceof ClientError)) throw error;
    process.stderr.write(`---- Provisioning failed: ${error.message} ----\n`);
    return EXIT[error.kind];
  } finally {
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
