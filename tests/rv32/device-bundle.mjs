// esbuild options for the scripts whose cost is the device's (bench:rv32, bench:rv32-heap). The test
// suites' bundles target es2021, where esbuild turns each private class member into WeakMap look-ups
// (about ten times the instructions of a field on XS); the firmware is compiled by tsc for es2025
// (mcconfig) and uses XS's own private members, so these bundles keep them. Public class fields stay
// lowered, as in the suites.
/** @type {import("esbuild").BuildOptions} */
export const DEVICE_BUNDLE = {
  bundle: true, format: "iife", platform: "browser", target: "es2021", write: false, logLevel: "error",
  supported: Object.fromEntries(["class-private-field", "class-private-method", "class-private-accessor",
    "class-private-static-field", "class-private-static-method", "class-private-static-accessor",
    "class-private-brand-check"].map((feature) => [feature, true])),
};
