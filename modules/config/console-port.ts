// The console UART's keys of manifest.json "config": which port, how fast, which pins. Board-only: the
// simulator's console is its standard input and output.
import { ConfigError, wholeNumber } from "./config.js";
import { escapeErrorForLog, quoteForLog } from "../log/escape.js";

export interface ConsolePortConfig {
  port: number;
  baud: number;
  /** GPIO numbers. ECMA-419 serial on ESP32 reads and writes only through pins it is given. */
  transmit: number;
  receive: number;
  /** lin simulator: a tty path (a pseudo terminal); empty on a board. */
  device: string;
}

/** The console's UART keys of manifest.json "config" (consolePort, consoleBaud, consoleTx, consoleRx, consoleDevice). */
export function parseConsolePortConfig(raw: Record<string, unknown>): ConsolePortConfig {
  const device = raw.consoleDevice ?? "";
  if (typeof device !== "string") throw new ConfigError("consoleDevice", "is not a string");
  return {
    port: wholeNumber(raw, "consolePort", 0, 0, 2),
    baud: wholeNumber(raw, "consoleBaud", 115200, 300, 5000000),
    // The classic ESP32's UART0 pins (its USB bridge); other chips name theirs (README).
    transmit: wholeNumber(raw, "consoleTx", 1, 0, 48),
    receive: wholeNumber(raw, "consoleRx", 3, 0, 48),
    device,
  };
}


/**
 * Opens the console UART through `open`, turning a failure into one line that says what happened and what to
 * do. Moddable's serial throws a bare "in use" / "port in use" for a taken port or pins, and in a debug build
 * (mcconfig -d) xsbug's link owns UART0 and its pins, so the default console cannot open there.
 */
export function openConsolePort<T>(config: ConsolePortConfig, open: () => T): T {
  try {
    return open();
  } catch (error) {
    throw new ConfigError(config.device ? "consoleDevice" : "consolePort", consoleOpenFailure(error, config));
  }
}

function consoleOpenFailure(error: unknown, config: ConsolePortConfig): string {
  const reason = escapeErrorForLog(error, 80);
  if (config.device) return `cannot open the console on ${quoteForLog(config.device)}: ${reason}`;
  const where = `UART${config.port} (TX GPIO ${config.transmit}, RX GPIO ${config.receive}, ${config.baud} baud)`;
  if (config.port === 0 && reason.includes("in use"))
    return `${where} is in use: in a debug build (mcconfig -d) xsbug owns UART0; build without -d, or give the console another UART: consolePort=2 consoleTx=17 consoleRx=16 (README: "Debug builds and the UART")`;
  return `cannot open the console on ${where}: ${reason}`;
}
