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
  config?: Record<string, unknown>;
  creation: { stack: number };

  modules: Record<string, string | string[]>;
  preload: string[];
  platforms: Record<string, { modules: Record<string, string | string[]>; preload?: string[] }>;
  typescript?: { compiler?: string; tsconfig: unknown };
}

/** The component (what an app includes) and the reference firmware (main.ts, the first app including it). */
const component = JSON.parse(readFileSync("manifest_provisioning.json", "utf8")) as Manifest;
const manifest = JSON.parse(readFileSync("manifest.json", "utf8")) as Manifest;
const KEY_PREFIX = "esp-console-prov";

/** Modules the included SDK manifests provide (Moddable SDK 8.2.3), imported by bare specifier. */
const SDK_MODULES = ["mc/config", "timer", "preference", "file", "wifi", "net", "embedded:io/serial", "crypt"];
/** The platforms the component builds for; each maps some keys to its own files (preferences). */
const PLATFORMS = ["esp32", "lin"];

/** The module keys of both manifests for a platform, as mcconfig joins them: key → source path without extension. */
function moduleKeys(platform: string): Map<string, string> {
  const keys = new Map<string, string>();
  const add = (modules: Record<string, string | string[]>) => {
    for (const [key, value] of Object.entries(modules)) {
      for (const path of Array.isArray(value) ? value : [value]) {
        if (path.startsWith("$(")) continue;
        if (key === "*") keys.set(path.replace(/^\.\//, "").replace(/^.*\//, ""), path.replace(/^\.\//, ""));
        else if (key.endsWith("/*")) {
          const folder = path.replace(/^\.\//, "").replace(/\/\*$/, "");
          for (const file of readdirSync(folder)) {
            if (/\.(ts|js)$/.test(file) && !file.endsWith(".d.ts")) keys.set(`${key.slice(0, -2)}/${file.replace(/\.(ts|js)$/, "")}`, `${folder}/${file.replace(/\.(ts|js)$/, "")}`);
          }
        } else keys.set(key, path.replace(/^\.\//, ""));
      }
    }
  };
  add(component.modules);
  add(component.platforms[platform].modules);
  add(manifest.modules);
  return keys;
}

/**
 * Every module the firmware reaches from main, resolved as XS resolves it on a device: a relative specifier
 * against the importing module's manifest key (not its file path), a bare one as a key.
 */
function walkFirmware(platform: string): { files: string[]; keys: string[]; bare: Set<string> } {
  const map = moduleKeys(platform);
  const files: string[] = [];
  const keys: string[] = [];
  const bare = new Set<string>();
  const pending = ["main"];
  while (pending.length) {
    const key = pending.pop()!;
    if (keys.includes(key)) continue;
    const path = map.get(key);
    ok(path, `module key ${key} is in neither manifest`);
    const file = [".ts", ".js"].map((ext) => path + ext).find((f) => existsSync(f));
    ok(file, `${key} → ${path}: no such source`);
    keys.push(key);
    files.push(file!);
    const source = readFileSync(file!, "utf8");
    for (const [, specifier] of [...source.matchAll(/^(?:import|export)\s[^;]*?from\s+"([^"]+)"|^import\s+"([^"]+)"/gms)].map((m) => [m[0], m[1] ?? m[2]])) {
      const name = specifier.replace(/\.js$/, "");
      if (!specifier.startsWith(".")) {
        if (map.has(name)) pending.push(name);
        else bare.add(specifier);
        continue;
      }
      const resolved = normalize(join(dirname(key), name));
      ok(map.has(resolved), `${file} imports ${specifier}: key ${resolved} (resolved against its key ${key}) is in neither manifest`);
      pending.push(resolved);
    }
  }
  return { files, keys, bare };
}
const graphs = new Map<string, ReturnType<typeof walkFirmware>>();
const firmwareGraph = (platform: string) => graphs.get(platform) ?? graphs.set(platform, walkFirmware(platform)).get(platform)!;

describe("manifest_provisioning.json (the component) and manifest.json (the reference firmware)", () => {
  it("the component's config defaults are the device's defaults, and the console port keys are valid", () => {
    deepEqual(parseConfig(component.config!), DEFAULT_CONFIG);
    deepEqual(parseConsolePortConfig(component.config!), { port: 0, baud: 115200, transmit: 1, receive: 3, device: "" });
    equal(manifest.config, undefined, "the firmware takes the component's defaults, as any app does");
  });

  it("mcconfig's string overrides parse, and a bad one names its key", () => {
    const overridden = parseConfig({ ...component.config, securityVersion: "0", pop: "xyz", autoStopMs: "5000" });
    deepEqual([overridden.securityVersion, overridden.pop, overridden.autoStopMs], [0, "xyz", 5000]);
    equal(parseConsolePortConfig({ ...component.config, consolePort: "1", consoleTx: "17", consoleRx: "16" }).transmit, 17);
    let message = "";
    try { parseConsolePortConfig({ consoleBaud: "fast" }); } catch (error) { message = (error as Error).message; }
    equal(message, 'config consoleBaud: "fast" is not a whole number from 300 to 5000000');
  });

  it("the firmware includes the component and imports it by its key, as any app would", () => {
    ok(manifest.include.includes("./manifest_provisioning.json"));
    const main = readFileSync("main.ts", "utf8");
    ok(main.includes('from "esp-console-prov";'), "main imports the component's entry");
    ok(!/from "\.\.?\//.test(main), "and no component file by path");
  });

  it("every module main reaches resolves by manifest key, and the component's keys mirror its folders under its own prefix", () => {
    for (const platform of PLATFORMS) {
      const { files, keys } = firmwareGraph(platform);
      ok(files.length > 30, `main reaches ${files.length} files`);
      const vendored = ["protobufjs/minimal", "@noble/curves/ed25519"];
      // A key the platform maps to its own file (preferences) names what it is, not where it lies.
      const perPlatform = Object.keys(component.platforms[platform].modules);
      for (const [i, key] of keys.entries()) {
        if (key === "main" || key === KEY_PREFIX || vendored.includes(key)) continue;
        if (perPlatform.includes(key)) {
          ok(files[i].startsWith(`adapters/moddable/${platform}/`), `${platform}: ${key} → ${files[i]}`);
          continue;
        }
        equal(key, `${KEY_PREFIX}/${files[i].replace(/\.(ts|js)$/, "")}`, `the key of ${files[i]}`);
      }
    }
  });

  it("every bare import is a manifest key or a module of the included SDK manifests", () => {
    for (const platform of PLATFORMS) {
      for (const specifier of firmwareGraph(platform).bare) {
        const key = specifier.replace(/\.js$/, "");
        ok(key in component.modules || SDK_MODULES.includes(key), `${platform}: ${specifier} has no manifest key`);
      }
    }
  });

  it("the vendored npm bundles it maps exist after npm install", () => {
    for (const [key, path] of Object.entries(component.modules)) {
      if (typeof path === "string" && path.startsWith("./build/")) ok(existsSync(`${path}.js`), `${key} → ${path}.js (npm install runs prepare)`);
    }
  });

  it("compiles its TypeScript with the project's pinned tsc, so mcconfig needs no TypeScript on PATH", () => {
    // mcconfig writes the compiler into its makefile as it stands and runs make from the folder of the
    // manifest it was given: the project folder for manifest.json. The component leaves it to the app.
    const compiler = manifest.typescript!.compiler;
    equal(compiler, "node_modules/.bin/tsc");
    equal(component.typescript, undefined);
    ok(existsSync(compiler!), `${compiler} exists after npm install`);
    const pinned = JSON.parse(readFileSync("package.json", "utf8")).devDependencies.typescript;
    equal(JSON.parse(readFileSync("node_modules/typescript/package.json", "utf8")).version, pinned);
  });

  it("preloads main and every module it reaches: mcconfig's wildcard preload entries match .js files only", () => {
    // A module kept out of preload runs at boot and lives in the XS heap (7,000 slots on the lin build).
    ok(manifest.preload.includes("main"));
    const main = readFileSync("main.ts", "utf8");
    ok(/^export default function main\(\)/m.test(main), "the runtime calls main's default export at launch");
    ok(!/^(?:try|boot\(\)|new )/m.test(main), "nothing boots at top level, which runs at build time");
    for (const platform of PLATFORMS) {
      const preloaded = [...manifest.preload, ...component.preload, ...component.platforms[platform].preload ?? []];
      for (const key of firmwareGraph(platform).keys) {
        const covered = preloaded.includes(key) || preloaded.some((p) => p.endsWith("/*") && dirname(key) === p.slice(0, -2));
        ok(covered, `${platform}: ${key} is preloaded`);
      }
    }
  });

  it("preloads the generated protobuf classes with their prototype defaults made overridable first", () => {
    // Preload freezes them, and their decoders assign over those defaults.
    ok(component.preload.includes(`${KEY_PREFIX}/modules/proto/*`));
    const face = readFileSync("adapters/moddable/wifi-provisioning.ts", "utf8");
    ok(/^import "\.\/messages-in-flash\.js";/m.test(face), "the Moddable face imports messages-in-flash before anything");
    const generated = readFileSync("modules/proto/messages.js", "utf8");
    ok(/\.prototype\.\w+ = /.test(generated), "the generated code still puts defaults on prototypes");
  });

  it("no firmware module assigns this.name: Error.prototype is frozen on a device", () => {
    const files = new Set(PLATFORMS.flatMap((platform) => firmwareGraph(platform).files));
    const offenders = [...files].filter((file) => /\bthis\.name\s*=[^=]/.test(readFileSync(file, "utf8")));
    deepEqual(offenders.map((f) => relative(".", f)), []);
  });

  it("gives XS a JavaScript stack of 768 slots: 384 (the default) overflowed in prov-scan on the lin build", () => {
    equal(component.creation.stack, 768);
  });
});

describe("tests/moddable: the firmware in a fixed XS heap (README, Memory)", () => {
  interface Wrapper { include: string[]; typescript: { compiler: string }; creation: { static: number; chunk: { initial: number; incremental: number }; heap: { initial: number; incremental: number } } }
  const read = (name: string) => JSON.parse(readFileSync(join("tests/moddable", name), "utf8")) as Wrapper;

  it("the lin replay app compiles with the same pinned tsc, named from its own folder", () => {
    const app = JSON.parse(readFileSync("tests/moddable/native-replay/manifest.json", "utf8")) as Manifest;
    equal(relative(".", join("tests/moddable/native-replay", app.typescript!.compiler!)), manifest.typescript!.compiler);
  });

  it("each wrapper includes the project's manifest.json by a path relative to itself, and fixes the heap", () => {
    for (const name of ["esp32-heap.json", "esp32-heap-60.json"]) {
      const wrapper = read(name);
      deepEqual(wrapper.include.map((path) => relative(".", join("tests/moddable", path))), ["manifest.json"]);
      // make runs in tests/moddable for a wrapper, so manifest.json's project-relative tsc is not found there.
      equal(relative(".", join("tests/moddable", wrapper.typescript.compiler)), manifest.typescript!.compiler, `${name}: the same pinned tsc`);
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
  it("modules/ is the component: each of its folders (and adapters/moddable's) with source is keyed in manifest_provisioning.json", () => {
    const folders = new Set<string>();
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        if (entry.isDirectory()) walk(join(dir, entry.name));
        else if (/\.(ts|js)$/.test(entry.name) && !entry.name.endsWith(".d.ts")) folders.add(dir);
      }
    };
    walk("modules");
    walk("adapters/moddable");
    const keys = Object.keys(component.modules);
    for (const folder of folders) {
      if (/\/(esp32|lin)$/.test(folder)) continue;
      ok(keys.some((key) => key.startsWith(`${KEY_PREFIX}/${folder}/`)), `${folder} is missing from manifest_provisioning.json "modules"`);
    }
  });

  it("the reference firmware's own modules sit beside main.ts, keyed in manifest.json only", () => {
    for (const [key, path] of Object.entries(manifest.modules)) {
      for (const file of Array.isArray(path) ? path : [path]) {
        ok(/^\.\/[\w-]+$/.test(file), `${key} → ${file}: a file beside main.ts`);
        ok(!(key in component.modules), `${key} is the firmware's, not the component's`);
      }
    }
  });
});
