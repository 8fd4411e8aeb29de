#!/usr/bin/env python3
"""The emulated ESP32-C3's console for clients that come and go, on one boot.

  console.py serve [--out OUT] [--socket PATH] [--log FILE] [run.sh options...]
      boots the chip (run.sh, UART0 on QEMU's stdio), writes everything it prints to the log (default
      $OUT/console.log), and lets one client at a time talk to it over a Unix socket (default
      $OUT/console.sock). Runs until interrupted or QEMU ends.
  console.py attach [--socket PATH]
      a device command for clients that spawn one (the project's client --device, esp_prov_drive.py
      --device): relays its stdin to the chip and the chip's output to its stdout, from the moment it attaches.
  console.py check [--out OUT] [run.sh options...]
      boots, waits for the prompt, sends proto-ver 0 "V0.1" and expects "SUCCESS" (53554343455353).

Why a relay and not QEMU's own pty: QEMU drops what the chip prints while no one holds the pty open and
notices a new opener only by polling about once a second, so the first request of a client that writes at
once is lost. Here QEMU's stdio is always read, the log keeps the whole boot, and a client sees a console
that is already there, as with a board's UART.
"""
import argparse
import os
import select
import signal
import socket
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_OUT = os.path.join(HERE, "..", "..", "build", "esp32c3-qemu")


def boot(out, run_args):
    env = dict(os.environ, OUT=out)
    return subprocess.Popen([os.path.join(HERE, "run.sh"), *run_args], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, env=env, start_new_session=True)


def serve(args, run_args):
    out = os.path.abspath(args.out)
    path = args.socket or os.path.join(out, "console.sock")
    log = open(args.log or os.path.join(out, "console.log"), "ab", buffering=0)
    if os.path.exists(path):
        os.unlink(path)
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(path)
    server.listen(1)
    qemu = boot(out, run_args)
    signal.signal(signal.SIGTERM, lambda *_: (_ for _ in ()).throw(KeyboardInterrupt()))
    client = None
    try:
        while qemu.poll() is None:
            watched = [qemu.stdout, server] + ([client] if client else [])
            ready, _, _ = select.select(watched, [], [], 0.5)
            if qemu.stdout in ready:
                data = os.read(qemu.stdout.fileno(), 65536)
                if not data:
                    break
                log.write(data)
                if client:
                    try:
                        client.sendall(data)
                    except OSError:
                        client.close()
                        client = None
            if server in ready:
                if client:
                    client.close()  # the newer client wins, as when a serial monitor is replaced
                client, _ = server.accept()
            if client and client in ready:
                data = client.recv(65536)
                if not data:
                    client.close()
                    client = None
                else:
                    qemu.stdin.write(data)
                    qemu.stdin.flush()
    except KeyboardInterrupt:
        pass
    finally:
        if qemu.poll() is None:
            os.killpg(qemu.pid, signal.SIGTERM)
            qemu.wait()
        server.close()
        os.unlink(path)
    return 0


def attach(args):
    path = args.socket or os.path.join(os.path.abspath(args.out), "console.sock")
    for _ in range(100):  # the server may be starting
        try:
            conn = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            conn.connect(path)
            break
        except OSError:
            time.sleep(0.1)
    else:
        print(f"console.py: nothing serves {path}", file=sys.stderr)
        return 1
    stdin, stdout = sys.stdin.fileno(), sys.stdout.fileno()
    while True:
        ready, _, _ = select.select([stdin, conn], [], [])
        if conn in ready:
            data = conn.recv(65536)
            if not data:
                return 0
            os.write(stdout, data)
        if stdin in ready:
            data = os.read(stdin, 65536)
            if not data:
                return 0
            conn.sendall(data)


def check(args, run_args):
    qemu = boot(os.path.abspath(args.out), run_args)
    seen = b""

    def wait_for(marker, seconds):
        nonlocal seen
        end = time.time() + seconds
        while time.time() < end and marker not in seen:
            ready, _, _ = select.select([qemu.stdout], [], [], 0.2)
            if ready:
                seen += os.read(qemu.stdout.fileno(), 4096)
        return marker in seen

    try:
        ok = wait_for(b">> ", 60)
        if ok:
            qemu.stdin.write(b"proto-ver 0 56302e31\n")
            qemu.stdin.flush()
            ok = wait_for(b"53554343455353", 30)
    finally:
        os.killpg(qemu.pid, signal.SIGTERM)
        qemu.wait()
    sys.stdout.write(seen.decode("latin-1") + "\n")
    print("boot: proto-ver answered SUCCESS" if ok else "boot: no answer to proto-ver")
    return 0 if ok else 1


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("command", choices=["serve", "attach", "check"])
    parser.add_argument("--out", default=os.environ.get("OUT", DEFAULT_OUT))
    parser.add_argument("--socket")
    parser.add_argument("--log")
    args, run_args = parser.parse_known_args()
    if args.command == "serve":
        return serve(args, run_args)
    if args.command == "attach":
        return attach(args)
    return check(args, run_args)


if __name__ == "__main__":
    sys.exit(main())
