// Runs the portable test files on the real XS engine (@agoric/xsnap's xsnap-worker): each file is
// bundled with tests/xs/harness.ts by esbuild and evaluated in a fresh worker. Ends with the summary
// line "xs: N passed, N failed"; exits non-zero on any failure.
import { build } from "esbuild";
import { readdirSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { XsWorker } from "./worker.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
/** The folders whose tests are portable (tests/node is Node-only). */
const PORTABLE = ["tests/unit", "tests/vectors"];

function testFiles(filter) {
  return PORTABLE.flatMap((dir) => readdirSync(join(root, dir)).filter((f) => f.endsWith(".test.ts")).map((f) => join(root, dir, f)))
    .filter((f) => !filter || f.includes(filter));
}

export async function bundle(entries) {
  const contents = entries.map((f) => `import ${JSON.stringify(f)};`).join("\n");
  const result = await build({
    stdin: { contents, resolveDir: root, sourcefile: "xs-entry.ts", loader: "ts" },
    bundle: true, format: "iife", platform: "browser", target: "es2021", write: false, logLevel: "error",
  });
  return result.outputFiles[0].text;
}

const files = testFiles(process.argv[2]);
let passed = 0, failed = 0;
for (const file of files) {
  console.log(`${relative(root, file)} (XS)`);
  const source = await bundle([join(root, "tests/xs/harness.ts"), file]);
  const worker = new XsWorker();
  let results;
  try {
    await worker.evaluate(source);
    await worker.evaluate("globalThis.__runTests()");
    results = JSON.parse((await worker.evaluate("JSON.stringify(globalThis.__results)")).result);
  } catch (error) {
    console.log(`  ✘ ${error.message}`);
    failed++;
    continue;
  } finally {
    worker.close();
  }
  passed += results.passed;
  failed += results.failed;
}
console.log(`xs: ${passed} passed, ${failed} failed`);
process.exitCode = failed || !files.length ? 1 : 0;
