// npm run bench:rv32: the device work that matters, on XS for rv32imc (the ESP32-C3's ISA) under QEMU.
// For each benchmark of tests/bench (the same registry `npm run bench` measures in computrons): the exact
// number of RV32 instructions retired (QEMU's -icount makes the core's instret counter exact), and what
// the work allocated in 16-byte slots and chunk bytes, 32-bit pointers as on an ESP32.
//
// One machine runs every benchmark, as xsnap does for `npm run bench`: the bundle, then for each benchmark
// a setup script and a measured script, the runner draining promise jobs after each (an async setup is
// done before the measured script starts; the measured work includes the promise jobs it queues). The
// measured script collects garbage, then reads the counters, starts the operation, and the next script
// reads them again. The heap is far larger than the work, so nothing is collected while it runs: the
// figures are the slots and chunk bytes the work allocates (its peak above the idle heap), and its
// instructions without a collection. An empty operation measures the harness's own instructions
// (reading the counters, one script's parse), which are subtracted.
//
// The whole-device lines (a handshake's or SetConfig + ApplyConfig's console bytes in, the replies out) also
// run on the native runner (build.mjs's xs-rv32-native.elf, Mbed TLS linked as on a board), with the
// firmware's crypto wiring: nativeCrypto on (X25519 and SRP in C) and off (@noble/curves, CompactArithmetic),
// SHA-2 and AES native in both. Where tools/idf-rv32 has counted Espressif's C on the same sessions
// (build/idf-rv32/counts.json, or $IDF_RV32_COUNTS), the lines say how ours compare.
// `node tests/rv32/bench.mjs x25519` runs the benchmarks whose name contains "x25519".
import { build } from "esbuild";
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { root } from "../xs/suites.mjs";
import { buildRunner } from "./build.mjs";
import { nativeRunnerPlugin } from "./native/bundle.mjs";
import { WHOLE_DEVICE } from "./native/whole-device.js";
import { DEVICE_BUNDLE } from "./device-bundle.mjs";
import { runXs } from "./qemu.mjs";

/** The device work the figures are for; every other benchmark of the registry runs with `npm run bench`. */
export const DEVICE_WORK = [
  "sec1 command 0",
  "sec1 command 0, no key pair ready",
  "sec1 handshake",
  "sec1 handshake, no key pair ready",
  "sec2 handshake (compact: the firmware's table-free Montgomery arithmetic)",
  "sec2 handshake's SHA-512 work in JS (25 blocks: u, K, M, H_AMK; native on the device)",
  "3072-bit modexp, 256-bit exponent: Montgomery",
  "x25519 shared secret, @noble/curves",
  "scan page through the device (prov-scan result request, 5 networks, security 1)",
  "SetConfig + ApplyConfig through the device (security 1)",
  "console line of 2 KiB through the device (custom-data, security 1)",
];

const EMPTY = "(empty operation)";
const HEAP = { slots: 2 * 1024 * 1024, chunks: 192 * 1024 * 1024 };
const FIGURES = "rv32-bench ";

const benchDir = join(root, "tests/bench");
const files = readdirSync(benchDir).filter((f) => f.endsWith(".bench.ts")).map((f) => join(benchDir, f));

async function bundle(native) {
  const contents = `import { benchmarks } from "./tests/bench/registry.ts";\n` +
    files.map((f) => `import ${JSON.stringify(f)};`).join("\n") + `
benchmarks.push({ name: ${JSON.stringify(EMPTY)}, setup: () => () => {} });
globalThis.console ??= { log: print, error: print };
globalThis.__names = () => benchmarks.map((b) => b.name);
globalThis.__setup = (i) => { Promise.resolve(benchmarks[i].setup()).then((op) => { globalThis.__op = op; }); };
globalThis.__start = () => {
  gc();
  resetHeapPeaks();
  globalThis.__before = heapStats();
  globalThis.__t0 = instret();
  globalThis.__op();
};
globalThis.__stop = (name) => {
  const t1 = instret();
  const [, peakSlots, , peakChunks] = heapStats();
  const [slots, , chunks] = globalThis.__before;
  print(${JSON.stringify(FIGURES)} + JSON.stringify({ name, instructions: t1 - globalThis.__t0,
    slots: peakSlots - slots, chunks: peakChunks - chunks }));
};`;
  return (await build({
    stdin: { contents, resolveDir: root, sourcefile: "rv32-bench-entry.ts", loader: "ts" },
    ...DEVICE_BUNDLE,
    plugins: native ? [nativeRunnerPlugin] : [],
  })).outputFiles[0].text;
}

/**
 * Runs the named benchmarks (and the empty operation) on one machine; resolves with their figures. With
 * `native`, on the native runner with nativeCrypto on or off as `nativeCrypto` says.
 */
export async function rv32Figures(names, { native = false, nativeCrypto = true } = {}) {
  const elf = await buildRunner({ log: console.log, native });
  const dir = join(root, "build/rv32", native ? `bench-native-${nativeCrypto ? "on" : "off"}` : "bench");
  mkdirSync(dir, { recursive: true });
  const source = join(dir, "bench.js");
  writeFileSync(source, (native ? `globalThis.__rv32NativeCrypto = ${nativeCrypto};\n` : "") + await bundle(native));
  // The registry's order is the bundle's import order: the names index it.
  const order = [];
  const scripts = [source];
  for (const name of [EMPTY, ...names]) {
    const n = order.length;
    order.push(name);
    const file = (step, text) => {
      const path = join(dir, `${n}-${step}.js`);
      writeFileSync(path, text);
      scripts.push(path);
    };
    const index = `__names().indexOf(${JSON.stringify(name)})`;
    file("setup", `if (${index} < 0) throw new Error(${JSON.stringify("no benchmark " + name)}); __setup(${index});`);
    file("start", "__start();");
    file("stop", `__stop(${JSON.stringify(name)});`);
  }
  const list = join(dir, "scripts");
  writeFileSync(list, scripts.join("\n") + "\n");
  const { output, code } = await runXs([`@${list}`], { ...HEAP, exact: true, elf });
  const figures = output.split("\n").filter((l) => l.startsWith(FIGURES)).map((l) => JSON.parse(l.slice(FIGURES.length)));
  if (code !== 0 || figures.length !== order.length) throw new Error(`rv32 bench failed (exit ${code}):\n${output}`);
  const empty = figures.shift();
  return figures.map((f) => ({
    ...f, instructions: f.instructions - empty.instructions, slots: f.slots - empty.slots, chunks: f.chunks - empty.chunks,
  }));
}

/** Espressif's C's counts from tools/idf-rv32, if it has run here. */
function espressifCounts() {
  const path = process.env.IDF_RV32_COUNTS || join(root, "build/idf-rv32/counts.json");
  return existsSync(path) ? JSON.parse(readFileSync(path, "utf8")) : undefined;
}

const millions = (n) => `${(n / 1e6).toFixed(2)} M`;

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const filter = process.argv[2];
  const names = DEVICE_WORK.filter((n) => !filter || n.includes(filter));
  const whole = WHOLE_DEVICE.filter((w) => !filter || w.name.includes(filter));
  const all = [...names, ...whole.map((w) => w.name)];
  const js = await rv32Figures(all);
  for (const f of js.slice(0, names.length)) {
    console.log(`${f.name}: ${f.instructions} RV32 instructions`);
    console.log(`  allocated: ${f.slots} slots (${f.slots * 16} bytes), ${f.chunks} chunk bytes`);
  }
  if (whole.length) {
    const cores = whole.filter((w) => w.core).map((w) => w.core);
    const onAll = await rv32Figures([...whole.map((w) => w.name), ...cores], { native: true, nativeCrypto: true });
    const on = onAll.slice(0, whole.length);
    const core = (w) => onAll[whole.length + cores.indexOf(w.core)];
    const off = await rv32Figures(whole.map((w) => w.name), { native: true, nativeCrypto: false });
    const c = espressifCounts();
    console.log(c ? `Espressif's C on the same sessions (tools/idf-rv32, ESP-IDF ${c.idf}): ${c.sessions.map((s) => `${s.name} ${s.instructions}`).join(", ")}`
      : "(Espressif's C: not counted here; tools/idf-rv32/build.sh counts it)");
    whole.forEach((w, i) => {
      const cCount = c?.sessions.find((s) => s.name === w.c)?.instructions;
      const vsC = (n) => (cCount ? ` (${(n / cCount).toFixed(2)}× Espressif's C)` : "");
      console.log(`${w.name}:`);
      console.log(`  native (nativeCrypto on): ${on[i].instructions} RV32 instructions${vsC(on[i].instructions)}`);
      console.log(`  nativeCrypto=false (X25519 and SRP in JS): ${off[i].instructions} RV32 instructions${vsC(off[i].instructions)}`);
      console.log(`  all JS (the suites' @noble SHA-2 and AES too): ${js[names.length + i].instructions} RV32 instructions${vsC(js[names.length + i].instructions)}`);
      console.log(`  native allocated: ${on[i].slots} slots, ${on[i].chunks} chunk bytes; native is ${millions(on[i].instructions)}, ` +
        `${(off[i].instructions / on[i].instructions).toFixed(2)}× less than nativeCrypto=false`);
      if (w.core) {
        const inProtocomm = core(w).instructions, cProtocomm = c?.sessions.find((s) => s.name === w.c)?.protocomm;
        console.log(`  native, its console path (whole less the requests straight into protocomm): ${on[i].instructions - inProtocomm}` +
          (cProtocomm ? `; Espressif's C's (whole less protocomm_req_handle): ${cCount - cProtocomm}` : ""));
      }
    });
  }
}
