// npm run bench:startup: how long `esp-provision --help` takes to start, built (dist/, what the package
// installs) against the TypeScript through tsx (npm run provision), with `node -e 0` as the floor and an
// esbuild bundle of the same CLI for comparison (the build uses tsc; this shows what a bundle would gain).
// Commands take turns, so a busy machine slows all of them alike. Printed: medians of wall time, and of
// CPU time (user + system, the command and all it starts, from bash's `times`), which a busy machine
// stretches far less than wall time.
//
//   npm run bench:startup [-- --runs 15]
import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
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
const cpuTimes = new Map<string, number[]>(candidates.map((c) => [c.name, []]));

/** CPU seconds of the command and its children, as bash's `times` reports them ("0m0.081s 0m0.020s"). */
function cpuMs(command: string, args: string[]): number {
  const result = spawnSync("bash", ["-c", `"$@" >/dev/null 2>&1; status=$?; times; exit $status`, "bash", command, ...args], { cwd: root, encoding: "utf8" });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")}: exit ${result.status}`);
  const children = result.stdout.trim().split("\n")[1];
  const [user, system] = [...children.matchAll(/(\d+)m([\d.]+)s/g)].map((m) => Number(m[1]) * 60000 + Number(m[2]) * 1000);
  return user + system;
}
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
      cpuTimes.get(c.name)!.push(cpuMs(c.command, c.args));
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
// Other work on the machine stretches every figure: say how busy it was.
console.log(`startup machine: ${availableParallelism()} cores, load average ${loadavg()[0].toFixed(1)}, node ${process.version}`);
for (const [name, values] of times)
  console.log(`startup ${name}: median ${Math.round(median(values))} ms wall (min ${Math.round(Math.min(...values))}), ` +
    `${Math.round(median(cpuTimes.get(name)!))} ms CPU, ${values.length} runs`);
