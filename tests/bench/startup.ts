// npm run bench:startup: how long `esp-provision --help` takes to start, built (dist/, what the package
// installs) against the TypeScript through tsx (npm run provision), with `node -e 0` as the floor and an
// esbuild bundle of the same CLI for comparison (the build uses tsc; this shows what a bundle would gain).
// Commands take turns, so a busy machine slows all of them alike; medians of wall time are printed.
//
//   npm run bench:startup [-- --runs 15]
import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = resolve(fileURLToPath(new URL("../..", import.meta.url)));
const at = process.argv.indexOf("--runs");
const runs = at > 0 ? Number(process.argv[at + 1]) : 9;

function mustRun(command: string, args: string[]): void {
  const result = spawnSync(command, args, { cwd: root, encoding: "utf8" });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed: ${result.stderr || result.error?.message}`);
}

// The build being measured is the current source.
mustRun(process.execPath, ["host/build-package.mjs"]);
// Inside the checkout, so the bundle finds node_modules; split, so serialport stays a lazy import as in dist/.
const scratch = join(root, "build", "bench-startup");
const bundle = join(scratch, "esp-provision.js");
await build({
  entryPoints: [join(root, "bin/esp-provision.ts")], outdir: scratch, bundle: true, splitting: true, platform: "node",
  format: "esm", target: "node20", packages: "external", logLevel: "error", outExtension: { ".js": ".js" },
});

const node = process.execPath;
const candidates: { name: string; command: string; args: string[] }[] = [
  { name: "node -e 0 (the floor)", command: node, args: ["-e", "0"] },
  { name: "built: node dist/bin/esp-provision.js --help", command: node, args: ["dist/bin/esp-provision.js", "--help"] },
  { name: "esbuild bundle of the same, --help", command: node, args: [bundle, "--help"] },
  { name: "library: import the package's main module", command: node, args: ["--input-type=module", "-e", "await import('./dist/host/index.js')"] },
  { name: "tsx host/provision.ts --help (npm run provision)", command: join(root, "node_modules", ".bin", "tsx"), args: ["host/provision.ts", "--help"] },
  { name: "npx esp-provision --help (npm's npx + built)", command: "npx", args: ["esp-provision", "--help"] },
];

const times = new Map<string, number[]>(candidates.map((c) => [c.name, []]));
try {
  // One untimed round fills the file cache.
  for (const c of candidates) mustRun(c.command, c.args);
  for (let round = 0; round < runs; round++) {
    for (const c of candidates) {
      const start = performance.now();
      const result = spawnSync(c.command, c.args, { cwd: root, stdio: "ignore" });
      const ms = performance.now() - start;
      if (result.status !== 0) throw new Error(`${c.name}: exit ${result.status}`);
      times.get(c.name)!.push(ms);
    }
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
for (const [name, values] of times)
  console.log(`startup ${name}: median ${Math.round(median(values))} ms (min ${Math.round(Math.min(...values))}, ${values.length} runs)`);
