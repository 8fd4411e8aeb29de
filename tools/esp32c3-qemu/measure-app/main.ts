// The reference firmware's provisioning, measured on the emulated ESP32-C3 (README, "The firmware on an
// emulated ESP32-C3"). On the console, as "I (...) measure:" lines:
// - XS's slots and chunk bytes with provisioning open and idle, the peak of the session a client then runs
//   (e.g. a security 2 handshake, a scan, credentials, the connection), and what stays after end();
// - each security handshake request's cost on the chip's clock, from the request handed to protocomm to its
//   reply: microseconds of esp_timer, which under QEMU's -icount shift=N is instructions x 2^N ns.
import WiFiProvisioning from "esp-console-prov";
import { heap, microseconds } from "measure";
import Timer from "timer";

type Handle = (name: string, sessionId: number, request: Uint8Array) => Uint8Array | Promise<Uint8Array>;

export default function main(): void {
  const provisioning: WiFiProvisioning = new WiFiProvisioning({
    onEnd() {
      const session = heap(); // its peaks span the session, from the idle reading on
      provisioning.end();
      Timer.set(() => {
        const after = heap();
        const size = after.slotSize;
        provisioning.log.info("measure", `session peak: ${session.peakSlots} slots (${session.peakSlots * size} bytes), ${session.peakChunks} chunk bytes`);
        provisioning.log.info("measure", `after end(): ${after.slots} slots (${after.slots * size} bytes), ${after.chunks} chunk bytes`);
      }, 100);
    },
  });
  provisioning.start();
  Timer.set(() => {
    const idle = heap();
    provisioning.log.info("measure", `idle, provisioning open: ${idle.slots} slots (${idle.slots * idle.slotSize} bytes), ${idle.chunks} chunk bytes`);
  }, 50);
}
