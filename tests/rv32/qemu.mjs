// Runs the RV32 XS runner under qemu-system-riscv32 (virt machine, semihosting). With `exact`,
// -icount shift=0 makes QEMU retire one guest instruction per virtual nanosecond, so the core's instret
// counter, which the scripts read through instret(), is an exact instruction count and every run is the
// same; the bench needs that. The test suites run without it, about 1.7 times faster.
import { spawn } from "node:child_process";
import { ELF, RAM_MIB } from "./build.mjs";

/** esp32_thing's fixed heap (Moddable's manifest for the target): 4,928 slots, 78,848 bytes of chunks. */
export const ESP32_THING_HEAP = { slots: 4928, chunks: 78848 };

/**
 * Evaluates the script files in order on a fresh machine; resolves with its output and exit code
 * (0 done, 1 uncaught exception, 2 XS abort, e.g. "memory full" in the fixed heap).
 * @param {string[]} scripts paths, or "@list" naming a file of paths
 * @param {{ slots?: number, chunks?: number, stack?: number, exact?: boolean, elf?: string, onOutput?: (text: string) => void }} [options]
 *   elf: the runner to run (build.mjs's ELF, the default, or NATIVE_ELF)
 * @returns {Promise<{ output: string, code: number }>}
 */
export function runXs(scripts, { slots, chunks, stack, exact = false, elf = ELF, onOutput } = {}) {
  const options = [];
  if (slots) options.push("--slots", String(slots));
  if (chunks) options.push("--chunks", String(chunks));
  if (stack) options.push("--stack", String(stack));
  // QEMU's option syntax: a comma inside a value is written twice.
  const args = [...options, ...scripts].map((a) => `arg=${a.replaceAll(",", ",,")}`).join(",");
  const child = spawn("qemu-system-riscv32", [
    "-M", "virt", "-m", `${RAM_MIB}M`, "-nographic", "-bios", "none", "-kernel", elf, ...(exact ? ["-icount", "shift=0"] : []),
    "-semihosting-config", `enable=on,target=native,${args}`,
  ], { stdio: ["ignore", "pipe", "pipe"] });
  // The guest's console (picolibc's semihosting stdout) arrives on QEMU's standard error; QEMU's own
  // messages would too. Both are the run's output.
  let output = "";
  const receive = (d) => { output += d; onOutput?.(d.toString()); };
  child.stdout.on("data", receive);
  child.stderr.on("data", receive);
  return new Promise((resolve, reject) => {
    child.on("error", (e) => reject(e.code === "ENOENT"
      ? new Error("qemu-system-riscv32 not found: apt-get install qemu-system-misc") : e));
    child.on("close", (code) => resolve({ output, code: code ?? -1 }));
  });
}
