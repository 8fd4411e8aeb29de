// `esp-provision batch`: many boards at once (host/batch/provision-many.ts) from the command line: ports or
// patterns, a boards file, shared defaults with esp_prov's option names, a live view and the report files.
import { parseArgs } from "node:util";
import type { ClientSettings } from "../../client/index.js";
import { BatchInputError, readBoardsFile, type BatchBoard, type BoardDefaults } from "./boards.js";
import { planBatch, provisionMany, type ProvisionManyOptions } from "./provision-many.js";
import { ReportFile, summaryLine } from "./report.js";
import { BatchView } from "./view.js";

export const BATCH_USAGE = `usage: npx esp-provision batch (--port PATH|PATTERN ... | --boards FILE) [options]

the boards:
  --port PATH|PATTERN    a port, or a pattern such as '/dev/ttyUSB*' or '/dev/serial/by-id/*' (quote it);
                         repeatable. Boards named by MAC in --boards are looked for on these ports.
  --boards FILE          CSV (header line) or JSON (array of objects): one board a row, with the columns
                         port or mac (or both), sec_ver, pop, sec2_username, sec2_pwd, ssid, passphrase,
                         custom_data. An empty cell takes the option below. With a file, only its boards
                         are provisioned; another board found on a port is reported "not listed".
  --jobs N               boards at the same time (default 8)
  --watch                station mode: keep watching the --port patterns and provision each board that is
                         plugged in, once per board (by MAC) per run, until Ctrl-C

shared settings (esp_prov's names; a row's own value wins):
  --sec_ver 0|1|2  --pop TEXT  --sec2_username NAME  --sec2_pwd PASSWORD
  --ssid SSID  --passphrase TEXT ("" for an open network)  --custom_data TEXT

the report:
  --report FILE          .jsonl (JSON Lines) or .csv; repeatable. One record per board: port, mac, firmware,
                         firmware_version, security_version, result, reason, device_reason, ssid, ip, row,
                         start, duration_ms; then a summary. Secrets are never written.

limits and link: --timeout S (each reply, default 10)  --connect_timeout S (default 60)
  --poll_interval S (default 2)  --baud N (default 115200)  --eol cr|lf|crlf (default cr)

Ctrl-C stops: boards that have not sent their Wi-Fi credentials stop at once, unchanged ("not done"); boards
that have go on to their result. A second Ctrl-C stops waiting for those too.

exit status: 0 every board joined, 1 some did not (the count is printed), 2 bad arguments or boards file`;

const EOL: Record<string, string> = { cr: "\r", lf: "\n", crlf: "\r\n" };

function seconds(text: string | undefined, name: string, fallback: number): number {
  if (text === undefined) return fallback;
  if (!/^\d+(\.\d+)?$/.test(text)) throw new BatchInputError(`${name} takes a number of seconds, not "${text}"`);
  return Math.round(Number(text) * 1000);
}

/** The command line as provisionMany's options (no report files, no signals yet). */
export function parseBatchArgs(argv: string[]): { options: ProvisionManyOptions; reports: string[] } | "help" {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv, strict: true, allowPositionals: false,
      options: {
        port: { type: "string", multiple: true }, boards: { type: "string" }, jobs: { type: "string" }, watch: { type: "boolean" },
        report: { type: "string", multiple: true },
        sec_ver: { type: "string" }, pop: { type: "string" }, sec2_username: { type: "string" }, sec2_pwd: { type: "string" },
        ssid: { type: "string" }, passphrase: { type: "string" }, custom_data: { type: "string" },
        timeout: { type: "string" }, connect_timeout: { type: "string" }, poll_interval: { type: "string" },
        baud: { type: "string" }, eol: { type: "string" }, help: { type: "boolean", short: "h" },
      },
    }));
  } catch (error) {
    throw new BatchInputError((error as Error).message);
  }
  if (values.help) return "help";
  if (!values.port?.length && !values.boards) throw new BatchInputError("say which boards: --port (a path or a pattern) or --boards FILE");
  let secVer: number | undefined;
  if (values.sec_ver !== undefined) {
    if (!/^[012]$/.test(values.sec_ver)) throw new BatchInputError(`--sec_ver takes 0, 1 or 2, not "${values.sec_ver}"`);
    secVer = Number(values.sec_ver);
  }
  const jobs = values.jobs === undefined ? 8 : Number(values.jobs);
  if (!/^\d+$/.test(values.jobs ?? "8") || jobs < 1) throw new BatchInputError(`--jobs takes a whole number from 1, not "${values.jobs}"`);
  const baud = values.baud === undefined ? 115200 : Number(values.baud);
  if (!Number.isInteger(baud) || baud <= 0) throw new BatchInputError(`--baud takes a whole number, not "${values.baud}"`);
  const eol = EOL[(values.eol ?? "cr").toLowerCase()];
  if (!eol) throw new BatchInputError(`--eol takes cr, lf or crlf, not "${values.eol}"`);
  const defaults: BoardDefaults = {
    secVer, pop: values.pop, username: values.sec2_username, password: values.sec2_pwd,
    ssid: values.ssid, passphrase: values.passphrase, customData: values.custom_data,
  };
  const settings: Partial<ClientSettings> = {
    timeoutMs: seconds(values.timeout, "--timeout", 10000),
    connectTimeoutMs: seconds(values.connect_timeout, "--connect_timeout", 60000),
    pollIntervalMs: seconds(values.poll_interval, "--poll_interval", 2000),
  };
  if (!settings.timeoutMs) throw new BatchInputError("--timeout must be more than 0: a batch has nobody to paste replies");
  const boards: BatchBoard[] | undefined = values.boards === undefined ? undefined : readBoardsFile(values.boards);
  if (boards && !boards.length) throw new BatchInputError(`${values.boards} lists no boards`);
  return {
    options: { boards, ports: values.port ?? [], defaults, jobs, watch: values.watch === true, baud, eol, settings },
    reports: values.report ?? [],
  };
}

export async function batchMain(argv: string[]): Promise<number> {
  let parsed;
  let reports: ReportFile[];
  try {
    parsed = parseBatchArgs(argv);
    if (parsed === "help") {
      process.stdout.write(BATCH_USAGE + "\n");
      return 0;
    }
    planBatch(parsed.options);
    reports = parsed.reports.map((path) => new ReportFile(path));
  } catch (error) {
    if (!(error instanceof BatchInputError)) throw error;
    process.stderr.write(`esp-provision batch: ${error.message}\n(npx esp-provision batch --help lists the options)\n`);
    return 2;
  }
  const { options } = parsed;
  const stop = new AbortController();
  const urgent = new AbortController();
  const view = new BatchView(process.stderr, !options.watch);
  const onSigint = () => {
    if (!stop.signal.aborted) {
      view.message("Stopping: boards that have not sent their credentials stop now; the others finish. Ctrl-C again to stop waiting for them.");
      stop.abort();
    } else {
      view.message("Stopping now.");
      urgent.abort();
    }
  };
  process.on("SIGINT", onSigint);
  if (options.watch) view.message(`Watching ${options.ports!.join(", ")} for boards; Ctrl-C ends.`);
  try {
    const report = await provisionMany({
      ...options, signal: stop.signal, urgentSignal: urgent.signal,
      onEvent: (event) => {
        view.event(event);
        if (event.kind === "done") for (const file of reports) file.board(event.board);
      },
    });
    view.close();
    for (const file of reports) file.summary(report.summary);
    process.stdout.write(summaryLine(report.summary) + "\n");
    return report.summary.failed === 0 ? 0 : 1;
  } finally {
    view.close();
    process.off("SIGINT", onSigint);
  }
}
