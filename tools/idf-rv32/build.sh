#!/usr/bin/env bash
# Espressif's console provisioning C on the ESP32-C3's instruction set, counted exactly: ESP-IDF's
# protocomm_console.c, protocomm.c, security1.c, security2.c, SRP6a, the protobuf-c messages and
# wifi_provisioning's wifi_config.c, compiled for bare-metal rv32imc with Debian's riscv64-unknown-elf GCC and
# picolibc, linked with the same Mbed TLS 2.28 build as the project's RV32 native runner (tests/rv32/build.mjs)
# and protobuf-c's runtime, and run under qemu-system-riscv32 -icount shift=0 on the project's recorded
# sessions (main.c, sessions.mjs). Writes build/idf-rv32/counts.json, which `npm run bench:rv32` reads to
# print ours against it.
#
# The trees come from outside the repository (nothing of them is committed):
#   IDF_PATH        an ESP-IDF tree (v5.5.5 was measured), e.g. exported from a clone: needs
#                   components/protocomm, components/wifi_provisioning, components/console/split_argv.c
#   PROTOBUF_C_SRC  protobuf-c's source (Debian: `apt-get source protobuf-c`; 1.4.1 was measured)
#   MBEDTLS_SRC     Mbed TLS 2.28's source (Debian: `apt-get source mbedtls`), else build/deb-src/mbedtls-*
#   IDF_VERSION     what to call the tree in counts.json (else its version.txt or git describe)
# needs: gcc-riscv64-unknown-elf picolibc-riscv64-unknown-elf qemu-system-misc node
#
# One change to ESP-IDF's code, made on a copy in build/: protocomm_console.c's line buffer (LINE_BUF_SIZE
# 256) becomes 2048, this project's consoleLineMax, since a security 2 command 0 line is 827 characters.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
: "${IDF_PATH:?set IDF_PATH to an ESP-IDF tree (components/protocomm, wifi_provisioning, console)}"
: "${PROTOBUF_C_SRC:?set PROTOBUF_C_SRC to protobuf-c source (apt-get source protobuf-c)}"
out="$root/build/idf-rv32"
mkdir -p "$out"

# The same Mbed TLS objects and configuration as the RV32 native runner.
mapfile -t mbedtls < <(node "$root/tests/rv32/build.mjs" mbedtls)
lib="${mbedtls[-1]}"
unset 'mbedtls[-1]'

P="$IDF_PATH/components/protocomm"; W="$IDF_PATH/components/wifi_provisioning"
sed 's/^#define LINE_BUF_SIZE 256$/#define LINE_BUF_SIZE 2048/' "$P/src/transports/protocomm_console.c" > "$out/protocomm_console.c"
grep -q '^#define LINE_BUF_SIZE 2048$' "$out/protocomm_console.c" || { echo "protocomm_console.c: LINE_BUF_SIZE not found" >&2; exit 1; }
node "$here/sessions.mjs" "$out/sessions.h"

sources=(
  "$out/protocomm_console.c" "$P/src/common/protocomm.c"
  "$P/src/security/security1.c" "$P/src/security/security2.c"
  "$P/src/crypto/srp6a/esp_srp.c" "$P/src/crypto/srp6a/esp_srp_mpi.c"
  "$P"/proto-c/*.pb-c.c "$W/src/wifi_config.c" "$W"/proto-c/*.pb-c.c
  "$IDF_PATH/components/console/split_argv.c"
  "$PROTOBUF_C_SRC/protobuf-c/protobuf-c.c"
  "$here/main.c"
)
flags=(
  "${mbedtls[@]}" -std=gnu11 -Wno-format -Wno-deprecated-declarations
  -include "$here/shim/idf_rv32_compat.h" -I"$here/shim" -I"$out" -I"$PROTOBUF_C_SRC"
  -I"$P/include/common" -I"$P/include/security" -I"$P/include/transports" -I"$P/include/crypto/srp6a"
  -I"$P/src/common" -I"$P/src/crypto/srp6a" -I"$P/proto-c" -I"$W/include" -I"$W/src" -I"$W/proto-c"
  -DCONFIG_ESP_PROTOCOMM_SUPPORT_SECURITY_VERSION_1=1 -DCONFIG_ESP_PROTOCOMM_SUPPORT_SECURITY_VERSION_2=1
)
# The RV32 runner's memory map on QEMU's virt machine, semihosting for the console and exit.
link=(
  --oslib=semihost --crt0=semihost -Wl,--gc-sections -Wl,--wrap=mbedtls_ctr_drbg_random -Wl,--wrap=protocomm_req_handle
  -Wl,--defsym=__flash=0x80000000 -Wl,--defsym=__flash_size=0x400000
  -Wl,--defsym=__ram=0x80400000 -Wl,--defsym=__ram_size=0x7c00000
)
riscv64-unknown-elf-gcc "${flags[@]}" "${sources[@]}" "${link[@]}" "$lib" -o "$out/idf-rv32.elf"

counts=()
for session in sec1 sec2; do
  result="$(qemu-system-riscv32 -M virt -m 128M -nographic -bios none -kernel "$out/idf-rv32.elf" -icount shift=0 \
    -semihosting-config "enable=on,target=native,arg=idf-rv32,arg=$session" 2>&1)" || { echo "$result" >&2; exit 1; }
  grep -q '^idf-rv32 done' <<<"$result" || { echo "$result" >&2; exit 1; }
  while read -r json; do counts+=("$json"); done < <(sed -n 's/^idf-rv32 \({.*}\)$/\1/p' <<<"$result")
done
idf="${IDF_VERSION:-$(cat "$IDF_PATH/version.txt" 2>/dev/null || git -C "$IDF_PATH" describe --tags 2>/dev/null || echo unknown)}"
(IFS=,; printf '{"idf":"%s","sessions":[%s]}\n' "$idf" "${counts[*]}") > "$out/counts.json"
cat "$out/counts.json"
