#!/usr/bin/env bash
# A lin device remembers its network across a restart: builds the reference firmware for Moddable's lin
# simulator, boots it, provisions it with the project's client (security 1, PoP abcd1234), stops it, boots
# the same build again and expects "Already provisioned" and a connection, with no provisioning.
#
# Needs the Moddable SDK (MODDABLE, its lin tools built), socat and xvfb-run; CI has no SDK, so this is run
# by hand (README, "Stored credentials on lin"). From the project folder, after npm install:
#   MODDABLE=/path/to/moddable tools/lin-restart-test.sh [build folder, default build/lin-restart]
# The lin "flash" is one file for every app on the machine (/tmp/esp-console-prov-preferences.json): the
# script moves an existing one aside and puts it back when it ends. Exit status 0 when both boots pass.
set -euo pipefail

: "${MODDABLE:?set MODDABLE to the Moddable SDK}"
export PATH="$MODDABLE/build/bin/lin/release:$PATH"
cd "$(dirname "$0")/.."
OUT=$(realpath -m "${1:-build/lin-restart}")
WORK=$(mktemp -d)
FLASH=/tmp/esp-console-prov-preferences.json
SIM_PGID=""; SOCAT_PID=""

cleanup() {
  [ -n "$SIM_PGID" ] && kill -- "-$SIM_PGID" 2>/dev/null || true
  [ -n "$SOCAT_PID" ] && kill "$SOCAT_PID" 2>/dev/null || true
  rm -f "$FLASH"
  [ -f "$WORK/flash.saved" ] && mv "$WORK/flash.saved" "$FLASH"
  rm -rf "$WORK"
}
trap cleanup EXIT
[ -f "$FLASH" ] && mv "$FLASH" "$WORK/flash.saved"

fail() { echo "lin-restart: FAIL: $*" >&2; exit 1; }

mkdir -p "$OUT"
echo "lin-restart: building into $OUT"
mcconfig -m -p lin -o "$OUT" manifest.json consoleDevice="$WORK/con" > "$WORK/build.log" 2>&1 || { tail -20 "$WORK/build.log"; fail "mcconfig"; }
APP="$OUT/bin/lin/mc/release/$(basename "$PWD")/mc.so"
[ -f "$APP" ] || fail "no $APP"

socat PTY,link="$WORK/con",raw,echo=0 PTY,link="$WORK/host",raw,echo=0 &
SOCAT_PID=$!
for _ in $(seq 50); do [ -e "$WORK/host" ] && break; sleep 0.1; done

# Starts mcsim headless in its own process group; its standard output goes to $1.
boot() {
  setsid xvfb-run -a stdbuf -oL "$MODDABLE/build/bin/lin/release/mcsim" "$APP" > "$1" 2>&1 &
  SIM_PGID=$!
}
halt() {
  kill -- "-$SIM_PGID" 2>/dev/null || true
  wait "$SIM_PGID" 2>/dev/null || true
  SIM_PGID=""
}

echo "lin-restart: boot 1, provisioning with the project's client"
boot "$WORK/sim1.log"
sleep 3
node --import tsx host/provision.ts --port "$WORK/host" --pop abcd1234 --ssid myssid --passphrase mypassword > "$WORK/client.log" 2>&1 \
  || { cat "$WORK/client.log"; fail "boot 1: the client did not provision the device"; }
sleep 2
halt
grep -q "Provisioning was successful" "$WORK/client.log" || { cat "$WORK/client.log"; fail "boot 1: the client did not report success"; }
echo "lin-restart: boot 1 passed; $FLASH: $( [ -f "$FLASH" ] && echo "$(wc -c < "$FLASH") bytes" || echo missing)"

echo "lin-restart: boot 2, the same build"
boot "$WORK/sim2.log"
timeout 15 cat "$WORK/host" > "$WORK/console2.log" || true
halt
grep -q "Already provisioned, starting Wi-Fi STA (SSID myssid)" "$WORK/console2.log" || { cat "$WORK/console2.log"; fail "boot 2: no 'Already provisioned'"; }
grep -q "Connected with IP Address" "$WORK/console2.log" || { cat "$WORK/console2.log"; fail "boot 2: not connected"; }
if grep -q "Provisioning started" "$WORK/console2.log"; then cat "$WORK/console2.log"; fail "boot 2 provisioned again"; fi
grep -E "Already provisioned|Connected with IP" "$WORK/console2.log" | sed 's/^/lin-restart: boot 2: /'
echo "lin-restart: PASS"
