// How much of the heap provisioning keeps after the app ends it (README, Memory): the same app measured
// before it ever creates WiFiProvisioning, then after a whole provisioning (esp_prov over the console: a
// session, a scan, credentials, a connection) and end(). Both after a full collection, in the fixed heap of
// the wrapper manifest beside this file. Built with memoryKeepConsole=true, end() keeps the console for the
// app's log lines; by default it lets it go, and the figures, measured first, are then written on the console
// device through a serial port of the app's own (lin: the pseudo terminal of consoleDevice).
import WiFiProvisioning from "esp-console-prov";
import config from "mc/config";
import heapStats from "heap-stats";
import Timer from "timer";
import Serial from "embedded:io/serial";
import WiFiModule from "wifi";

const settings = config as unknown as { memoryKeepConsole?: unknown; memoryNoSession?: unknown; memoryBareWifi?: unknown; consoleDevice: string };
const keepConsole = String(settings.memoryKeepConsole) === "true";
/** memoryNoSession=true: started and stopped at once, no client, no connection (what end() keeps by itself). */
const noSession = String(settings.memoryNoSession) === "true";
/**
 * memoryBareWifi=true: no provisioning at all, the app joins a network with Moddable's wifi module itself:
 * what being online costs any app (on lin, the simulator's JS Wi-Fi and its repeating timer).
 */
const bareWifi = String(settings.memoryBareWifi) === "true";

function line(what: string, s: { slots: number; chunks: number; slotSize: number }): string {
  return `${what}: ${s.slots} slots (${s.slots * s.slotSize} bytes), ${s.chunks} chunk bytes`;
}

function bareWifiOnly(): void {
  const before = heapStats();
  const WiFi = WiFiModule as unknown as { new (options: object, onNotify: (message: string) => void): object; gotIP: string };
  const monitor = new WiFi({ ssid: "myssid", password: "mypassword" }, (message) => {
    if (message !== WiFi.gotIP) return;
    Timer.set(() => {
      const after = heapStats();
      writeOnOwnPort([
        "the app's own Wi-Fi connection, no provisioning",
        line("before", before),
        line("connected", after),
        `retained: ${after.slots - before.slots} slots, ${after.chunks - before.chunks} chunk bytes (monitor ${typeof monitor})`,
      ]);
    }, 100);
  });
}

/** The lines on the console device once the component has let it go: the app opens it itself. */
function writeOnOwnPort(lines: string[]): void {
  const SerialPort = Serial as unknown as new (options: object) => { write(data: ArrayBuffer): void };
  const port = new SerialPort({ device: settings.consoleDevice, baud: 115200, format: "buffer" });
  for (const text of lines) port.write(ArrayBuffer.fromString(`I (-) memory: ${text}\r\n`));
}

export default function main(): void {
  if (bareWifi) return bareWifiOnly();
  const before = heapStats();
  let opened = before;
  const provisioning = new WiFiProvisioning({
    onEnd() {
      this.end({ keepConsole });
      // After the stack that ended it has unwound: only what end() keeps is still reachable.
      Timer.set(() => {
        const after = heapStats();
        const lines = [
          `end({ keepConsole: ${keepConsole} })${noSession ? ", no session" : ", after a session"}`,
          line("before provisioning", before),
          line("constructed (console open, nothing started)", opened),
          line("after end()", after),
          `retained: ${after.slots - before.slots} slots, ${after.chunks - before.chunks} chunk bytes`,
        ];
        if (keepConsole) for (const text of lines) this.log.info("memory", text);
        else writeOnOwnPort(lines);
      }, 100);
    },
  });
  opened = heapStats();
  provisioning.start();
  if (noSession) Timer.set(() => provisioning.stop(), 500);
}
