// manifest.json is what mcconfig builds, and CI has no Moddable SDK: check here what a firmware build
// relies on — config defaults, module keys that mirror the folders main.ts reaches, and the preload rules
// learnt on Moddable's lin simulator.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, normalize, relative } from "node:path";
import { DEFAULT_CONFIG, parseConfig } from "../../modules/config/config.js";
import { parseConsolePortConfig } from "../../modules/config/console-port.js";
import { deepEqual, equal, ok } from "../support/assert.js";

interface Manifest {
  include: string[];
  creation: { stack: number };
  config: Record<string, unknown>;
  modules: Record<string, string | string[]>;
  preload: string[];
  platforms: Record<string, { modules: Record<string, string | string[]> }>;
  typescript: { compiler?: string; tsconfig: unknown };
}

const manifest = JSON.parse(readFileSync("manifest.json", "utf8")) as Manifest;

/** Modules the included SDK manifests provide (Moddable SDK 8.2.3), imported by bare specifier. */
const SDK_MODULES = ["mc/config", "timer", "preference", "wifi", "net", "embedded:io/serial", "crypt"];

/** Every file main.ts reaches through relative imports, and the bare specifiers they import. */
function walkFirmware(): { files: string[]; bare: Set<string> } {
  const files: string[] = [];
  const bare = new Set<string>();
  const pending = ["main.ts"];
  while (pending.length) {
    const file = pending.pop()!;
    if (files.includes(file)) continue;
    files.push(file);
    const source = readFileSync(file, "utf8");
    for (const [, specifier] of source.matchAll(/^(?:import|export)\s[^;]*?from\s+"([^"]+)"/gms)) {
      if (!specifier.startsWith(".")) { bare.add(specifier); continue; }
      const base = normalize(join(dirname(file), specifier)).replace(/\.js$/, "");
      const found = [".ts", ".js"].map((ext) => base + ext).find((path) => existsSync(path));
      ok(found, `${file} imports ${specifier}, which is not in the tree`);
      pending.push(found!);
    }
  }
  return { files, bare };
}
let graph: ReturnType<typeof walkFirmware> | undefined;
const firmwareGraph = () => (graph ??= walkFirmware());

describe("manifest.json (the Moddable build)", () => {
  it("its config defaults are the device's defaults, and the console port keys are valid", () => {
    deepEqual(parseConfig(manifest.config), DEFAULT_CONFIG);
    deepEqual(parseConsolePortConfig(manifest.config), { port: 0, baud: 115200, transmit: 1, receive: 3, device: "" });
  });

  it("mcconfig's string overrides parse, and a bad one names its key", () => {
    const overridden = parseConfig({ ...manifest.config, securityVersion: "0", pop: "xyz", autoStopMs: "5000" });
    deepEqual([overridden.securityVersion, overridden.pop, overridden.autoStopMs], [0, "xyz", 5000]);
    equal(parseConsolePortConfig({ ...manifest.config, consolePort: "1", consoleTx: "17", consoleRx: "16" }).transmit, 17);
    let message = "";
    try { parseConsolePortConfig({ consoleBaud: "fast" }); } catch (error) { message = (error as Error).message; }
    equal(message, 'config consoleBaud: "fast" is not a whole number from 300 to 5000000');
  });

  it("every folder main.ts reaches has a module key that mirrors it (relative imports resolve by key)", () => {
    const { files } = firmwareGraph();
    ok(files.length > 30, `main.ts reaches ${files.length} files`);
    for (const file of files.filter((f) => f !== "main.ts" && f.startsWith("modules/"))) {
      const folder = dirname(file);
      const perPlatform = Object.values(manifest.platforms).some((p) => JSON.stringify(p.modules).includes(`./${file.replace(/\.(ts|js)$/, "")}"`));
      const single = file.replace(/\.(ts|js)$/, ""); // a one-file key, where the rest of its folder is host-only
      const mapped = manifest.modules[`${folder}/*`] ?? (manifest.modules[single] === `./${single}` ? `./${folder}/*` : undefined);
      equal(mapped ?? (perPlatform ? "per platform" : undefined), perPlatform ? "per platform" : `./${folder}/*`, `manifest key for ${file}`);
    }
  });

  it("every bare import is a manifest key or a module of the included SDK manifests", () => {
    const { bare } = firmwareGraph();
    for (const specifier of bare) {
      const key = specifier.replace(/\.js$/, "");
      ok(key in manifest.modules || SDK_MODULES.includes(key), `${specifier} has no manifest key`);
    }
  });

  it("the vendored npm bundles it maps exist after npm install", () => {
    for (const [key, path] of Object.entries(manifest.modules)) {
      if (typeof path === "string" && path.startsWith("./build/")) ok(existsSync(`${path}.js`), `${key} → ${path}.js (npm install runs prepare)`);
    }
  });

  it("compiles its TypeScript with the project's pinned tsc, so mcconfig needs no TypeScript on PATH", () => {
    // mcconfig writes the compiler into its makefile as it stands and runs make from the folder of the
    // manifest it was given: the project folder for manifest.json.
    const compiler = manifest.typescript.compiler;
    equal(compiler, "node_modules/.bin/tsc");
    ok(existsSync(compiler!), `${compiler} exists after npm install`);
    const pinned = JSON.parse(readFileSync("package.json", "utf8")).devDependencies.typescript;
    equal(JSON.parse(readFileSync("node_modules/typescript/package.json", "utf8")).version, pinned);
  });

  it("preloads main, and so every module it imports: mcconfig's wildcard preload entries match .js files only", () => {
    // A module kept out of preload runs at boot and lives in the XS heap (7,000 slots on the lin build).
    ok(manifest.preload.includes("main"));
    const main = readFileSync("main.ts", "utf8");
    ok(/^export default function main\(\)/m.test(main), "the runtime calls main's default export at launch");
    ok(!/^(?:try|boot\(\))/m.test(main), "nothing boots at top level, which runs at build time");
    for (const key of manifest.preload) ok(key === "main" || key in manifest.modules, `preload ${key} is a module key`);
  });

  it("preloads the generated protobuf classes with their prototype defaults made overridable first", () => {
    // Preload freezes them, and their decoders assign over those defaults.
    ok(manifest.preload.includes("modules/proto/*"));
    ok(readFileSync("main.ts", "utf8").includes('import "./adapters/moddable/messages-in-flash.js";'));
    const generated = readFileSync("modules/proto/messages.js", "utf8");
    ok(/\.prototype\.\w+ = /.test(generated), "the generated code still puts defaults on prototypes");
  });

  it("no firmware module assigns this.name: Error.prototype is frozen on a device", () => {
    const { files } = firmwareGraph();
    const offenders = files.filter((file) => /\bthis\.name\s*=[^=]/.test(readFileSync(file, "utf8")));
    deepEqual(offenders.map((f) => relative(".", f)), []);
  });

  it("gives XS a JavaScript stack of 768 slots: 384 (the default) overflowed in prov-scan on the lin build", () => {
    equal(manifest.creation.stack, 768);
  });
});

describe("tests/moddable: the firmware in a fixed XS heap (README, Memory)", () => {
  interface Wrapper { include: string[]; typescript: { compiler: string }; creation: { static: number; chunk: { initial: number; incremental: number }; heap: { initial: number; incremental: number } } }
  const read = (name: string) => JSON.parse(readFileSync(join("tests/moddable", name), "utf8")) as Wrapper;

  it("the lin replay app compiles with the same pinned tsc, named from its own folder", () => {
    const app = JSON.parse(readFileSync("tests/moddable/native-replay/manifest.json", "utf8")) as Manifest;
    equal(relative(".", join("tests/moddable/native-replay", app.typescript.compiler!)), manifest.typescript.compiler);
  });

  it("each wrapper includes the project's manifest.json by a path relative to itself, and fixes the heap", () => {
    for (const name of ["esp32-heap.json", "esp32-heap-60.json"]) {
      const wrapper = read(name);
      deepEqual(wrapper.include.map((path) => relative(".", join("tests/moddable", path))), ["manifest.json"]);
      // make runs in tests/moddable for a wrapper, so manifest.json's project-relative tsc is not found there.
      equal(relative(".", join("tests/moddable", wrapper.typescript.compiler)), manifest.typescript.compiler, `${name}: the same pinned tsc`);
      equal(wrapper.creation.static, 0, `${name}: no static block, so chunk and heap are what they say`);
      equal(wrapper.creation.chunk.incremental, 0, `${name}: no chunk growth`);
      equal(wrapper.creation.heap.incremental, 0, `${name}: no slot growth`);
    }
  });

  it("esp32-heap.json is Moddable's esp32_thing target (slots doubled for 64-bit lin); esp32-heap-60.json is 60 % of it", () => {
    const full = read("esp32-heap.json").creation, sixty = read("esp32-heap-60.json").creation;
    deepEqual([full.chunk.initial, full.heap.initial], [78848, 2 * 4928]);
    deepEqual([sixty.chunk.initial, sixty.heap.initial], [Math.ceil(0.6 * 78848), Math.ceil(0.6 * 2 * 4928)]);
  });
});

describe("the firmware's folders", () => {
  it("each modules/ folder with source is listed in the manifest, or is host-only", () => {
    const hostOnly = ["modules/client", "adapters/node", "adapters/simulated"];
    const folders = new Set<string>();
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        if (entry.isDirectory()) walk(join(dir, entry.name));
        else if (/\.(ts|js)$/.test(entry.name) && !entry.name.endsWith(".d.ts")) folders.add(dir);
      }
    };
    walk("modules");
    for (const folder of folders) {
      if (hostOnly.includes(folder) || /\/(esp32|lin)$/.test(folder)) continue;
      ok(Object.keys(manifest.modules).some((key) => key.startsWith(`${folder}/`)), `${folder} is missing from manifest.json "modules"`);
    }
  });
});
