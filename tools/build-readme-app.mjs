#!/usr/bin/env node
// Builds the README's app ("Provisioning in your own Moddable app") for Moddable's lin simulator with the
// real mcconfig, as a new user would: its main.ts and manifest.json, taken out of the README, in an empty
// folder outside this checkout, the component included by path. Needs the Moddable SDK (CI has none):
//
//   MODDABLE=<Moddable SDK> node tools/build-readme-app.mjs [--dir <empty folder>] [key=value ...]
//
// The key=value pairs go to mcconfig (e.g. consoleDevice=/tmp/espcon, the console's pseudo terminal). Exits
// with mcconfig's status; on success prints the folder and the built mc.so, for mcsim.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { manifestFor, readmeApp, root } from "./readme-app.mjs";

const moddable = process.env.MODDABLE;
if (!moddable || !existsSync(join(moddable, "build/bin/lin/release/mcconfig"))) {
  console.error("build-readme-app: set MODDABLE to a Moddable SDK whose lin tools are built (build/bin/lin/release/mcconfig)");
  process.exit(2);
}
const args = process.argv.slice(2);
const dirAt = args.indexOf("--dir");
const dir = dirAt >= 0 ? resolve(args.splice(dirAt, 2)[1]) : mkdtempSync(join(tmpdir(), "my-app-"));
mkdirSync(dir, { recursive: true });
if (readdirSync(dir).length) {
  console.error(`build-readme-app: ${dir} is not empty`);
  process.exit(2);
}

const app = readmeApp();
writeFileSync(join(dir, "main.ts"), app.source);
writeFileSync(join(dir, "manifest.json"), manifestFor(app.manifestText, root));
// What `npm install --save-dev typescript` gives the user's folder: the compiler the manifest names.
symlinkSync(join(root, "node_modules"), join(dir, "node_modules"));

const build = join(dir, "build");
mkdirSync(build);
const env = { ...process.env, PATH: `${join(moddable, "build/bin/lin/release")}:${process.env.PATH}` };
console.log(`build-readme-app: ${dir}: mcconfig -m -p lin -o build ${args.join(" ")}`);
const run = spawnSync("mcconfig", ["-m", "-p", "lin", "-o", build, ...args], { cwd: dir, env, stdio: "inherit" });
if (run.status !== 0) process.exit(run.status ?? 1);

const found = [];
const walk = (at) => {
  for (const name of readdirSync(at)) {
    const path = join(at, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (name === "mc.so") found.push(path);
  }
};
walk(join(build, "bin/lin"));
if (found.length !== 1) {
  console.error(`build-readme-app: expected one mc.so under ${build}/bin/lin, found ${found.length}`);
  process.exit(1);
}
console.log(`build-readme-app: built ${found[0]}`);
