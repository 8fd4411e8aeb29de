// npm run bench: every tests/bench/*.bench.ts measured on the XS engine (computrons: deterministic, the
// figure to track; and wall time) and on Node (wall time). Prints "<name>: <n> computrons" lines.
// Wall times are the best of RUNS runs: the machine is shared, and the fastest run is the least disturbed.
import { build } from "esbuild";
import { readdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { XsWorker } from "../xs/worker.mjs";
import { benchmarks, differences } from "./registry.js";

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, "../..");
const filter = process.argv[2];
const RUNS = 5;
const files = readdirSync(here).filter((f) => f.endsWith(".bench.ts")).map((f) => join(here, f));

async function nodeTimes(): Promise<Map<string, number>> {
  for (const file of files) await import(pathToFileURL(file).href);
  const times = new Map<string, number>();
  for (const b of benchmarks) {
    if (filter && !b.name.includes(filter)) continue;
    let best = Infinity;
    for (let i = 0; i < RUNS; i++) {
      const op = await b.setup();
      const start = performance.now();
      await op();
      best = Math.min(best, performance.now() - start);
    }
    times.set(b.name, best);
  }
  return times;
}

async function xsFigures(): Promise<Map<string, { computrons: number; ms: number }>> {
  const contents = `import { benchmarks } from "./tests/bench/registry.ts";\n` +
    files.map((f) => `import ${JSON.stringify(f)};`).join("\n") +
    `\nglobalThis.console ??= { log: print, error: print };
globalThis.__names = () => JSON.stringify(benchmarks.map((b) => b.name));
globalThis.__setup = (i) => { Promise.resolve(benchmarks[i].setup()).then((op) => { globalThis.__op = op; }); };
globalThis.__run = (i) => { const t = performance.now(); Promise.resolve(globalThis.__op()).then(() => { globalThis.__ms = performance.now() - t; }); };`;
  const bundle = (await build({
    stdin: { contents, resolveDir: root, sourcefile: "bench-entry.ts", loader: "ts" },
    bundle: true, format: "iife", platform: "browser", target: "es2021", write: false, logLevel: "error",
    // The firmware's TypeScript is compiled for ES2022 and XS runs private fields and methods natively;
    // lowered to WeakMap helpers (es2021's default) each access would cost dozens of computrons.
    supported: { "class-private-field": true, "class-private-method": true, "class-private-accessor": true, "class-private-static-field": true, "class-private-static-method": true, "class-private-static-accessor": true, "class-private-brand-check": true },
  })).outputFiles[0].text;
  const worker = new XsWorker();
  const figures = new Map<string, { computrons: number; ms: number }>();
  try {
    await worker.evaluate(bundle);
    const names: string[] = JSON.parse((await worker.evaluate("__names()")).result);
    for (let i = 0; i < names.length; i++) {
      if (filter && !names[i].includes(filter)) continue;
      let computrons = 0, ms = Infinity;
      for (let run = 0; run < RUNS; run++) {
        // Promise jobs are drained before the reply: an async setup is done when the next command runs.
        await worker.evaluate(`__setup(${i})`);
        // The worker meters each command; the setup above is excluded, promise jobs are included.
        const measured = await worker.evaluate(`__run(${i})`);
        if (run === 0) computrons = measured.meter.compute;
        ms = Math.min(ms, Number((await worker.evaluate("String(__ms)")).result));
      }
      figures.set(names[i], { computrons, ms });
    }
  } finally {
    worker.close();
  }
  return figures;
}

const xs = await xsFigures();
const node = await nodeTimes();
for (const [name, { computrons, ms }] of xs) {
  console.log(`${name}: ${computrons} computrons`);
  console.log(`  wall time (best of ${RUNS}): XS ${ms.toFixed(1)} ms, Node ${node.get(name)?.toFixed(2)} ms`);
  for (const d of differences) {
    const whole = xs.get(d.whole), part = xs.get(d.part);
    if (name === d.part && whole && part) console.log(`${d.name}: ${whole.computrons - part.computrons} computrons`);
  }
}
