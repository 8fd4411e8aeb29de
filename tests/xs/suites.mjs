// The portable test files and how they are bundled for an XS engine: each file with tests/xs/harness.ts,
// by esbuild, into one script. Shared by the xsnap runner (tests/xs/run.mjs) and the RV32 runner
// (tests/rv32/run.mjs), so both engines run exactly the same bundles.
import { build } from "esbuild";
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
/**
 * The folders whose tests are portable: the one list of suites is mocha's spec in .mocharc.json, each entry
 * "<folder>/**\/*.test.ts"; of those, tests/node is Node-only.
 */
const NODE_ONLY = "tests/node";
const PORTABLE = JSON.parse(readFileSync(join(root, ".mocharc.json"), "utf8")).spec.map((glob) => {
  const folder = /^(tests\/[\w-]+)\/\*\*\/\*\.test\.ts$/.exec(glob)?.[1];
  if (!folder) throw new Error(`.mocharc.json spec ${glob}: expected <folder>/**/*.test.ts`);
  return folder;
}).filter((folder) => folder !== NODE_ONLY);

/** The portable test files, those whose path contains filter if one is given. */
export function testFiles(filter) {
  return PORTABLE.flatMap((dir) => readdirSync(join(root, dir), { recursive: true }).filter((f) => f.endsWith(".test.ts")).sort().map((f) => join(root, dir, f)))
    .filter((f) => !filter || f.includes(filter));
}

export async function bundle(entries, plugins = []) {
  const contents = entries.map((f) => `import ${JSON.stringify(f)};`).join("\n");
  const result = await build({
    stdin: { contents, resolveDir: root, sourcefile: "xs-entry.ts", loader: "ts" },
    bundle: true, format: "iife", platform: "browser", target: "es2021", write: false, logLevel: "error", plugins,
  });
  return result.outputFiles[0].text;
}

/** One test file with the harness: after evaluating it, globalThis.__runTests() runs its tests. */
export function bundleSuite(file, plugins = []) {
  return bundle([join(root, "tests/xs/harness.ts"), file], plugins);
}
