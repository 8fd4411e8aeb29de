#!/bin/bash
# Twenty (or N) provisioning sessions in a row on one boot of the emulated ESP32-C3, each of which must complete:
# the project's client provisions the device to "connected" (proto-ver, security 1 handshake, SetConfig,
# ApplyConfig, status until connected), then asks it to take new credentials (CtrlReprov), and so on.
#   sessions.sh [N]        (default 20) on an image built with autoStop=false, e.g.
#   ESP32C3_MCCONFIG="autoStop=false" ESP32C3_IMAGE=$OUT/flash-sessions.bin build.sh firmware && sessions.sh
# ESP32C3_IMAGE names the image (default $OUT/flash-sessions.bin).
# The console is served by console.py on one boot; the whole console output is kept in $OUT/sessions-console.log.
# Exit status 0 only if every session completed.
set -uo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
PROJECT=$(cd "$HERE/../.." && pwd)
OUT=$(cd "${OUT:-$PROJECT/build/esp32c3-qemu}" && pwd)
N=${1:-20}
SOCK=$OUT/sessions.sock
LOG=$OUT/sessions-console.log
: > "$LOG"
python3 "$HERE/console.py" serve --out "$OUT" --socket "$SOCK" --log "$LOG" --fresh \
	--image "${ESP32C3_IMAGE:-$OUT/flash-sessions.bin}" --flash "$OUT/sessions-flash.bin" &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; wait $SERVER 2>/dev/null' EXIT
for _ in $(seq 1 600); do grep -q '>> ' "$LOG" 2>/dev/null && break; sleep 0.1; done
grep -q '>> ' "$LOG" || { echo "sessions: the device never printed its prompt"; exit 1; }
client() { (cd "$PROJECT" && npx tsx host/provision.ts --device "python3 $HERE/console.py attach --socket $SOCK" "$@"); }
passed=0
for i in $(seq 1 "$N"); do
	start=$(date +%s.%N)
	if client --sec_ver 1 --pop abcd1234 --ssid myssid --passphrase mypassword --timeout 20 --connect_timeout 30 \
		--poll_interval 1 > "$OUT/session-$i.log" 2>&1 && grep -q "Provisioning was successful" "$OUT/session-$i.log" \
		&& client --sec_ver 1 --pop abcd1234 --reprov --timeout 20 >> "$OUT/session-$i.log" 2>&1; then
		passed=$((passed + 1))
		printf 'session %d: provisioned and reprovisioned in %.1f s\n' "$i" "$(echo "$(date +%s.%N) - $start" | bc)"
	else
		printf 'session %d: FAILED (see %s)\n' "$i" "$OUT/session-$i.log"
	fi
done
echo "sessions: $passed of $N completed on one boot"
[ "$passed" = "$N" ]
