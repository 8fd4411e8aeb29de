// A Moddable lin app that checks the firmware's native crypto where it runs: every recorded esp_prov
// session replayed byte for byte through the native path (mbedTLS through the xsmc glue), then the
// device-side time of the security 1 and 2 handshakes and of their primitives, native and JS side by side
// in this one run. Build and run: see README ("What the device uses"). Prints with trace() and ends with
// "native-replay: PASS" or "native-replay: FAIL ...".
import { MbedtlsArithmetic, mbedtlsCrypto } from "adapters/moddable/native-crypto/mbedtls-crypto";
import { moddableCrypto } from "adapters/moddable/crypto";
import { CompactArithmetic, N, VECTORS, handshakeTime, replay, schemeHandshakesTime, type Path } from "native-replay-suite";

const ROUNDS = 7; // each path in turn, so a slower moment of the (shared) host hits both alike
const BATCH = 10; // handshakes timed together: Date.now() counts whole milliseconds

const native: Path = { crypto: mbedtlsCrypto, arithmetic: new MbedtlsArithmetic(N) };
const js: Path = { crypto: moddableCrypto, arithmetic: new CompactArithmetic(N) };
const now = () => Date.now();

function median(values: number[]): number {
  const sorted = values.slice().sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function report(what: string, times: { native: number[]; js: number[] }): void {
  const n = median(times.native), j = median(times.js);
  trace(`native-replay: ${what}, median of ${times.native.length}: native ${n.toFixed(2)} ms, JS ${j.toFixed(2)} ms, native/JS ${(n / j).toFixed(3)}\n`);
}

function sideBySide(measure: (path: Path) => number): { native: number[]; js: number[] } {
  const times = { native: [] as number[], js: [] as number[] };
  for (let round = 0; round < ROUNDS; round++) {
    times.native.push(measure(native));
    times.js.push(measure(js));
  }
  return times;
}

async function run(): Promise<void> {
  for (const vector of VECTORS) {
    await replay(vector, native);
    trace(`native-replay: ${vector.name}: every reply byte for byte (native path)\n`);
  }

  const b = (1n << 255n) | 0x2f2dc0f0dc7cf57a5d0c4fde22766453n; // a 256-bit exponent, as SRP's b
  report("SRP modPow, 3072-bit modulus, 256-bit exponent", sideBySide((path) => {
    const start = now();
    for (let i = 0; i < BATCH; i++) path.arithmetic.modPow(5n + BigInt(i), b);
    return (now() - start) / BATCH;
  }));
  const key = new Uint8Array(32).fill(0x77), peer = new Uint8Array(32).fill(0x09);
  report("X25519 scalar multiplication", sideBySide((path) => {
    const start = now();
    for (let i = 0; i < BATCH; i++) path.crypto.x25519SharedSecret(key, peer);
    return (now() - start) / BATCH;
  }));

  for (const name of ["sec1-pop", "sec2-patch1"]) {
    const vector = VECTORS.find((v) => v.name === name)!;
    report(`${name} handshake in the security scheme (command 0 + command 1)`, sideBySide((path) => schemeHandshakesTime(vector, path, BATCH, now) / BATCH));
    const console = { native: [] as number[], js: [] as number[] };
    for (let round = 0; round < ROUNDS; round++) {
      console.native.push(await handshakeTime(vector, native, now));
      console.js.push(await handshakeTime(vector, js, now));
    }
    report(`${name} handshake through the whole device (console line in to reply line out)`, console);
  }
}

run().then(() => trace("native-replay: PASS\n"), (error) => trace(`native-replay: FAIL ${(error as Error)?.message ?? error}\n`));
