// How much of the heap provisioning keeps after the app ends it (README, Memory): the same app measured
// before it ever creates WiFiProvisioning, then after a whole provisioning (esp_prov over the console: a
// session, a scan, credentials, a connection) and end(). Both after a full collection, in the fixed heap of
// the wrapper manifest beside this file. The figures are printed on the console, which stays open for logs.
import WiFiProvisioning from "esp-console-prov";
import heapStats from "heap-stats";
import Timer from "timer";

export default function main(): void {
  const before = heapStats();
  let opened = before;
  const provisioning: WiFiProvisioning = new WiFiProvisioning({
    onEnd() {
      provisioning.end();
      // After the stack that ended it has unwound: only what end() keeps is still reachable.
      Timer.set(() => {
        const after = heapStats();
        const line = (what: string, s: { slots: number; chunks: number }) => `${what}: ${s.slots} slots (${s.slots * before.slotSize} bytes), ${s.chunks} chunk bytes`;
        provisioning.log.info("memory", line("before provisioning", before));
        provisioning.log.info("memory", line("constructed (console open, nothing started)", opened));
        provisioning.log.info("memory", line("after end()", after));
        provisioning.log.info("memory", `retained: ${after.slots - before.slots} slots, ${after.chunks - before.chunks} chunk bytes`);
      }, 100);
    },
  });
  opened = heapStats();
  provisioning.start();
}
