// The whole-device benchmarks (tests/bench/console.bench.ts) that bench:rv32 counts on both runners and
// compares with Espressif's C (tools/idf-rv32's phase names), and that test:rv32 replays on the native runner;
// `core`: the same requests straight into protocomm, so the difference is the console path.
export const WHOLE_DEVICE = [
  { name: "console: sec1 handshake through the whole device (console bytes in, reply bytes out)", c: "sec1",
    core: "console: sec1 handshake, the same requests straight into protocomm" },
  { name: "console: sec1 handshake, no key pair ready, through the whole device", c: "sec1" },
  { name: "console: sec2 handshake through the whole device (console bytes in, reply bytes out)", c: "sec2",
    core: "console: sec2 handshake, the same requests straight into protocomm" },
  { name: "console: SetConfig + ApplyConfig through the whole device (security 1)", c: "sec1-set-apply" },
];
export const WHOLE_DEVICE_BENCHMARKS = WHOLE_DEVICE.map((w) => w.name);
