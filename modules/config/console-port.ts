// The console UART's keys of manifest.json "config": which port, how fast, which pins. Board-only: the
// simulator's console is its standard input and output.
import { ConfigError, wholeNumber } from "./config.js";

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

