#!/bin/bash
# riscv32-esp-elf-<tool> for ESP-IDF v6.0, played by Debian 12's riscv64-unknown-elf-<tool> (GCC 12.2).
# build.sh links every riscv32-esp-elf-* name in $OUT/bin to this script. What Espressif's GCC 15 toolchain has
# and Debian's lacks is bridged here:
#  - flags GCC 12 does not know: -std=gnu23 (-> gnu2x), -std=gnu++26 (-> gnu++17, GCC 12 in C++20 mode
#    rejects nvs_flash's reversed operator==), -mtune=esp-base (dropped);
#  - its C library: Espressif's newlib, built by build.sh into $OUT/newlib (ESP32C3_LIBC=newlib, the default,
#    which Moddable's sdkconfig selects), or none while newlib itself is being built (ESP32C3_LIBC=none);
#  - C++ headers: the host's libstdc++ 12 headers, with the target-specific bits/ in $OUT/cxx;
#  - C23's bare static_assert, which GCC 12's C mode lacks.
OUT=$(cd "$(dirname "$0")/.." && pwd)
tool=${0##*/}
tool=${tool#riscv32-esp-elf-}
real=/usr/bin/riscv64-unknown-elf-$tool
case $tool in gcc|g++|c++|cc|cpp) ;; *) exec "$real" "$@";; esac

args=()
for a in "$@"; do   # response files are expanded so that the flags in them are seen
	if [[ $a == @* && -f ${a#@} ]]; then read -r -d '' -a more < "${a#@}"; args+=("${more[@]}"); else args+=("$a"); fi
done
compile_only=0 has_march=0 has_mabi=0 has_specs=0
for a in "${args[@]}"; do
	case $a in -c|-S|-E|-M|-MM) compile_only=1;; -march=*) has_march=1;; -mabi=*) has_mabi=1;; -specs=*|--specs=*) has_specs=1;; esac
done
out=()
[ $has_march = 0 ] && out+=(-march=rv32imc_zicsr_zifencei)
[ $has_mabi = 0 ] && out+=(-mabi=ilp32)
for a in "${args[@]}"; do
	case $a in
		-std=gnu23) a=-std=gnu2x;;
		-std=c99) a=-std=gnu99;;
		-std=c11) a=-std=gnu11;;
		-std=gnu++26) a=-std=gnu++17;;
		-mtune=esp-base) continue;;
		-specs=picolibc.specs|--specs=picolibc.specs|-specs=nano.specs|--specs=nano.specs) continue;;
	esac
	out+=("$a")
done
libc=${ESP32C3_LIBC:-newlib}
if [ "$libc" = newlib ] && [ $has_specs = 0 ]; then out=(-specs="$OUT/newlib.specs" "${out[@]}"); fi
if [ $compile_only = 1 ]; then
	case $tool in
		gcc|cc) out+=(-Dstatic_assert=_Static_assert)
			[[ " ${out[*]} " == *" -std=gnu2x "* ]] && out+=(-include stdbool.h);;   # C23's bool keywords
		g++|c++) out=(-isystem /usr/include/c++/12 -isystem "$OUT/cxx" "${out[@]}");;
	esac
	[ "$libc" = newlib ] && out+=(-isystem "$OUT/newlib/riscv32-esp-elf/include")
	# upstream TF-PSA-Crypto 1.0.0 stands in for Espressif's fork, whose esp_config.h still sets options the
	# upstream configuration check refuses (MBEDTLS_SHA256_C, MBEDTLS_CIPHER_MODE_XTS)
	out+=(-DTF_PSA_CRYPTO_CONFIG_CHECK_BYPASS)
else
	# Debian's multilib has rv32imc/ilp32 (libgcc), not rv32imc_zicsr_zifencei
	for i in "${!out[@]}"; do [[ ${out[$i]} == -march=rv32imc_zicsr_zifencei ]] && out[$i]=-march=rv32imc; done
	[ "$libc" = newlib ] && out+=(-L"$OUT/runtime")
fi
exec "$real" "${out[@]}"
