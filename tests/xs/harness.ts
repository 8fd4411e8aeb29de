// A small mocha-compatible harness (describe / it / beforeEach) for the XS engine, where mocha cannot
// run. The portable test files are bundled after it; run.mjs calls __runTests() and reads __results.
import * as messages from "../../modules/proto/messages.js";
// The firmware's own preloaded module: it makes the generated classes' defaults overridable.
import "../../adapters/moddable/messages-in-flash.js";

declare const print: (...args: unknown[]) => void;

type Fn = () => unknown;
interface Test { name: string; fn: Fn; hooks: Fn[] }

const tests: Test[] = [];
const path: string[] = [];
const hookStack: Fn[][] = [[]];

const g = globalThis as any;
g.console ??= { log: print, error: print, warn: print, info: print };
// fast-check captures setTimeout when it loads (for time limits these tests never set). The portable
// modules cannot use it: their type check has no timer globals.
g.setTimeout ??= () => { throw new Error("setTimeout is not available on XS"); };
g.clearTimeout ??= () => {};

// As on a Moddable device, whose preloading freezes the built-ins: code that assigns over a property a
// frozen prototype already has (`this.name = ...` in an Error subclass) throws here as it does there.
// Runs before the bundled test files, so every module they load meets frozen built-ins.
const typedArrayPrototype = Object.getPrototypeOf(Uint8Array.prototype);
for (const prototype of [Object.prototype, Function.prototype, Array.prototype, typedArrayPrototype, Uint8Array.prototype,
  ArrayBuffer.prototype, Error.prototype, TypeError.prototype, RangeError.prototype, Promise.prototype, Map.prototype,
  Set.prototype, String.prototype, Number.prototype, BigInt.prototype, RegExp.prototype, Date.prototype])
  Object.freeze(prototype);
// The generated protobuf classes are preloaded too (manifest.json): frozen, as the linker leaves them.
for (const type of Object.values(messages as Record<string, unknown>)) {
  if (typeof type !== "function") continue;
  Object.freeze(type.prototype);
  Object.freeze(type);
}

g.describe = (name: string, body: Fn) => {
  path.push(name);
  hookStack.push([]);
  body();
  hookStack.pop();
  path.pop();
};
g.it = (name: string, fn: Fn) => {
  tests.push({ name: [...path, name].join(" › "), fn, hooks: hookStack.flat() });
};
g.beforeEach = (fn: Fn) => { hookStack[hookStack.length - 1].push(fn); };

g.__runTests = async () => {
  const results = { passed: 0, failed: 0, failures: [] as string[] };
  for (const test of tests) {
    try {
      for (const hook of test.hooks) await hook();
      await test.fn();
      results.passed++;
      print(`  ✔ ${test.name}`);
    } catch (error: any) {
      results.failed++;
      const message = `${test.name}: ${error?.stack ?? error?.message ?? error}`;
      results.failures.push(message);
      print(`  ✘ ${message}`);
    }
  }
  g.__results = results;
};
