// npm run soak [-- sessions [node|xs]]: 10,000 consecutive sessions on the simulated device, on Node (heap after GC) and on the
// XS engine (live heap slots after GC), printed at the start and the end of the run.
import { build } from "esbuild";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { XsWorker } from "../xs/worker.mjs";
import { runSessions, soakDevice } from "./soak-sessions.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const SESSIONS = Number(process.argv[2] ?? 10000);
const WARMUP = 30;
const CHUNK = 300;

async function onNode(): Promise<void> {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error("run with node --expose-gc");
  const device = soakDevice();
  await runSessions(device, 0, WARMUP);
  gc();
  const start = process.memoryUsage().heapUsed;
  const t = performance.now();
  await runSessions(device, WARMUP, SESSIONS);
  gc();
  const end = process.memoryUsage().heapUsed;
  console.log(`node: ${SESSIONS} sessions in ${((performance.now() - t) / 1000).toFixed(1)} s; heap after GC ${(start / 1024).toFixed(0)} KiB at start, ${(end / 1024).toFixed(0)} KiB at end (${(((end - start) / start) * 100).toFixed(1)}%)`);
}

async function onXs(): Promise<void> {
  const contents = `import { runSessions, soakDevice } from "./tests/bench/soak-sessions.ts";
globalThis.console ??= { log: print, error: print };
globalThis.setTimeout ??= () => { throw new Error("no timers"); };
const device = soakDevice();
globalThis.__run = (from, to) => { globalThis.__failed = undefined; runSessions(device, from, to).catch((e) => { globalThis.__failed = String(e); }); };`;
  const bundle = (await build({
    stdin: { contents, resolveDir: root, sourcefile: "soak-entry.ts", loader: "ts" },
    bundle: true, format: "iife", platform: "browser", target: "es2021", write: false, logLevel: "error",
  })).outputFiles[0].text;
  const worker = new XsWorker();
  try {
    await worker.evaluate(bundle);
    const heap = async () => (await worker.evaluate("gc(); ''")).meter.currentHeapCount as number;
    const run = async (from: number, to: number) => {
      await worker.evaluate(`__run(${from}, ${to})`);
      const failed = (await worker.evaluate("String(globalThis.__failed ?? '')")).result;
      if (failed) throw new Error(failed);
    };
    await run(0, WARMUP);
    const start = await heap();
    const t = performance.now();
    for (let from = WARMUP; from < SESSIONS; from += CHUNK) await run(from, Math.min(SESSIONS, from + CHUNK));
    const end = await heap();
    console.log(`xs: ${SESSIONS} sessions in ${((performance.now() - t) / 1000).toFixed(1)} s; live heap slots after GC ${start} at start, ${end} at end (${(((end - start) / start) * 100).toFixed(1)}%)`);
  } finally {
    worker.close();
  }
}

const only = process.argv[3]; // "node" or "xs" to run one half
if (only !== "node") await onXs();
if (only !== "xs") await onNode();
