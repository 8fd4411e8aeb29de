// npm run bench:rv32-heap: the smallest fixed XS heap, in 16-byte slots and chunk bytes, for a security 2
// session with a scan, a choice from the list and provisioning, on XS for RV32 (the ESP32-C3's 32-bit
// slots), as the README's Memory section found it on the lin build: one run per size, bisected, the slots
// with chunks to spare, then the chunks with slots to spare.
//
// The session is recorded on Node (the project's client against a device, in process; sec2-session.ts)
// and replayed on RV32 to the device alone, which must print exactly what it printed while recording and
// end provisioned. Unlike a board, where the firmware is preloaded into flash, the code here is parsed into
// the heap: each run measures what the loaded code and the idle module state occupy (collected, before the
// device is made) and the figures are the smallest heap less that.
import { build } from "esbuild";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { root } from "../xs/suites.mjs";
import { buildRunner } from "./build.mjs";
import { DEVICE_BUNDLE } from "./device-bundle.mjs";
import { ESP32_THING_HEAP, runXs } from "./qemu.mjs";
import { record, type Recording } from "./sec2-session.js";

const RESULT = "rv32-heap ";

async function script(recording: Recording): Promise<string> {
  const dir = join(root, "build/rv32/heap");
  mkdirSync(dir, { recursive: true });
  const contents = `import { replay } from "./tests/rv32/sec2-session.ts";
const recording = ${JSON.stringify(recording)};
gc();
const [idleSlots, , idleChunks] = heapStats();
replay(recording).then(({ device, output }) => {
  print(${JSON.stringify(RESULT)} + JSON.stringify({ idleSlots, idleChunks, same: output === recording.output,
    connected: device.core.manager?.state === "connected" }));
});`;
  const path = join(dir, "sec2-session.js");
  writeFileSync(path, (await build({
    stdin: { contents, resolveDir: root, sourcefile: "rv32-heap-entry.ts", loader: "ts" },
    ...DEVICE_BUNDLE,
  })).outputFiles![0].text);
  return path;
}

interface Run { passed: boolean; idleSlots: number; idleChunks: number; why: string }

async function run(path: string, slots: number, chunks: number): Promise<Run> {
  const { output, code } = await runXs([path], { slots, chunks });
  const line = output.split("\n").find((l) => l.startsWith(RESULT));
  const result = line ? JSON.parse(line.slice(RESULT.length)) : undefined;
  const passed = code === 0 && !!result?.same && !!result?.connected;
  const why = passed ? "" : (output.match(/XS abort: .*|uncaught: .*/)?.[0] ?? (result ? JSON.stringify(result) : `exit ${code}`));
  return { passed, idleSlots: result?.idleSlots ?? 0, idleChunks: result?.idleChunks ?? 0, why };
}

/** The smallest size in (low, high] that passes, high passing and low failing; with the run at that size. */
async function smallest(low: number, high: number, at: (size: number) => Promise<Run>) {
  let passing = await at(high);
  if (!passing.passed) throw new Error(`fails even at ${high}: ${passing.why}`);
  let failing: Run | undefined;
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    const attempt = await at(middle);
    if (attempt.passed) { high = middle; passing = attempt; } else { low = middle; failing = attempt; }
  }
  return { size: high, run: passing, failedBelow: failing?.why };
}

await buildRunner({ log: console.log });
const recording = await record();
const path = await script(recording);
// Far more than the session needs (it is bisected down from here), less than the suites' test heap.
const SPARE = { slots: 256 * 1024, chunks: 32 * 1024 * 1024 };
const full = await run(path, SPARE.slots, SPARE.chunks);
if (!full.passed) throw new Error(`the session does not replay on RV32: ${full.why}`);
console.log(`sec2 session replayed on RV32: the device printed the same ${recording.output.length} characters and provisioned`);
console.log(`loaded code and idle module state (collected): ${full.idleSlots} slots, ${full.idleChunks} chunk bytes`);
// Bisected between the idle heap and the idle heap plus eight esp32_thing heaps.
const slots = await smallest(full.idleSlots, full.idleSlots + 8 * ESP32_THING_HEAP.slots, (n) => run(path, n, SPARE.chunks));
const chunks = await smallest(full.idleChunks, full.idleChunks + 8 * ESP32_THING_HEAP.chunks, (n) => run(path, SPARE.slots, n));
const needSlots = slots.size - full.idleSlots, needChunks = chunks.size - full.idleChunks;
console.log(`smallest slot heap: ${needSlots} slots above the idle heap (${needSlots - 1} failed: ${slots.failedBelow})`);
console.log(`smallest chunk heap: ${needChunks} bytes above the idle heap (${needChunks - 1} failed: ${chunks.failedBelow})`);
const both = await run(path, full.idleSlots + needSlots, full.idleChunks + needChunks);
console.log(`both at once: ${both.passed ? "passed" : `failed (${both.why})`}`);
console.log(`esp32_thing: ${ESP32_THING_HEAP.slots} slots, ${ESP32_THING_HEAP.chunks} chunk bytes: ` +
  `${(100 * needSlots / ESP32_THING_HEAP.slots).toFixed(0)} % of the slots, ${(100 * needChunks / ESP32_THING_HEAP.chunks).toFixed(0)} % of the chunks`);
