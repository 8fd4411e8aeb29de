// Benchmarks register here. setup() runs unmeasured and returns (or resolves to) the operation to
// measure, so every measurement starts from the same state (a CTR keystream, a fresh session).
export type Operation = () => unknown;

export interface Benchmark {
  name: string;
  setup: () => Operation | Promise<Operation>;
}

export const benchmarks: Benchmark[] = [];

export function bench(name: string, setup: () => Operation | Promise<Operation>): void {
  benchmarks.push({ name, setup });
}
