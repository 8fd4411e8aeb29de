// The reference firmware's provisioning, measured on the emulated ESP32-C3 (README, "The firmware on an
// emulated ESP32-C3"). On the console, as "I (...) measure:" lines:
// - XS's slots and chunk bytes with provisioning open and idle, the peak of the session a client then runs
//   (e.g. a security 2 handshake, a scan, credentials, the connection), and what stays after end();
// - each security handshake request's cost on the chip's clock, from the request handed to protocomm to its
//   reply: microseconds of esp_timer, which under QEMU's -icount shift=N is instructions x 2^N ns.
import WiFiProvisioning, { bootErrorLine } from "esp-console-prov";
// A measurement, not an app: it times protocomm, which is behind the face (reached as the tests reach it).
import { internalsOf } from "esp-console-prov/modules/wifi-provisioning/internals";
import { heap, microseconds } from "measure";

type Handle = (name: string, sessionId: number, request: Uint8Array) => Uint8Array | Promise<Uint8Array>;
type Counts = ReturnType<typeof heap>;

function line(what: string, counts: Counts, peak = false): string {
  const slots = peak ? counts.peakSlots : counts.slots;
  return `${what}: ${slots} slots (${slots * counts.slotSize} bytes), ${peak ? counts.peakChunks : counts.chunks} chunk bytes`;
}

export default function main(): void {
  heap(); // a collection first (see the README on XS's RegExp exec)
  try {
    let session: Counts | undefined;
    const provisioning: WiFiProvisioning = new WiFiProvisioning({
      onStart() {
        provisioning.log.info("measure", line("idle, provisioning open", heap()));
      },
      onEnd() {
        session = heap(); // its peaks span the session, from the idle reading on
        // The console stays: the figures are printed on it (and counted with it, as before end() let it go).
        provisioning.end({ keepConsole: true });
        provisioning.log.info("measure", line("session peak", session, true));
        provisioning.log.info("measure", line("after end()", heap()));
      },
    });
    // The reference firmware's boot (main.ts): join the stored network, or provision.
    if (provisioning.provisioned) provisioning.connect();
    else provisioning.start();
    const protocomm = internalsOf(provisioning).protocomm;
    if (!protocomm) return;
    const handle: Handle = protocomm.handle.bind(protocomm);
    let command = 0;
    let total = 0;
    // An own property: preloading froze Protocomm.prototype, so a plain assignment would throw
    const timed: Handle = (name, sessionId, request) => {
      if (name !== "prov-session") return handle(name, sessionId, request);
      const start = microseconds();
      const report = () => {
        const spent = microseconds() - start;
        total += spent;
        provisioning.log.info("measure", `prov-session command ${command++}: ${spent} us, handshake ${total} us`);
      };
      const reply = handle(name, sessionId, request);
      if (reply instanceof Promise) return reply.then((bytes) => (report(), bytes));
      report();
      return reply;
    };
    Object.defineProperty(protocomm, "handle", { value: timed });
  } catch (error) {
    trace(`${bootErrorLine(error)}\n`);
  }
}
