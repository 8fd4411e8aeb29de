#!/bin/bash
# Boot the emulated ESP32-C3 with the firmware build.sh made, UART0 (the provisioning console) on stdio or a pty.
#   run.sh [--pty] [--fresh] [--image FILE] [--flash FILE] [--icount N|off] [--no-sleep] [-- extra QEMU arguments]
# The chip boots from a working copy of the built image (--image, default $OUT/flash.bin) in
# $OUT/device-flash.bin (or --flash FILE), which QEMU writes back to: the NVS partition, hence the stored
# network, survives from one boot to the next, as on a board. --fresh starts the copy over from the image.
# --icount N (default 3): the CPU runs on an instruction-counted clock, 2^N ns per instruction. While the CPU
# idles, QEMU waits for real time, so timers (autoStop, a client's pauses between requests) keep the pace of a
# board; --no-sleep moves the clock straight to the next timer instead (quicker, but a client's 5 s pause
# is then minutes of device time).
# With --pty, QEMU prints "char device redirected to /dev/pts/N"; see the README for attaching a client.
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
OUT=${OUT:-$HERE/../../build/esp32c3-qemu}
OUT=$(cd "$OUT" && pwd)
serial=stdio fresh=0 image=$OUT/flash.bin flash=$OUT/device-flash.bin shift_n=${ESP32C3_ICOUNT:-3} sleep=on
while [ $# -gt 0 ]; do
	case $1 in
		--pty) serial=pty;;
		--fresh) fresh=1;;
		--flash) flash=$2; shift;;
		--image) image=$2; shift;;
		--icount) shift_n=$2; shift;;
		--no-sleep) sleep=off;;
		--) shift; break;;
		*) echo "run.sh: unknown option $1" >&2; exit 2;;
	esac
	shift
done
icount=(-icount "shift=$shift_n,sleep=$sleep")
[ "$shift_n" = off ] && icount=()   # --icount off: QEMU's own clock (real time), no instruction counting
[ -f "$image" ] || { echo "run.sh: no $image: run build.sh first" >&2; exit 1; }
if [ $fresh = 1 ] || [ ! -f "$flash" ]; then cp "$image" "$flash"; fi
QEMU_BIN=${ESP32C3_QEMU:-$OUT/qemu/build/qemu-system-riscv32}   # ESP32C3_QEMU: another build of it
exec "$QEMU_BIN" -M esp32c3 -L "$(dirname "$QEMU_BIN")/../pc-bios" -nographic -monitor none \
	"${icount[@]}" -serial "$serial" -drive "file=$flash,if=mtd,format=raw" "$@"
