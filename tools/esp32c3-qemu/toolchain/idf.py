#!/bin/bash
# The part of ESP-IDF's idf.py that Moddable's make.esp32.mk uses (reconfigure, build, fullclean), as plain
# cmake + ninja; build.sh installs it in $OUT/bin. ESP32C3_IDF_COMPONENTS restricts the build to those
# components and what they require, leaving out the ones whose submodules are not fetched (unity, cmock,
# protobuf-c, spiffs, ...).
OUT=$(cd "$(dirname "$0")/.." && pwd)
export ESP_ROM_ELF_DIR=$OUT/rom-elfs IDF_COMPONENT_MANAGER=0
export PYTHONPATH=$OUT/pytools/kconfig:$OUT/pytools/esptool${PYTHONPATH:+:$PYTHONPATH}
defs=() cmds=()
while [ $# -gt 0 ]; do
	case $1 in
		-D) defs+=("-D$2"); shift;;
		-D*) defs+=("$1");;
		-p|-b|-C|-B) shift;;
		--|-v|--verbose|-n|--no-hints|--ccache|--no-ccache) ;;
		*) cmds+=("$1");;
	esac
	shift
done
[ -n "${ESP32C3_IDF_COMPONENTS:-}" ] && defs+=("-DCOMPONENTS=$ESP32C3_IDF_COMPONENTS")
# GEN_FILES=ON: upstream Mbed TLS generates the sources Espressif's fork carries. cmake runs in build/, as
# idf.py's does: Moddable's main/CMakeLists.txt includes ../../xs_idf_deps.txt relative to it.
configure() {
	mkdir -p build && (cd build && cmake -G Ninja -S .. -B . -DPYTHON=/usr/bin/python3 -DPYTHON_DEPS_CHECKED=1 -DGEN_FILES=ON "${defs[@]}")
}
for c in "${cmds[@]}"; do
	case $c in
		reconfigure) configure || exit;;
		build|all|app) { [ -f build/build.ninja ] || configure; } && nice -n 10 ninja -C build -j"${JOBS:-2}" || exit;;
		fullclean) rm -rf build;;
		*) echo "idf.py (esp32c3-qemu): '$c' is not supported" >&2; exit 2;;
	esac
done
