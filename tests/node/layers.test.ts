// The tree is the architecture: ports below everything, the component's modules in layers above them, the
// host client beside them, adapters as the outermost ring. An import that runs the other way, or a circle
// of imports, is a design error this test names.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, normalize } from "node:path";
import { deepEqual, ok } from "../support/assert.js";

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sources(join(dir, entry.name)) : /\.(ts|js)$/.test(entry.name) && !entry.name.endsWith(".d.ts") ? [join(dir, entry.name)] : []);
}

const imports = (file: string) => [...readFileSync(file, "utf8").matchAll(/^(?:import|export)\s[^;]*?from\s+"([^"]+)"|^import\s+"([^"]+)"/gms)].map((m) => m[1] ?? m[2]);

/** A relative import as the repository path of the file it names (.js written for a .ts source). */
function target(file: string, specifier: string): string {
  const path = normalize(join(dirname(file), specifier));
  return path.endsWith(".js") && !sources(dirname(path)).includes(path) ? path.replace(/\.js$/, ".ts") : path;
}

/**
 * The component's layers, lowest first: a folder of modules/ imports only folders of a lower layer (and
 * its own files). modules/ports.ts is the layer below everything.
 */
const LAYERS = [
  ["ports"],
  ["util", "proto"],
  ["log", "crypto"],
  ["srp", "protocomm", "improv"],
  ["config"],
  ["security", "transport", "provisioning"],
  ["wifi-provisioning"],
];
/** What the host client may take from the component: the portable code both sides share, not the device's side. */
const SHARED_WITH_CLIENT = ["ports", "util", "proto", "log", "crypto", "srp", "improv"];

/** modules/<folder>/… → folder; modules/ports.ts → "ports". */
const folderOf = (path: string) => path.split("/")[1].replace(/\.ts$/, "");
const layerOf = (folder: string) => LAYERS.findIndex((layer) => layer.includes(folder));

describe("layers", () => {
  it("nothing in modules/ imports the client, an adapter, a host program, the page or a runtime API", () => {
    const offenders: string[] = [];
    for (const file of sources("modules")) {
      for (const specifier of imports(file)) {
        const outside = specifier.startsWith(".") && !target(file, specifier).startsWith("modules/");
        if (outside || /^node:|^(mc\/config|timer|preference|wifi|net|file|embedded:.*)$/.test(specifier)) offenders.push(`${file} → ${specifier}`);
      }
    }
    deepEqual(offenders, []);
  });

  it("every folder of modules/ has its layer, and imports only from lower layers: no import runs back up", () => {
    const folders = new Set(sources("modules").map(folderOf));
    deepEqual([...folders].filter((folder) => layerOf(folder) < 0), [], "folders missing from LAYERS");
    const offenders: string[] = [];
    for (const file of sources("modules")) {
      const from = folderOf(file);
      for (const specifier of imports(file).filter((s) => s.startsWith("."))) {
        const to = folderOf(target(file, specifier));
        if (to !== from && layerOf(to) >= layerOf(from)) offenders.push(`${file} (${from}) → ${specifier} (${to})`);
      }
    }
    deepEqual(offenders, []);
  });

  it("modules/ports.ts imports nothing: it is the layer below everything", () => {
    deepEqual(imports("modules/ports.ts"), []);
  });

  it("the client takes only the shared portable code from modules/, and no runtime API", () => {
    const offenders: string[] = [];
    for (const file of sources("client")) {
      for (const specifier of imports(file)) {
        if (!specifier.startsWith(".")) { offenders.push(`${file} → ${specifier}`); continue; }
        const path = target(file, specifier);
        if (path.startsWith("client/")) continue;
        if (!path.startsWith("modules/") || !SHARED_WITH_CLIENT.includes(folderOf(path))) offenders.push(`${file} → ${specifier}`);
      }
    }
    deepEqual(offenders, []);
  });

  it("the command line, the npm library and the web page reach the client through its one face, client/index.ts", () => {
    const offenders: string[] = [];
    for (const file of [...sources("host"), ...sources("bin"), ...sources("web/src")]) {
      for (const specifier of imports(file).filter((s) => s.startsWith("."))) {
        const path = target(file, specifier);
        if (path.startsWith("client/") && path !== "client/index.ts") offenders.push(`${file} → ${specifier}`);
      }
    }
    deepEqual(offenders, []);
  });

  it("no circle of imports among the files of modules/ and client/, type-only imports included", () => {
    const graph = new Map<string, string[]>();
    for (const file of [...sources("modules"), ...sources("client")])
      graph.set(file, imports(file).filter((s) => s.startsWith(".")).map((s) => target(file, s)));
    const circles: string[] = [];
    const state = new Map<string, "open" | "done">();
    const visit = (file: string, path: string[]) => {
      if (state.get(file) === "done") return;
      if (state.get(file) === "open") { circles.push([...path.slice(path.indexOf(file)), file].join(" → ")); return; }
      state.set(file, "open");
      for (const next of graph.get(file) ?? []) visit(next, [...path, file]);
      state.set(file, "done");
    };
    for (const file of graph.keys()) visit(file, []);
    ok(graph.size > 60, `${graph.size} files`);
    deepEqual(circles, []);
  });

  it("the adapters import no other runtime's adapter", () => {
    const offenders: string[] = [];
    for (const runtime of ["moddable", "node", "simulated"]) {
      for (const file of sources(join("adapters", runtime))) {
        for (const specifier of imports(file)) {
          const other = /adapters\/(moddable|node|simulated)\//.exec(specifier)?.[1] ?? (/^\.\.\/(moddable|node|simulated)\//.exec(specifier)?.[1]);
          if (other && other !== runtime) offenders.push(`${file} → ${specifier}`);
        }
      }
    }
    deepEqual(offenders, []);
  });
});
