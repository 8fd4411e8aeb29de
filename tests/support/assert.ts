// Assertions that run unchanged on Node (mocha) and on XS (tests/xs/harness.ts): no node:assert there.
import { toHex } from "../../modules/util/hex.js";

export class AssertionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "AssertionError";
  }
}

function show(value: unknown): string {
  if (value instanceof Uint8Array) return `<${toHex(value)}>`;
  try {
    return JSON.stringify(value, (_k, v) => (typeof v === "bigint" ? `${v}n` : v instanceof Uint8Array ? toHex(v) : v)) ?? String(value);
  } catch {
    return String(value);
  }
}

export function ok(value: unknown, message = "expected a truthy value"): asserts value {
  if (!value) throw new AssertionError(message);
}

export function equal<T>(actual: T, expected: T, message?: string): void {
  if (!Object.is(actual, expected)) throw new AssertionError(`${message ? message + ": " : ""}expected ${show(expected)}, got ${show(actual)}`);
}

export function notEqual<T>(actual: T, unexpected: T, message?: string): void {
  if (Object.is(actual, unexpected)) throw new AssertionError(`${message ? message + ": " : ""}did not expect ${show(actual)}`);
}

function same(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (a instanceof Uint8Array && b instanceof Uint8Array) return a.length === b.length && a.every((x, i) => x === b[i]);
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => same(x, b[i]));
  if (a && b && typeof a === "object" && typeof b === "object" && !Array.isArray(a) && !Array.isArray(b)) {
    const ka = Object.keys(a).sort(), kb = Object.keys(b).sort();
    return same(ka, kb) && ka.every((k) => same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
  }
  return false;
}

export function deepEqual(actual: unknown, expected: unknown, message?: string): void {
  if (!same(actual, expected)) throw new AssertionError(`${message ? message + ": " : ""}expected ${show(expected)}, got ${show(actual)}`);
}

export function bytesEqual(actual: Uint8Array, expected: Uint8Array | string, message?: string): void {
  const want = typeof expected === "string" ? expected : toHex(expected);
  const got = toHex(actual);
  if (got !== want) throw new AssertionError(`${message ? message + ": " : ""}expected ${want}, got ${got}`);
}

export function match(text: string, pattern: RegExp, message?: string): void {
  if (!pattern.test(text)) throw new AssertionError(`${message ? message + ": " : ""}${show(text)} does not match ${pattern}`);
}

export function throws(fn: () => unknown, pattern?: RegExp, message?: string): void {
  try {
    fn();
  } catch (error) {
    if (pattern && !pattern.test(String((error as Error)?.message ?? error)))
      throw new AssertionError(`${message ? message + ": " : ""}threw ${show(String(error))}, expected ${pattern}`);
    return;
  }
  throw new AssertionError(`${message ? message + ": " : ""}expected an exception`);
}

/** The promise rejects, or the function throws or returns a promise that rejects. */
export async function rejects(promise: Promise<unknown> | (() => unknown), pattern?: RegExp, message?: string): Promise<void> {
  try {
    await (typeof promise === "function" ? promise() : promise);
  } catch (error) {
    if (pattern && !pattern.test(String((error as Error)?.message ?? error)))
      throw new AssertionError(`${message ? message + ": " : ""}rejected with ${show(String(error))}, expected ${pattern}`);
    return;
  }
  throw new AssertionError(`${message ? message + ": " : ""}expected a rejection`);
}
