// How many inputs each property tries: bounded in npm test; FUZZ_SCALE (npm run fuzz) multiplies it.
const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env;
const scale = Number(env?.FUZZ_SCALE ?? 1) || 1;
let planned = 0;

export function fuzzRuns(base: number): number {
  const runs = Math.max(1, Math.round(base * scale));
  planned += runs;
  return runs;
}

/** Inputs tried so far (each property runs exactly its count unless it fails). */
export function fuzzInputsTried(): number {
  return planned;
}
