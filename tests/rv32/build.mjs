// Cross-compiles the RV32 XS runner: the XS engine (and Moddable's TextDecoder/TextEncoder) from the sources
// @agoric/xsnap brings with npm install, and the runner in tests/rv32/runner, for rv32imc (the ESP32-C3's ISA) with Debian's riscv64-unknown-elf
// GCC and picolibc, linked for QEMU's virt machine with semihosting. Objects are kept in build/rv32 and
// rebuilt when their source, the runner's headers or the flags change. `node tests/rv32/build.mjs`
// builds and prints the ELF's path.
//
// The native runner (`buildRunner({ native: true })`, `node tests/rv32/build.mjs native`) adds what the
// firmware links with nativeCrypto on: the project's native crypto C (adapters/moddable/native-crypto) over
// Mbed TLS 2.28's crypto library, cross-built here from Debian's source package with a bare-metal
// configuration of its own (tests/rv32/native/mbedtls_config.h), and tests/rv32/native's bindings. The
// source is found at $MBEDTLS_SRC, else as build/deb-src/mbedtls-* (`apt-get source mbedtls` there, as
// .ci/run does). `node tests/rv32/build.mjs mbedtls` builds only the library (build/rv32/libmbedcrypto.a)
// and prints the compiler flags that use it, for tools/idf-rv32.
import { execFile, spawnSync } from "node:child_process";
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
const nativeDir = join(here, "native");
const nativeCryptoDir = join(root, "adapters/moddable/native-crypto");
const buildDir = join(root, "build/rv32");
export const ELF = join(buildDir, "xs-rv32.elf");
export const NATIVE_ELF = join(buildDir, "xs-rv32-native.elf");
export const MBEDTLS_LIB = join(buildDir, "libmbedcrypto.a");

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

// Mbed TLS 2.28's library files for the configuration (the rest compile to nothing here).
const MBEDTLS_FILES = ["aes", "bignum", "cipher", "cipher_wrap", "constant_time", "ctr_drbg", "ecdh", "ecp", "ecp_curves",
  "entropy", "entropy_poll", "gcm", "platform_util", "psa_crypto", "psa_crypto_client", "psa_crypto_driver_wrappers",
  "psa_crypto_ecp", "psa_crypto_hash", "psa_crypto_slot_management", "sha256", "sha512"];
// As ESP-IDF compiles its components with CONFIG_COMPILER_OPTIMIZATION_SIZE: -Os, sections for --gc-sections.
const MBEDTLS_ONLY_FLAGS = ["--specs=picolibc.specs", ...ARCH, "-Os", "-ffunction-sections", "-fdata-sections"];

/** The Mbed TLS 2.28 source tree: $MBEDTLS_SRC, else build/deb-src/mbedtls-* (Debian's source package). */
export function mbedtlsSource() {
  let dir = process.env.MBEDTLS_SRC;
  if (!dir) {
    const debSrc = join(root, "build/deb-src");
    const found = () => (existsSync(debSrc) ? readdirSync(debSrc).filter((f) => /^mbedtls-2\.28\./.test(f)).sort() : []);
    // Not there yet: ask apt for it, as .ci/run does (works wherever apt has a deb-src line and dpkg-dev is in).
    if (!found().length) {
      mkdirSync(debSrc, { recursive: true });
      spawnSync("apt-get", ["source", "--only-source", "mbedtls"], { cwd: debSrc, stdio: ["ignore", "ignore", "inherit"] });
    }
    const trees = found();
    if (trees.length) dir = join(debSrc, trees[trees.length - 1]);
  }
  if (!dir || !existsSync(join(dir, "library/bignum.c"))) {
    throw new Error("Mbed TLS 2.28's source not found (the RV32 native runner cross-builds it): set MBEDTLS_SRC, or in build/deb-src run " +
      "`apt-get source mbedtls` (Debian 12; needs dpkg-dev and a deb-src line in apt's sources)");
  }
  return dir;
}

/** Compiler flags that compile against the cross-built Mbed TLS and its configuration. */
export const mbedtlsFlags = (src) => [`-I${join(src, "include")}`, `-I${nativeDir}`, '-DMBEDTLS_CONFIG_FILE="mbedtls_config.h"'];

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

async function checkCompiler() {
  try {
    await run(CC, ["--version"]);
  } catch {
    throw new Error(`${CC} not found: apt-get install gcc-riscv64-unknown-elf picolibc-riscv64-unknown-elf qemu-system-misc`);
  }
}

/** Compiles what is stale; returns the objects. `units`: { source, object, flags }. */
async function compile(units, stamp, log, what) {
  const flagsChanged = !existsSync(stamp) || readFileSync(stamp, "utf8") !== JSON.stringify(units.map((u) => u.flags));
  const headers = Math.max(...[runnerDir, nativeDir, nativeCryptoDir].flatMap((d) => readdirSync(d).filter((f) => f.endsWith(".h")).map((f) => mtime(join(d, f)))));
  const stale = units.filter(({ source, object }) => flagsChanged || mtime(object) < Math.max(mtime(source), headers));
  if (stale.length) log(`rv32: compiling ${stale.length} C files for rv32imc (${what})`);
  for (const { object } of stale) mkdirSync(dirname(object), { recursive: true });
  await inParallel(stale.map(({ source, object, flags }) => () => run(CC, [...flags, "-c", source, "-o", object])), availableParallelism());
  return { objects: units.map((u) => u.object), changed: stale.length > 0, save: () => writeFileSync(stamp, JSON.stringify(units.map((u) => u.flags))) };
}

/** Cross-builds Mbed TLS's crypto library for rv32imc if anything changed; returns the archive and its flags. */
export async function buildMbedtls({ log = () => {} } = {}) {
  await checkCompiler();
  const src = mbedtlsSource();
  const flags = [...MBEDTLS_ONLY_FLAGS, ...mbedtlsFlags(src), `-I${join(src, "library")}`];
  const units = MBEDTLS_FILES.map((f) => ({ source: join(src, "library", `${f}.c`), object: join(buildDir, "mbedtls", `${f}.o`), flags }));
  const built = await compile(units, join(buildDir, "mbedtls", "flags"), log, `Mbed TLS ${basename(src)}`);
  if (built.changed || !existsSync(MBEDTLS_LIB)) {
    await run("rm", ["-f", MBEDTLS_LIB]);
    await run("riscv64-unknown-elf-ar", ["rcs", MBEDTLS_LIB, ...built.objects]);
    built.save();
  }
  return { lib: MBEDTLS_LIB, flags: [...MBEDTLS_ONLY_FLAGS, ...mbedtlsFlags(src)] };
}

/** Builds the ELF (the native one with `native`) if anything changed; returns its path. */
export async function buildRunner({ log = () => {}, native = false } = {}) {
  await checkCompiler();
  const mbedtls = native ? await buildMbedtls({ log }) : undefined;
  const units = sources().map((source) => ({ source, object: join(buildDir, "obj", basename(source, ".c") + ".o"), flags: C_FLAGS }));
  if (native) {
    const nativeFlags = [...C_FLAGS, "-DXS_RV32_NATIVE=1", `-I${nativeDir}`, `-I${nativeCryptoDir}`, ...mbedtlsFlags(mbedtlsSource())];
    const runner = units.find((u) => basename(u.source) === "xs_rv32.c");
    runner.object = join(buildDir, "obj-native", "xs_rv32.o");
    runner.flags = nativeFlags;
    for (const source of [join(nativeCryptoDir, "native_crypto.c"), join(nativeCryptoDir, "native_crypto_xs.c"), join(nativeDir, "native_rv32.c")]) {
      units.push({ source, object: join(buildDir, "obj-native", basename(source, ".c") + ".o"), flags: nativeFlags });
    }
  }
  const elf = native ? NATIVE_ELF : ELF;
  const built = await compile(units, join(buildDir, native ? "flags-native" : "flags"), log, native ? "the native runner" : "the runner");
  // The two runners share most objects: either link may find them rebuilt by the other's build.
  const newest = Math.max(...built.objects.map(mtime), mbedtls ? mtime(mbedtls.lib) : 0);
  if (built.changed || !existsSync(elf) || mtime(elf) < newest) {
    await run(CC, [...LINK_FLAGS, ...built.objects, ...(mbedtls ? [mbedtls.lib] : []), "-lm", "-o", elf]);
    built.save();
  }
  return elf;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const what = process.argv[2];
  if (what === "mbedtls") {
    const { lib, flags } = await buildMbedtls({ log: console.error });
    console.log([...flags, lib].join("\n"));
  } else {
    console.log(await buildRunner({ log: console.log, native: what === "native" }));
  }
}
