// modules/proto is generated from proto/*.proto and never edited by hand: regenerate and compare.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { equal } from "../support/assert.js";

describe("generated protobuf code", function () {
  this.timeout(60000);
  it("is what `npm run proto` makes from proto/*.proto", () => {
    const dir = mkdtempSync(join(tmpdir(), "proto-"));
    try {
      const script = JSON.parse(readFileSync("package.json", "utf8")).scripts.proto as string;
      const args = script.replace(/^pbjs /, "").replace("modules/proto/messages.js", join(dir, "messages.js")).split(" ");
      // The shell expands proto/*.proto in sorted order; do the same.
      const protos = readdirSync("proto").filter((f) => f.endsWith(".proto")).sort().map((f) => `proto/${f}`);
      const expanded = args.filter((a) => a !== "proto/*.proto").concat(protos);
      execFileSync(join("node_modules", ".bin", "pbjs"), expanded, { stdio: "pipe" });
      for (const file of ["messages.js", "messages.d.ts"]) {
        const fresh = readFileSync(join(dir, file), "utf8");
        const committed = readFileSync(join("modules/proto", file), "utf8");
        let at = 0;
        while (at < fresh.length && fresh[at] === committed[at]) at++;
        equal(at, fresh.length === committed.length && at === fresh.length ? fresh.length : -1,
          `${file} differs from a fresh \`npm run proto\` at offset ${at}: regenerate it`);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
