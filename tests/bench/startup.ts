// npm run bench:startup: how long `esp-provision --help` takes to start, built (dist/, what the package
// installs) against the TypeScript through tsx (npm run provision), with `node -e 0` as the floor and an
// esbuild bundle of the same CLI for comparison (the build uses tsc; this shows what a bundle would gain).
// Commands take turns, so a busy machine slows all of them alike. Printed: medians of wall time, and of
// CPU time (user + system, the command and all it starts, from bash's `times`), which a busy machine
// stretches far less than wall time; then the library's module loading alone, timed inside the process.
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
const node = process.execPath;
// Inside the checkout, so the bundle finds node_modules.
const scratch = join(root, "build", "bench-startup");

function mustRun(command: string, args: string[]): void {
  const result = spawnSync(command, args, { cwd: root, encoding: "utf8" });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed: ${result.stderr || result.error?.message}`);
}

/** CPU milliseconds of the command and its children, from bash's `times` ("0m0.081s 0m0.020s"). */
function cpuMs(command: string, args: string[]): number {
  const result = spawnSync("bash", ["-c", `"$@" >/dev/null 2>&1; status=$?; times; exit $status`, "bash", command, ...args], { cwd: root, encoding: "utf8" });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")}: exit ${result.status}`);
  const children = result.stdout.trim().split("\n")[1];
  const [user, system] = [...children.matchAll(/(\d+)m([\d.]+)s/g)].map((m) => Number(m[1]) * 60000 + Number(m[2]) * 1000);
  return user + system;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

async function measure(): Promise<void> {
  // The build being measured is the current source. Split, so serialport stays a lazy import as in dist/.
  mustRun(node, ["host/build-package.mjs"]);
  await build({
    entryPoints: { "esp-provision": join(root, "bin/esp-provision.ts"), index: join(root, "host/index.ts") }, outdir: scratch, bundle: true, splitting: true,
    platform: "node", format: "esm", target: "node20", packages: "external", logLevel: "error",
  });

  const commands = [
    { name: "node -e 0 (the floor)", command: node, args: ["-e", "0"] },
    { name: "built: node dist/bin/esp-provision.js --help", command: node, args: ["dist/bin/esp-provision.js", "--help"] },
    { name: "esbuild bundle of the same, --help", command: node, args: [join(scratch, "esp-provision.js"), "--help"] },
    { name: "tsx host/provision.ts --help (npm run provision)", command: join(root, "node_modules", ".bin", "tsx"), args: ["host/provision.ts", "--help"] },
    { name: "npx esp-provision --help (npm's npx + built)", command: "npx", args: ["esp-provision", "--help"] },
  ];
  const imports = [
    { name: "import of the library, dist/host/index.js (tsc)", module: "./dist/host/index.js" },
    { name: "import of the library as an esbuild bundle", module: "./build/bench-startup/index.js" },
  ];
  const wall = new Map<string, number[]>(commands.map((c) => [c.name, []]));
  const cpu = new Map<string, number[]>(commands.map((c) => [c.name, []]));
  const loading = new Map<string, number[]>(imports.map((i) => [i.name, []]));

  // One untimed round fills the file cache.
  for (const c of commands) mustRun(c.command, c.args);
  for (let round = 0; round < runs; round++) {
    for (const c of commands) {
      const start = performance.now();
      const result = spawnSync(c.command, c.args, { cwd: root, stdio: "ignore" });
      wall.get(c.name)!.push(performance.now() - start);
      if (result.status !== 0) throw new Error(`${c.name}: exit ${result.status}`);
      cpu.get(c.name)!.push(cpuMs(c.command, c.args));
    }
    for (const i of imports) {
      const script = `const t = performance.now(); await import(${JSON.stringify(i.module)}); console.log(performance.now() - t);`;
      const result = spawnSync(node, ["--input-type=module", "-e", script], { cwd: root, encoding: "utf8" });
      if (result.status !== 0) throw new Error(`${i.name}: ${result.stderr}`);
      loading.get(i.name)!.push(Number(result.stdout));
    }
  }

  // Other work on the machine stretches every figure: say how busy it was.
  console.log(`startup machine: ${availableParallelism()} cores, load average ${loadavg()[0].toFixed(1)}, node ${process.version}`);
  for (const [name, values] of wall)
    console.log(`startup ${name}: median ${Math.round(median(values))} ms wall (min ${Math.round(Math.min(...values))}), ` +
      `${Math.round(median(cpu.get(name)!))} ms CPU, ${values.length} runs`);
  for (const [name, values] of loading)
    console.log(`startup ${name}: median ${median(values).toFixed(1)} ms, ${values.length} runs`);
}

try {
  await measure();
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
