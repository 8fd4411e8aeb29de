# A pseudo-terminal pair in front of a device command, as a USB serial adapter would be: prints the
# path of the pty's terminal end (for --port), then carries bytes between the pty and the command's
# stdin/stdout until the command exits (exit status passed on) or this helper's stdin closes.
import os, pty, select, subprocess, sys, tty

master, slave = pty.openpty()
# A UART has no line discipline: no echo, no line editing, no CR/LF translation.
tty.setraw(slave)
print(os.ttyname(slave), flush=True)

device = subprocess.Popen(sys.argv[1:], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
watch = [master, device.stdout.fileno(), sys.stdin.fileno()]
while True:
    ready, _, _ = select.select(watch, [], [])
    if sys.stdin.fileno() in ready and not os.read(sys.stdin.fileno(), 1024):
        device.terminate()
        break
    if master in ready:
        data = os.read(master, 4096)
        try:
            device.stdin.write(data)
            device.stdin.flush()
        except BrokenPipeError:
            break
    if device.stdout.fileno() in ready:
        data = os.read(device.stdout.fileno(), 4096)
        if not data:
            break
        os.write(master, data)
# The slave end stays open until here, so the pty never hangs up under the client.
sys.exit(device.wait())
