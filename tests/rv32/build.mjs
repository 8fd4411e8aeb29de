// Cross-compiles the RV32 XS runner: the XS engine (and Moddable's TextDecoder/TextEncoder) from the sources
// @agoric/xsnap brings with npm install, and the runner in tests/rv32/runner, for rv32imc (the ESP32-C3's ISA) with Debian's riscv64-unknown-elf
// GCC and picolibc, linked for QEMU's virt machine with semihosting. Objects are kept in build/rv32 and
// rebuilt when their source, the runner's headers or the flags change. `node tests/rv32/build.mjs`
// builds and prints the ELF's path.
import { execFile } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { createRequire } from "node:module";

const run = promisify(execFile);
const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, "../..");
const runnerDir = join(here, "runner");
const moddableDir = join(dirname(createRequire(import.meta.url).resolve("@agoric/xsnap/package.json")), "moddable");
const xsDir = join(moddableDir, "xs");
// TextDecoder and TextEncoder, which xsnap's globals include too (protobufjs makes a TextDecoder as it loads).
const MODULES = ["data/text/decoder/textdecoder.c", "data/text/encoder/textencoder.c"].map((f) => join(moddableDir, "modules", f));
const buildDir = join(root, "build/rv32");
export const ELF = join(buildDir, "xs-rv32.elf");

const CC = "riscv64-unknown-elf-gcc";
// The C3's ISA exactly; GCC links picolibc's rv32im multilib for it.
const ARCH = ["-march=rv32imc", "-mabi=ilp32"];
// As Moddable's ESP32 makefile compiles XS for the RISC-V chips (mcconfig's make.esp32.mk): -Os, no
// inlined functions, no jump tables. The XS features match xsnap's build, less the debugger, metering and
// snapshots, so the test suites see the same language.
const C_FLAGS = [
  "--specs=picolibc.specs", ...ARCH, "-Os", "-fno-inline-functions", "-fno-jump-tables", "-ffunction-sections", "-fdata-sections",
  "-DINCLUDE_XSPLATFORM", '-DXSPLATFORM="xs_rv32_platform.h"',
  "-DmxParse=1", "-DmxRun=1", "-DmxSloppy=1", "-DmxRegExpUnicodePropertyEscapes=1", "-DmxStringNormalize=1",
  "-DmxMinusZero=1", "-DmxNoConsole=1",
  // A JS stack overflow is an abort, not a write below the stack into the heap (a release build checks
  // nothing without it; xsnap defines it too). It adds a compare to each push and call.
  "-DmxBoundsCheck=1",
  `-I${join(xsDir, "includes")}`, `-I${join(xsDir, "platforms")}`, `-I${join(xsDir, "sources")}`, `-I${runnerDir}`,
  "-Wno-implicit-function-declaration",
];
// QEMU's virt machine: RAM from 0x80000000 (picolibc's default script puts flash at 0x10000000, which virt
// lacks). 4 MiB for the program, the rest of the -m 512M for data, malloc and an 8 MiB C stack.
export const RAM_MIB = 512;
const LINK_FLAGS = [
  "--specs=picolibc.specs", "--oslib=semihost", "--crt0=semihost", ...ARCH, "-Wl,--gc-sections",
  "-Wl,--defsym=__flash=0x80000000", "-Wl,--defsym=__flash_size=0x400000",
  "-Wl,--defsym=__ram=0x80400000", `-Wl,--defsym=__ram_size=${(RAM_MIB - 4) * 1024 * 1024}`,
  // picolibc's script would end malloc's heap 2 KiB below the top whatever the stack's size: end it below.
  "-Wl,--defsym=__stack_size=0x800000", `-Wl,--defsym=__heap_end=${0x80000000 + (RAM_MIB - 8) * 1024 * 1024}`,
  "-Wl,--wrap=fxCStackLimit",
];

function sources() {
  const engine = readdirSync(join(xsDir, "sources")).filter((f) => f.endsWith(".c")).map((f) => join(xsDir, "sources", f));
  const runner = readdirSync(runnerDir).filter((f) => f.endsWith(".c")).map((f) => join(runnerDir, f));
  return [...engine, ...MODULES, ...runner];
}

const mtime = (path) => (existsSync(path) ? statSync(path).mtimeMs : 0);

async function inParallel(jobs, limit) {
  let next = 0;
  await Promise.all(Array.from({ length: limit }, async () => {
    while (next < jobs.length) await jobs[next++]();
  }));
}

/** Builds the ELF if anything changed; returns its path. */
export async function buildRunner({ log = () => {} } = {}) {
  try {
    await run(CC, ["--version"]);
  } catch {
    throw new Error(`${CC} not found: apt-get install gcc-riscv64-unknown-elf picolibc-riscv64-unknown-elf qemu-system-misc`);
  }
  mkdirSync(join(buildDir, "obj"), { recursive: true });
  const stamp = join(buildDir, "flags");
  const flags = JSON.stringify([C_FLAGS, LINK_FLAGS]);
  const flagsChanged = !existsSync(stamp) || readFileSync(stamp, "utf8") !== flags;
  const headers = Math.max(...readdirSync(runnerDir).filter((f) => f.endsWith(".h")).map((f) => mtime(join(runnerDir, f))));
  const objects = sources().map((source) => ({ source, object: join(buildDir, "obj", basename(source, ".c") + ".o") }));
  const stale = objects.filter(({ source, object }) => flagsChanged || mtime(object) < Math.max(mtime(source), headers));
  if (stale.length) log(`rv32: compiling ${stale.length} C files for rv32imc`);
  await inParallel(stale.map(({ source, object }) => () => run(CC, [...C_FLAGS, "-c", source, "-o", object])), availableParallelism());
  if (stale.length || !existsSync(ELF)) {
    await run(CC, [...LINK_FLAGS, ...objects.map((o) => o.object), "-lm", "-o", ELF]);
    writeFileSync(stamp, flags);
  }
  return ELF;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(await buildRunner({ log: console.log }));
}
