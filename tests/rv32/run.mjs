// npm run test:rv32: the portable test files, bundled exactly as for xsnap (tests/xs/suites.mjs), on XS
// cross-compiled for rv32imc (the ESP32-C3's ISA: 32-bit pointers, 16-byte slots) and run bare-metal
// under QEMU. Each file runs on a fresh machine; two machines at a time. Then tests/rv32/native's tests on
// the native runner (Mbed TLS and the project's native crypto C linked in, as the firmware with nativeCrypto;
// it needs Mbed TLS 2.28's source, see build.mjs). Ends with the summary line
// "rv32: N passed, N failed"; exits non-zero on any failure. `node tests/rv32/run.mjs srp` runs the files
// whose path contains "srp".
import { mkdirSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { basename, join, relative } from "node:path";
import { bundleSuite, root, testFiles } from "../xs/suites.mjs";
import { buildRunner, NATIVE_ELF } from "./build.mjs";
import { nativeRunnerPlugin } from "./native/bundle.mjs";
import { runXs } from "./qemu.mjs";

// The suites are test code (fast-check, every vector file) parsed on the device, not preloaded firmware:
// a heap far above a board's, still fixed. The bench and the heap search use esp32_thing's sizes.
const TEST_HEAP = { slots: 2 * 1024 * 1024, chunks: 192 * 1024 * 1024 };
const RESULTS = "rv32-results ";
const AFTER = `\n;globalThis.__runTests().then(() => print(${JSON.stringify(RESULTS)} + JSON.stringify(globalThis.__results)));\n`;

await buildRunner({ log: console.log });
const NATIVE_FILES = [join(root, "tests/rv32/native/native.rv32-test.ts")];
const native = NATIVE_FILES.filter((f) => !process.argv[2] || f.includes(process.argv[2]));
if (native.length) await buildRunner({ log: console.log, native: true });
const files = [...testFiles(process.argv[2]), ...native];
const scriptDir = join(root, "build/rv32/suites");
mkdirSync(scriptDir, { recursive: true });

async function runSuite(file) {
  const script = join(scriptDir, basename(file, ".ts") + ".js");
  const onNative = native.includes(file);
  writeFileSync(script, (await bundleSuite(file, onNative ? [nativeRunnerPlugin] : [])) + AFTER);
  const started = performance.now();
  const { output, code } = await runXs([script], { ...TEST_HEAP, ...(onNative ? { elf: NATIVE_ELF } : {}) });
  const seconds = (performance.now() - started) / 1000;
  const line = output.split("\n").find((l) => l.startsWith(RESULTS));
  const report = output.split("\n").filter((l) => l && !l.startsWith(RESULTS));
  if (code !== 0 || !line) {
    return { passed: 0, failed: 1, report: [...report, `  ✘ exit ${code} without results`], seconds };
  }
  const results = JSON.parse(line.slice(RESULTS.length));
  return { passed: results.passed, failed: results.failed, report, seconds };
}

let passed = 0, failed = 0, next = 0;
const outcomes = new Array(files.length);
const printed = { count: 0 };
function printReady() {
  while (printed.count < files.length && outcomes[printed.count]) {
    const file = files[printed.count], outcome = outcomes[printed.count];
    console.log(`${relative(root, file)} (RV32${native.includes(file) ? ", native runner" : ""}, ${outcome.seconds.toFixed(1)} s under QEMU)`);
    for (const l of outcome.report) console.log(l);
    passed += outcome.passed;
    failed += outcome.failed;
    printed.count++;
  }
}
await Promise.all(Array.from({ length: Math.min(2, availableParallelism()) }, async () => {
  while (next < files.length) {
    const i = next++;
    outcomes[i] = await runSuite(files[i]);
    printReady();
  }
}));
console.log(`rv32: ${passed} passed, ${failed} failed`);
process.exitCode = failed || !files.length ? 1 : 0;
