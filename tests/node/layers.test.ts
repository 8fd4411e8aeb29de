// The tree is the architecture: ports below everything, the portable component above them, adapters as the
// outermost ring. An import that runs the other way is a design error this test names.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { deepEqual } from "../support/assert.js";

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sources(join(dir, entry.name)) : /\.(ts|js)$/.test(entry.name) ? [join(dir, entry.name)] : []);
}

const imports = (file: string) => [...readFileSync(file, "utf8").matchAll(/^(?:import|export)\s[^;]*?from\s+"([^"]+)"|^import\s+"([^"]+)"/gms)].map((m) => m[1] ?? m[2]);

describe("layers", () => {
  it("nothing in modules/ imports an adapter, a host program or a runtime API", () => {
    const offenders: string[] = [];
    for (const file of sources("modules")) {
      for (const specifier of imports(file)) {
        if (/adapters\/|host\/|^node:|^(mc\/config|timer|preference|wifi|net|embedded:.*)$/.test(specifier)) offenders.push(`${file} → ${specifier}`);
      }
    }
    deepEqual(offenders, []);
  });

  it("modules/ports.ts imports nothing: it is the layer below everything", () => {
    deepEqual(imports("modules/ports.ts"), []);
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
