// The device's serial port, through the serialport package: bytes in feed the console line transport,
// its lines go out. A port that cannot be opened is reported with what usually fixes it.
import { SerialPort } from "serialport";
import { ConsoleLineTransport } from "../../client/index.js";
import { nodeTimers } from "../../adapters/node/ports.js";
import { LinkError, type DeviceLink } from "./link.js";

function openError(path: string, error: Error & { code?: string }): LinkError {
  const text = error.message;
  let hint = "";
  if (/ENOENT|No such file/i.test(text)) hint = ": there is no such port (is the board plugged in? --list_ports shows the ports)";
  else if (/EACCES|Permission denied/i.test(text)) hint = ": permission denied (on Linux, add yourself to the dialout group, then log in again)";
  else if (/EBUSY|Resource busy|Cannot lock/i.test(text)) hint = ": the port is busy (close the serial monitor that has it open)";
  return new LinkError(`Cannot open ${path}${hint} (${text})`);
}

export async function openSerialLink(path: string, baudRate: number, eol: string): Promise<DeviceLink> {
  const port = new SerialPort({ path, baudRate, autoOpen: false });
  await new Promise<void>((resolve, reject) => port.open((error) => (error ? reject(openError(path, error)) : resolve())));
  const transport = new ConsoleLineTransport({
    timers: nodeTimers,
    eol,
    write: (text) => { port.write(text); },
  });
  const listeners: ((bytes: Uint8Array) => void)[] = [];
  port.on("data", (chunk: Buffer) => {
    const bytes = new Uint8Array(chunk);
    transport.receive(bytes);
    for (const listener of listeners) listener(bytes);
  });
  port.on("close", () => transport.close());
  port.on("error", () => transport.close());
  return {
    transport,
    raw: { write: (bytes) => { port.write(Buffer.from(bytes)); }, listen: (listener) => { listeners.push(listener); } },
    close: () => new Promise<void>((resolve) => {
      if (!port.isOpen) return resolve();
      // Let the last line leave before the port closes.
      port.drain(() => port.close(() => resolve()));
    }),
  };
}

/** The serial ports, or a sentence saying why they cannot be listed (containers lack udevadm). */
export async function listSerialPorts(): Promise<string> {
  try {
    const ports = await SerialPort.list();
    if (!ports.length) return "No serial ports found.";
    return ports.map((p) => [p.path, p.manufacturer, p.serialNumber].filter(Boolean).join("  ")).join("\n");
  } catch (error) {
    const text = (error as Error).message;
    if (/udevadm/.test(text)) return `Cannot list serial ports here: ${text} (udev is missing; look in /dev for ttyUSB* or ttyACM*).`;
    return `Cannot list serial ports: ${text}`;
  }
}
