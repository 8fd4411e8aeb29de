#!/bin/bash
# Build this project's reference firmware for an ESP32-C3 against ESP-IDF v6.0 with Debian 12's RISC-V GCC 12,
# with an emulated Wi-Fi driver in place of Espressif's Wi-Fi blobs, and the QEMU that boots it (lcgamboa's
# esp32c3 machine with this folder's patches). Everything comes from fetched trees; nothing is downloaded and
# nothing of them is committed. The README's section "The firmware on an emulated ESP32-C3" says what this
# proves and every way it differs from a board.
#
# Environment:
#   MIRRORS   folder of bare git mirrors, one per fetched repository: $MIRRORS/<owner>+<name>/repo
#             (lcgamboa/qemu, qemu/keycodemapdb, ucb-bar/berkeley-softfloat-3, espressif/esp-idf,
#             Mbed-TLS/mbedtls, Mbed-TLS/mbedtls-framework, Mbed-TLS/TF-PSA-Crypto, espressif/esp-phy-lib,
#             espressif/esp-coex-lib, kmackay/micro-ecc, espressif/tlsf, espressif/esp-lwip,
#             espressif/esp-idf-kconfig, espressif/esptool, espressif/newlib-esp32; refs below)
#   MODDABLE  Moddable SDK 8.2.3 with its lin tools built (build/bin/lin/release/mcconfig)
#   OUT       where everything is built (default ./build/esp32c3-qemu; plain characters, no spaces)
#   JOBS      parallel jobs (default 2)
# The project is the checkout this script is in (its node_modules installed, `npm run prepare` done).
#
# Steps, in order (default: all). Each one skips what is already built, so a rerun resumes; name steps to run
# only those, e.g. `build.sh firmware boot` after changing the project:
#   qemu       export lcgamboa/qemu, apply qemu/*.patch, build qemu-system-riscv32
#   idf        export ESP-IDF v6.0 and its submodules; adapt it to the older fetched tlsf/lwip/Mbed TLS
#   pytools    export esp-idf-kconfig and esptool (run from source through PYTHONPATH)
#   toolchain  riscv32-esp-elf-* and idf.py shims in $OUT/bin, C++ headers in $OUT/cxx
#   newlib     build Espressif's newlib (what Moddable's sdkconfig selects)
#   runtime    the libstdc++ runtime stub
#   firmware   mcconfig + Moddable's make for esp32/c3_32s_kit -> $OUT/flash.bin (4 MB image); with
#              ESP32C3_APP=<folder> another app of the project -> $OUT/flash-<folder name>.bin, and
#              ESP32C3_MCCONFIG="key=value ..." config overrides for mcconfig
#   cccheck    the project's native C compiled with Moddable's flags plus -Wall -Wextra -Werror
#   boot       boot flash.bin in QEMU and expect the provisioning prompt to answer proto-ver
#
# Refs exported (the commit each pointed at when this was written is given for the record):
#   lcgamboa/qemu               picsimlab-esp32   98f1cbda8c214a151a4687eb21dec9daf7f1d0f1
#   qemu/keycodemapdb           f5772a62ec52591ff6870b7e8ef32482371f22c6 (QEMU's pin)
#   ucb-bar/berkeley-softfloat-3  b64af41c3276f97f0e181920400ee056b9c88037 (QEMU's pin)
#   espressif/esp-idf           v6.0              662a3be354759d9487bf4b1a629fadb766cb1800
#   Mbed-TLS/mbedtls            v4.0.0            (IDF pins Espressif's fork 582ff48, not fetchable)
#   Mbed-TLS/mbedtls-framework  457996474728cb8e968ed21953b72f74d2f536b2
#   Mbed-TLS/TF-PSA-Crypto      76920edddcad00ac41b248e12d937b845df7bedb (1.0.0)
#   espressif/esp-phy-lib       3d57415af6e4c92eff2c4c3463e20a51d7340aba (IDF's pin)
#   espressif/esp-coex-lib      ee5cd79583c02f23e43e62931ffb55f5a4992d0f (IDF's pin)
#   kmackay/micro-ecc           24c60e243580c7868f4334a1ba3123481fe1aa48 (IDF's pin)
#   espressif/tlsf              idf               (IDF's pin 2867f68 is not fetchable)
#   espressif/esp-lwip          2.1.3-esp         (IDF's pin fd432e4 is not fetchable)
#   espressif/esp-idf-kconfig   v3.11.1
#   espressif/esptool           v5.1.0
#   espressif/newlib-esp32      esp-4.3.0_20240322
# Debian 12 packages: gcc-riscv64-unknown-elf cmake ninja-build make automake autoconf patch pkg-config
#   libglib2.0-dev libgcrypt20-dev libslirp-dev libfdt-dev libpixman-1-dev python3-venv python3-jinja2
#   python3-jsonschema python3-rich python3-rich-click python3-click python3-bitstring python3-cryptography
#   python3-serial python3-yaml python3-intelhex python3-pyelftools
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
PROJECT=$(cd "$HERE/../.." && pwd)
JOBS=${JOBS:-2}
STEPS="qemu idf pytools toolchain newlib runtime firmware cccheck boot"
fail() { echo "build.sh: $*" >&2; exit 1; }
step() { echo "== $(date +%T) $1"; }

steps=${*:-$STEPS}
for s in $steps; do [[ " $STEPS " == *" $s "* ]] || fail "no step '$s' (steps: $STEPS)"; done
wants() { [[ " $steps " == *" $1 "* ]]; }
require() { [ -n "${!1:-}" ] || fail "set $1 (see the head of this script)"; }
for s in qemu idf pytools newlib; do wants $s && require MIRRORS; done
for s in toolchain firmware cccheck; do wants $s && require MODDABLE; done
[ -z "${MIRRORS:-}" ] || MIRRORS=$(cd "$MIRRORS" && pwd) || fail "MIRRORS is not a folder"
if [ -n "${MODDABLE:-}" ]; then
	MODDABLE=$(cd "$MODDABLE" && pwd) || fail "MODDABLE is not a folder"
	[ -x "$MODDABLE/build/bin/lin/release/mcconfig" ] || fail "MODDABLE has no build/bin/lin/release/mcconfig"
fi
OUT=${OUT:-$PROJECT/build/esp32c3-qemu}
mkdir -p "$OUT" && OUT=$(cd "$OUT" && pwd)
case $OUT in *[!A-Za-z0-9._/+-]*) fail "OUT ($OUT) may hold only letters, digits and . _ / + -";; esac
IDF=$OUT/esp-idf
QEMU=$OUT/qemu

# export MIRROR REF DEST [PATH...]: a tree of a fetched repository, unless DEST already has files.
export_tree() {
	local mirror=$1 ref=$2 dest=$3
	shift 3
	[ -n "$(ls -A "$dest" 2>/dev/null)" ] && return 0
	[ -d "$MIRRORS/$mirror/repo" ] || fail "no mirror $MIRRORS/$mirror/repo (fetch ${mirror/+//})"
	python3 "$HERE/export-tree.py" "$MIRRORS/$mirror/repo" "$ref" "$dest" "$@"
}

# ------------------------------------------------------------------------------------------------------ qemu
if wants qemu; then step qemu
	export_tree lcgamboa+qemu refs/heads/picsimlab-esp32 "$QEMU"
	export_tree qemu+keycodemapdb f5772a62ec52591ff6870b7e8ef32482371f22c6 "$QEMU/subprojects/keycodemapdb"
	SF=$QEMU/subprojects/berkeley-softfloat-3
	if [ ! -e "$SF/meson.build" ]; then
		rm -rf "$SF"
		export_tree ucb-bar+berkeley-softfloat-3 b64af41c3276f97f0e181920400ee056b9c88037 "$SF"
		cp -r "$QEMU/subprojects/packagefiles/berkeley-softfloat-3/." "$SF/"
	fi
	# QEMU's floating-point tests need berkeley-testfloat-3 at a revision that is not fetchable
	sed -i "s|^  subdir('fp')$|  # subdir('fp'): berkeley-testfloat-3 not fetched|" "$QEMU/tests/meson.build"
	for p in "$HERE"/qemu/*.patch; do
		stamp=$QEMU/.applied-$(basename "$p")
		[ -e "$stamp" ] && continue
		(cd "$QEMU" && patch -p1 -s --forward < "$p") || fail "QEMU patch $(basename "$p") does not apply"
		touch "$stamp"
	done
	mkdir -p "$QEMU/build"
	[ -f "$QEMU/build/build.ninja" ] || (cd "$QEMU/build" && ../configure --target-list=riscv32-softmmu \
		--disable-download --without-default-features --enable-tcg --enable-gcrypt --enable-slirp --enable-fdt=system \
		--disable-werror --disable-docs --disable-user --disable-sdl --disable-gtk --disable-vnc --disable-capstone \
		--disable-curl > "$OUT/qemu-configure.log" 2>&1) || fail "QEMU configure: see $OUT/qemu-configure.log"
	(cd "$QEMU/build" && nice -n 10 ninja -j"$JOBS" qemu-system-riscv32 > "$OUT/qemu-build.log" 2>&1) \
		|| fail "QEMU build: see $OUT/qemu-build.log"
	"$QEMU/build/qemu-system-riscv32" -M help | grep -q esp32c3 || fail "this QEMU has no esp32c3 machine"
fi

# ------------------------------------------------------------------------------------------------------ idf
if wants idf; then step esp-idf
	export_tree espressif+esp-idf refs/tags/v6.0 "$IDF" CMakeLists.txt Kconfig sdkconfig.rename .gitmodules \
		components tools
	MB=$IDF/components/mbedtls/mbedtls
	if [ -z "$(ls -A "$MB" 2>/dev/null)" ]; then
		export_tree Mbed-TLS+mbedtls refs/tags/v4.0.0 "$MB"
		rm -rf "$MB/framework" "$MB/tf-psa-crypto"
		export_tree Mbed-TLS+mbedtls-framework 457996474728cb8e968ed21953b72f74d2f536b2 "$MB/framework"
		export_tree Mbed-TLS+TF-PSA-Crypto 76920edddcad00ac41b248e12d937b845df7bedb "$MB/tf-psa-crypto"
		rm -rf "$MB/tf-psa-crypto/framework"
		export_tree Mbed-TLS+mbedtls-framework 457996474728cb8e968ed21953b72f74d2f536b2 "$MB/tf-psa-crypto/framework"
	fi
	# CMake 3.25 (Debian 12) refuses TF-PSA-Crypto's OBJECT driver libraries inside IDF's link cycle
	for d in builtin everest p256-m; do
		sed -i 's/add_library(${target} OBJECT/add_library(${target} STATIC/' "$MB/tf-psa-crypto/drivers/$d/CMakeLists.txt"
	done
	export_tree espressif+esp-phy-lib 3d57415af6e4c92eff2c4c3463e20a51d7340aba "$IDF/components/esp_phy/lib"
	export_tree espressif+esp-coex-lib ee5cd79583c02f23e43e62931ffb55f5a4992d0f "$IDF/components/esp_coex/lib"
	export_tree kmackay+micro-ecc 24c60e243580c7868f4334a1ba3123481fe1aa48 \
		"$IDF/components/bootloader/subproject/components/micro-ecc/micro-ecc"
	export_tree espressif+tlsf refs/heads/idf "$IDF/components/heap/tlsf"
	export_tree espressif+esp-lwip refs/heads/2.1.3-esp "$IDF/components/lwip/lwip"
	TLSF=$IDF/components/heap/tlsf
	if ! grep -q tlsf_find_containing_block "$TLSF/tlsf.c"; then
		sed -i 's/^void tlsf_walk_pool(pool_t pool, tlsf_walker walker, void\* user);/&\nvoid* tlsf_find_containing_block(pool_t pool, void *ptr);/' "$TLSF/include/tlsf.h"
		cat "$HERE/idf/tlsf-find-containing-block.c" >> "$TLSF/tlsf.c"
	fi
	LWIPOPTS=$IDF/components/lwip/port/include/lwipopts.h
	if ! grep -q DHCP_CALC_TIMEOUT_FROM_OFFERED_T0_LEASE "$LWIPOPTS"; then
		# after the line that defines DHCP_SET_TIMEOUT_FROM_OFFERED_T2_REBIND, which the older names use
		python3 - "$LWIPOPTS" "$HERE/idf/lwip-dhcp-macros.h" <<'EOF'
import sys
path, extra = sys.argv[1], open(sys.argv[2]).read()
text = open(path).read()
anchor = text.index('#define DHCP_SET_TIMEOUT_FROM_OFFERED_T2_REBIND')
end = text.index('while(0)\n', anchor) + len('while(0)\n')
open(path, 'w').write(text[:end] + extra + text[end:])
EOF
	fi
	# Espressif's Wi-Fi blobs (esp32-wifi-lib) are not fetchable: empty archives, and the emulated driver of
	# wifi-emu/ compiled into the esp_wifi component instead (the firmware step copies it in)
	W=$IDF/components/esp_wifi/lib/esp32c3
	mkdir -p "$W"
	for l in core espnow mesh net80211 pp smartconfig wapi; do [ -e "$W/lib$l.a" ] || printf '!<arch>\n' > "$W/lib$l.a"; done
	if ! grep -q wifi-emu "$IDF/components/esp_wifi/CMakeLists.txt"; then
		sed -i 's|^    list(APPEND srcs "regulatory/esp_wifi_regulatory.c")$|&\n    list(APPEND srcs "wifi-emu/emu_wifi.c" "wifi-emu/emu_wifi_unused.c")  # esp-console-prov: emulator only|' \
			"$IDF/components/esp_wifi/CMakeLists.txt"
		grep -q wifi-emu "$IDF/components/esp_wifi/CMakeLists.txt" || fail "esp_wifi/CMakeLists.txt: the emulated driver could not be added"
	fi
	# Moddable's make checks `git describe` in IDF_PATH
	if [ ! -d "$IDF/.git" ]; then
		(cd "$IDF" && git init -q && echo '*' > .git/info/exclude \
			&& git -c user.name=esp32c3-qemu -c user.email=none commit -q --allow-empty -m "ESP-IDF v6.0, exported" \
			&& git -c user.name=esp32c3-qemu -c user.email=none tag -a v6.0 -m v6.0)
	fi
	mkdir -p "$OUT/rom-elfs"
fi

# ------------------------------------------------------------------------------------------------------ pytools
if wants pytools; then step pytools
	export_tree espressif+esp-idf-kconfig refs/tags/v3.11.1 "$OUT/pytools/kconfig"
	export_tree espressif+esptool refs/tags/v5.1.0 "$OUT/pytools/esptool"
	PYTHONPATH=$OUT/pytools/kconfig:$OUT/pytools/esptool /usr/bin/python3 -c 'import esp_kconfiglib, kconfgen, esptool'
fi

# ------------------------------------------------------------------------------------------------------ toolchain
if wants toolchain; then step toolchain
	mkdir -p "$OUT/bin" "$OUT/cxx/bits" "$OUT/runtime"
	install -m 755 "$HERE/toolchain/riscv32-esp-elf.sh" "$HERE/toolchain/idf.py" "$OUT/bin/"
	for t in addr2line ar as c++ cpp elfedit g++ gcc gcc-ar gcc-nm gcc-ranlib gdb ld nm objcopy objdump ranlib readelf size strip; do
		ln -sfn riscv32-esp-elf.sh "$OUT/bin/riscv32-esp-elf-$t"
	done
	sed "s|@OUT@|$OUT|g" "$HERE/toolchain/newlib.specs" > "$OUT/newlib.specs"
	# the host's libstdc++ 12 configuration, with what is Linux-specific in it taken out
	cp /usr/include/x86_64-linux-gnu/c++/12/bits/* "$OUT/cxx/bits/"
	sed -i 's|^#define _GLIBCXX_HAVE_LINUX_.*$|/* not Linux */|; s|^#define _GLIBCXX_HAVE_SYS_SYSINFO_H 1|/* no sys/sysinfo.h */|' \
		"$OUT/cxx/bits/c++config.h"
	cp "$HERE"/toolchain/cxx/*.h "$OUT/cxx/bits/"
	cat > "$OUT/env.sh" <<EOF
# source me: the environment of Moddable's esp32 build with these shims (written by build.sh)
export MODDABLE=$MODDABLE IDF_PATH=$IDF ESP32C3_LIBC=newlib JOBS=$JOBS
export ESP32C3_IDF_COMPONENTS="main;esp_driver_rmt;esp_driver_gptimer;esp_wifi;esp_driver_gpio;esp_driver_i2c;esp_driver_mcpwm;esp_driver_pcnt;esp_driver_ledc;esp_driver_spi;mbedtls;efuse;nvs_flash;esp_adc"
export PATH=$OUT/bin:$MODDABLE/build/bin/lin/release:/usr/bin:\$PATH
export ESP_ROM_ELF_DIR=$OUT/rom-elfs IDF_COMPONENT_MANAGER=0 PYTHONPATH=$OUT/pytools/kconfig:$OUT/pytools/esptool
EOF
fi

# ------------------------------------------------------------------------------------------------------ newlib
NEWLIB=$OUT/newlib/riscv32-esp-elf
if wants newlib; then step newlib
	SRC=$OUT/newlib-src
	export_tree espressif+newlib-esp32 refs/tags/esp-4.3.0_20240322 "$SRC" configure config.guess config.sub \
		Makefile.in Makefile.def Makefile.tpl install-sh mkinstalldirs missing move-if-change config config-ml.in \
		symlink-tree ltmain.sh ltgcc.m4 ltoptions.m4 ltsugar.m4 ltversion.m4 'lt~obsolete.m4' libtool.m4 compile \
		depcomp ar-lib test-driver multilib.am newlib
	if [ ! -e "$SRC/newlib/Makefile.in" ]; then
		# the mirror lacks the generated newlib/Makefile.in (6 MB): regenerate it with Debian's autotools
		sed -i 's/\[_GCC_AUTOCONF_VERSION\], \[2.69\]/[_GCC_AUTOCONF_VERSION], [2.71]/' "$SRC/config/override.m4"
		# automake 1.16 names libm's objects a-*.o where 1.15 said libm_a-*.o; libc.a copies some of them
		python3 - "$SRC/newlib/Makefile.am" <<'EOF'
import sys
path = sys.argv[1]
text = open(path).read()
start = text.index('MATHOBJS_IN_LIBC = ')
end = text.index('\n\n', start)
open(path, 'w').write(text[:start] + text[start:end].replace('libm_a-', 'a-') + text[end:])
EOF
		(cd "$SRC/newlib" && aclocal -I . -I .. -I ../config && automake --foreign --add-missing && autoconf) \
			> "$OUT/newlib-autoreconf.log" 2>&1 || fail "newlib autoreconf: see $OUT/newlib-autoreconf.log"
	fi
	if [ ! -e "$NEWLIB/lib/libc.a" ]; then
		rm -rf "$OUT/newlib-build" && mkdir -p "$OUT/newlib-build"
		(cd "$OUT/newlib-build" && export PATH=$OUT/bin:$PATH ESP32C3_LIBC=none \
			&& ../newlib-src/configure --target=riscv32-esp-elf --prefix="$OUT/newlib" --disable-multilib --disable-nls \
				--disable-libgloss --disable-newlib-supplied-syscalls --enable-newlib-io-long-long \
				--enable-newlib-io-c99-formats --enable-newlib-retargetable-locking --enable-newlib-reent-check-verify \
				--enable-newlib-long-time_t \
				CFLAGS_FOR_TARGET='-Os -ffunction-sections -fdata-sections -march=rv32imc_zicsr_zifencei -mabi=ilp32' \
			&& { nice -n 10 make -j"$JOBS" all-target-newlib || nice -n 10 make -j1 all-target-newlib; } \
			&& make install-target-newlib) > "$OUT/newlib-build.log" 2>&1 || fail "newlib: see $OUT/newlib-build.log"
	fi
	# GCC's stdatomic.h must win over newlib's, as in Espressif's toolchain
	[ -e "$NEWLIB/include/stdatomic.h" ] && mv "$NEWLIB/include/stdatomic.h" "$NEWLIB/include/stdatomic.h.newlib"
	cp "$HERE/runtime/statvfs.h" "$NEWLIB/include/sys/statvfs.h"
fi

# ------------------------------------------------------------------------------------------------------ runtime
if wants runtime; then step runtime
	mkdir -p "$OUT/runtime"
	PATH=$OUT/bin:$PATH riscv32-esp-elf-g++ -Os -std=gnu++17 -fno-exceptions -fno-rtti -ffunction-sections \
		-c "$HERE/runtime/cxxrt.cpp" -o "$OUT/runtime/cxxrt.o"
	rm -f "$OUT/runtime/libstdc++.a"
	riscv64-unknown-elf-ar rcs "$OUT/runtime/libstdc++.a" "$OUT/runtime/cxxrt.o"
fi

# ------------------------------------------------------------------------------------------------------ firmware
PLATFORM=${ESP32C3_PLATFORM:-esp32/c3_32s_kit}
# ESP32C3_APP: the folder (in the project) of the app to build, default the reference firmware at the root;
# ESP32C3_MCCONFIG: more mcconfig arguments (config overrides such as securityVersion=2)
APP_DIR=$(cd "$PROJECT/${ESP32C3_APP:-.}" && pwd)
APP_NAME=$(basename "$APP_DIR")
if [ "$APP_DIR" = "$PROJECT" ]; then IMAGE=$OUT/flash.bin; else IMAGE=$OUT/flash-$APP_NAME.bin; fi
IMAGE=${ESP32C3_IMAGE:-$IMAGE}   # ESP32C3_IMAGE: another name for it (e.g. one image per configuration)
moddable_build_dir() { dirname "$OUT"/mbuild/*/esp32/"${PLATFORM#esp32/}"/release/"$APP_NAME"/makefile; }
if wants firmware; then step firmware
	# the emulated Wi-Fi driver, fresh from the project each time (esp_wifi's CMakeLists names it, step idf)
	mkdir -p "$IDF/components/esp_wifi/wifi-emu"
	for f in "$HERE"/wifi-emu/*.c; do
		cmp -s "$f" "$IDF/components/esp_wifi/wifi-emu/$(basename "$f")" || cp "$f" "$IDF/components/esp_wifi/wifi-emu/"
	done
	(
		set -e   # (a subshell whose status is tested does not inherit errexit: each step is checked)
		. "$OUT/env.sh"
		mkdir -p "$OUT/mbuild"
		cd "$APP_DIR"
		# esp32/c3_32s_kit: a plain GPIO LED. esp32/esp32c3's setup drives a NeoPixel through RMT, which this QEMU
		# never completes: its main task would wait in np_show and never read the console.
		# shellcheck disable=SC2086 # ESP32C3_MCCONFIG is a list of key=value arguments
		mcconfig -p "$PLATFORM" -o "$OUT/mbuild" consoleTx=21 consoleRx=20 ${ESP32C3_MCCONFIG:-} || exit 1
		T=$(moddable_build_dir)
		[ -f "$T/makefile" ] || exit 1
		# the fetched lwip has no ACD (address conflict detection), which IDF v6.0's DHCP client expects
		grep -q DOES_NOT_CHECK_OFFERED_IP "$T/xsProj-esp32c3/sdkconfig.mc" 2>/dev/null \
			|| printf '# esp32c3-qemu: the fetched lwip has no ACD\nCONFIG_LWIP_DHCP_DOES_NOT_CHECK_OFFERED_IP=y\n' >> "$T/xsProj-esp32c3/sdkconfig.mc"
		# ESP32C3_IDF_COMPONENTS restricts the component list: esp_adc must be named for Moddable's link
		grep -q esp_adc "$T/xs_idf_deps.txt" || sed -i 's/ )$/ esp_adc )/' "$T/xs_idf_deps.txt"
		# KILL_SERIAL2XSBUG emptied: Moddable's make would otherwise pkill serial2xsbug
		make -j"$JOBS" -f "$T/makefile" KILL_SERIAL2XSBUG= build || exit 1
		cd "$T/xsProj-esp32c3/build"
		python3 -m esptool --chip esp32c3 merge-bin --fill-flash-size 4MB -o "$IMAGE" @flash_args || exit 1
	) > "$OUT/firmware.log" 2>&1 || { tail -30 "$OUT/firmware.log"; fail "firmware: see $OUT/firmware.log"; }
	BIN=$(moddable_build_dir)/xsProj-esp32c3/build/xs_esp32.bin
	echo "$IMAGE: app image $(stat -c %s "$BIN") bytes"
fi

# ------------------------------------------------------------------------------------------------------ cccheck
if wants cccheck; then step cccheck
	(
		. "$OUT/env.sh"
		T=$(moddable_build_dir)
		printf 'include makefile\nesp32c3-qemu-flags:\n\t@echo '"'"'$(C_DEFINES) $(C_INCLUDES) $(C_FLAGS)'"'"'\n' > "$T/esp32c3-qemu-flags.mk"
		FLAGS=$(cd "$T" && make -s -f esp32c3-qemu-flags.mk KILL_SERIAL2XSBUG= esp32c3-qemu-flags)
		mkdir -p "$OUT/cccheck" && cd "$OUT/cccheck"
		bad=0
		for f in adapters/moddable/native-crypto/native_crypto.c adapters/moddable/native-crypto/native_crypto_xs.c \
			adapters/moddable/esp32/hardware-random.c adapters/moddable/esp32/console-uart.c; do
			# shellcheck disable=SC2086 # FLAGS is a list of flags
			if riscv32-esp-elf-gcc $FLAGS -Wall -Wextra -Werror "$PROJECT/$f" -o "$(basename "$f").o"; then
				echo "clean: $f"
			else
				echo "NOT clean: $f"; bad=1
			fi
		done
		exit $bad
	) || fail "cccheck: see the compiler output above"
fi

# ------------------------------------------------------------------------------------------------------ boot
if wants boot; then step boot
	OUT=$OUT python3 "$HERE/console.py" check --out "$OUT" --fresh || fail "boot: no answer to proto-ver"
fi
step done
