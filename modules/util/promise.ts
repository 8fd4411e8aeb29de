// Code that answers at once or later returns a value or its promise; this tells which it got.

export function isPromise<T>(value: T | Promise<T>): value is Promise<T> {
  return typeof (value as { then?: unknown }).then === "function";
}
