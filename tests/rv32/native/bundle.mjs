// esbuild's plugin for bundles that run on the RV32 native runner (xs-rv32-native.elf): the adapter's
// `@`-bound native crypto and the SDK's crypt module become tests/rv32/native's stand-ins over the runner's C
// (native-crypto.js, native-crypt.js), and the bench devices' crypto the firmware's (device-crypto.ts).
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, "../../..");
const SUBSTITUTES = new Map([
  [join(root, "adapters/moddable/native-crypto/native-crypto.js"), join(here, "native-crypto.js")],
  [join(root, "adapters/moddable/native-crypt.js"), join(here, "native-crypt.js")],
  [join(root, "tests/bench/device-crypto.js"), join(here, "device-crypto.ts")],
]);

/** @type {import("esbuild").Plugin} */
export const nativeRunnerPlugin = {
  name: "rv32-native",
  setup(build) {
    build.onResolve({ filter: /(native-crypto|native-crypt|device-crypto)\.js$/ }, (args) => {
      const path = SUBSTITUTES.get(resolve(args.resolveDir, args.path));
      return path ? { path } : undefined;
    });
  },
};
