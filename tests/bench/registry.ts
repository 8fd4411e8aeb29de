// Benchmarks register here. setup() runs unmeasured and returns (or resolves to) the operation to
// measure, so every measurement starts from the same state (a CTR keystream, a fresh session).
export type Operation = () => unknown;

export interface Benchmark {
  name: string;
  /** May be asynchronous: its promise jobs run before the measurement starts. */
  setup: () => Operation | Promise<Operation>;
}

/** A figure printed as the difference of two benchmarks' computrons (e.g. a whole device less its core). */
export interface Difference {
  name: string;
  whole: string;
  part: string;
}

export const benchmarks: Benchmark[] = [];
export const differences: Difference[] = [];

export function bench(name: string, setup: () => Operation | Promise<Operation>): void {
  benchmarks.push({ name, setup });
}

export function benchDifference(name: string, whole: string, part: string): void {
  differences.push({ name, whole, part });
}
