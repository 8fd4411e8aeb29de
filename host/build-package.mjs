// npm run build: the host side (the client, its command line, the simulator, the sec2 generator) compiled
// to JavaScript with declarations in dist/, as the npm package ships it. tsc, not a bundler: one tool for
// code and declarations, dist/ mirrors the sources file for file (stack traces point at the right lines
// without source maps), and a bundle gained little (npm run bench:startup measures both: somewhat less
// CPU starting the command, none importing the library). The firmware is not part of it.
// It runs from "prepare", which npm runs for `npm install` in a checkout, for `npm pack` (so the tarball
// always holds a fresh build; a prepack script would only build twice) and in the clone it makes for an
// install from a git URL (the one script npm runs there).
import { spawnSync } from "node:child_process";
import { chmodSync, copyFileSync, mkdirSync, readdirSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dist = join(root, "dist");
const started = performance.now();

// Stale files (a module since renamed) must not ship.
rmSync(dist, { recursive: true, force: true });
const tsc = spawnSync(join(root, "node_modules", ".bin", "tsc"), ["-p", join(root, "tsconfig.build.json")], { stdio: "inherit" });
if (tsc.status !== 0) {
  console.error(`build: tsc failed (${tsc.error?.message ?? `exit ${tsc.status}`})`);
  process.exit(1);
}
// The generated protobuf code is JavaScript with a hand-off .d.ts beside it: tsc reads the .d.ts and
// emits neither, so both are copied.
mkdirSync(join(dist, "modules", "proto"), { recursive: true });
for (const file of ["messages.js", "messages.d.ts"])
  copyFileSync(join(root, "modules", "proto", file), join(dist, "modules", "proto", file));
// Runnable straight from a checkout too (npm sets this itself on install).
const bins = readdirSync(join(dist, "bin")).filter((file) => file.endsWith(".js"));
for (const file of bins) chmodSync(join(dist, "bin", file), 0o755);
console.log(`build: dist/ with ${bins.join(", ")} in ${Math.round(performance.now() - started)} ms`);
