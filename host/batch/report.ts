// The report a factory keeps: one record per board as it finishes, then a summary. JSON Lines (one object a
// line, the summary last as {"summary": ...}) or CSV (a header, one row a board, the summary as a last
// "# ..." line, quoted: one cell). The files are opened before any board is touched, so a path that cannot be written
// is a bad argument, not a lost report. Secrets are not in a BoardResult, so they cannot be here.
import { closeSync, openSync, writeSync } from "node:fs";
import { extname } from "node:path";
import { BatchInputError } from "./boards.js";
import { csvField } from "./csv.js";
import type { BatchSummary, BoardResult } from "./provision-many.js";

export type ReportFormat = "jsonl" | "csv";

/** The report's columns, in order: the CSV header and the JSON keys. */
export const REPORT_FIELDS = [
  "port", "mac", "firmware", "firmware_version", "security_version", "result", "reason", "device_reason",
  "ssid", "ip", "row", "start", "duration_ms",
] as const;

/** A board's record with the report's field names (absent values left out of JSON, empty in CSV). */
export function reportRecord(board: BoardResult): Record<(typeof REPORT_FIELDS)[number], string | number | undefined> {
  return {
    port: board.port, mac: board.mac, firmware: board.firmware, firmware_version: board.firmwareVersion,
    security_version: board.securityVersion, result: board.result, reason: board.reason, device_reason: board.deviceReason,
    ssid: board.ssid, ip: board.ip, row: board.row, start: board.start, duration_ms: board.durationMs,
  };
}

/** "8 boards: 5 joined, 3 failed (1 wrong PoP, 1 wrong passphrase, 1 no answer)". */
export function summaryLine(summary: BatchSummary): string {
  const failures = Object.entries(summary.results).filter(([kind]) => kind !== "joined" && kind !== "not listed")
    .map(([kind, count]) => `${count} ${kind}`);
  const unlisted = summary.results["not listed"] ? `; ${summary.results["not listed"]} not listed, left alone` : "";
  return `${summary.boards} board${summary.boards === 1 ? "" : "s"}: ${summary.joined} joined, ${summary.failed} failed` +
    `${failures.length ? ` (${failures.join(", ")})` : ""}${unlisted}${summary.interrupted ? "; stopped by the user" : ""}` +
    ` in ${(summary.durationMs / 1000).toFixed(1)} s`;
}

export function formatOf(path: string): ReportFormat {
  const ext = extname(path).toLowerCase();
  if (ext === ".csv") return "csv";
  if (ext === ".jsonl" || ext === ".ndjson" || ext === ".json") return "jsonl";
  throw new BatchInputError(`--report ${path}: name it .jsonl (JSON Lines) or .csv`);
}

export class ReportFile {
  #fd: number;
  readonly format: ReportFormat;

  /** Opens (creates or empties) the file now; a path that cannot be written throws a BatchInputError. */
  constructor(readonly path: string) {
    this.format = formatOf(path);
    try {
      this.#fd = openSync(path, "w");
    } catch (error) {
      throw new BatchInputError(`cannot write the report ${path}: ${(error as Error).message}`);
    }
    if (this.format === "csv") this.#write(REPORT_FIELDS.join(","));
  }

  board(board: BoardResult): void {
    const record = reportRecord(board);
    this.#write(this.format === "csv" ? REPORT_FIELDS.map((field) => csvField(record[field])).join(",") : JSON.stringify(record));
  }

  summary(summary: BatchSummary): void {
    this.#write(this.format === "csv" ? csvField(`# ${summaryLine(summary)}`) : JSON.stringify({ summary: { ...summary, text: summaryLine(summary) } }));
    closeSync(this.#fd);
  }

  #write(line: string): void {
    writeSync(this.#fd, line + "\n");
  }
}
