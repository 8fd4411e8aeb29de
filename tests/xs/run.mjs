// Runs the portable test files on the real XS engine (@agoric/xsnap's xsnap-worker): each file is
// bundled with tests/xs/harness.ts by esbuild and evaluated in a fresh worker. Ends with the summary
// line "xs: N passed, N failed"; exits non-zero on any failure.
import { relative } from "node:path";
import { bundleSuite, root, testFiles } from "./suites.mjs";
import { XsWorker } from "./worker.mjs";

const files = testFiles(process.argv[2]);
let passed = 0, failed = 0;
for (const file of files) {
  console.log(`${relative(root, file)} (XS)`);
  const source = await bundleSuite(file);
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
