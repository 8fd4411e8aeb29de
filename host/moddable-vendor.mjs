// Bundles the npm libraries the firmware imports into single ES modules that mcconfig can compile
// (protobufjs's minimal runtime is CommonJS; noble is ESM spread over many files). Runs on npm install
// ("prepare"); manifest.json maps the import specifiers to build/moddable/*.
import { build } from "esbuild";
import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const out = join(root, "build", "moddable");
mkdirSync(out, { recursive: true });

const bundles = {
  // messages.js: import $protobuf from "protobufjs/minimal.js". Its string decoding needs a TextDecoder.
  "protobuf-minimal.js": {
    contents: `import minimal from "protobufjs/minimal.js"; export default minimal;`,
    inject: [join(root, "host", "moddable-text-decoder.ts")],
  },
  // adapters/moddable/crypto.ts: import { x25519 } from "@noble/curves/ed25519.js"
  "noble-x25519.js": { contents: `export { x25519 } from "@noble/curves/ed25519.js";`, inject: [] },
};

for (const [file, { contents, inject }] of Object.entries(bundles)) {
  await build({
    stdin: { contents, resolveDir: root, sourcefile: file, loader: "js" },
    bundle: true, format: "esm", platform: "neutral", target: "es2021", inject,
    outfile: join(out, file), logLevel: "error",
  });
}
console.log(`moddable-vendor: ${Object.keys(bundles).join(", ")} in build/moddable`);
