// The console path of the firmware, apart from the crypto: bytes in through the Improv demultiplexer and
// the line assembler (with echo), the command parser, the log line, the reply's hex, the write queue out.
// The whole-device handshakes replay the recorded sessions' requests as console bytes and are checked
// against the recorded replies (unmeasured, in setup); the "console path" lines are those handshakes less
// the same requests handed to the same device's protocomm directly, so they leave the crypto out.
import { Logger } from "../../modules/log/logger.js";
import { escapeForLog } from "../../modules/log/escape.js";
import { FrameOutput } from "../../modules/improv/frame-output.js";
import { ManualTimers } from "../support/fakes.js";
import sec1Vector from "../vectors/data/sec1-pop.json" with { type: "json" };
import sec2Vector from "../vectors/data/sec2-patch1.json" with { type: "json" };
import { BenchDevice, SerialOutput, replyIn, requestBytes } from "./console-device.js";
import { bench, benchDifference } from "./registry.js";
import { fromHex } from "../../modules/util/hex.js";

interface Exchange { endpoint: string; session_id: number; request_hex: string; response_hex: string | null }

const line = (e: Exchange) => `${e.endpoint} ${e.session_id} ${e.request_hex}`;

/** A device configuration, its random draws, and the two handshake requests with their recorded replies. */
interface Kind {
  config: Record<string, unknown>;
  secrets: string[];
  handshake: Exchange[];
  idle: boolean;
}

const sec1: Kind = {
  config: { securityVersion: 1, pop: "abcd1234" },
  secrets: [sec1Vector.device_secrets.sec1_device_private_key_hex, sec1Vector.device_secrets.sec1_device_random_hex],
  handshake: [sec1Vector.exchanges[1], sec1Vector.exchanges[2]] as Exchange[],
  idle: true,
};
/** Security 1 with a client arriving before the key pair was made: both scalar multiplications in command 0. */
const sec1Cold: Kind = { ...sec1, idle: false };
const dc = sec2Vector.device_config;
const sec2: Kind = {
  config: { securityVersion: 2, sec2Username: dc.sec2_username, sec2Salt: dc.sec2_salt_hex, sec2Verifier: dc.sec2_verifier_hex, sec2PatchVersion: dc.sec_patch_ver },
  secrets: [sec2Vector.device_secrets.sec2_b_hex, sec2Vector.device_secrets.sec2_nonce_prefix_hex],
  handshake: [sec2Vector.exchanges[1], sec2Vector.exchanges[2]] as Exchange[],
  idle: false,
};

/** Fails the benchmark unless the device answers the requests with the recorded replies, byte for byte. */
async function check(kind: Kind): Promise<void> {
  const device = new BenchDevice(kind);
  for (const exchange of kind.handshake) {
    await device.send(requestBytes(line(exchange)));
    const reply = replyIn(device.output.sink.take());
    if (reply !== exchange.response_hex) throw new Error(`bench device: reply ${reply} instead of ${exchange.response_hex}`);
  }
}

function throughConsole(kind: Kind) {
  return async () => {
    await check(kind);
    const device = new BenchDevice(kind);
    const requests = kind.handshake.map((e) => requestBytes(line(e)));
    return async () => {
      for (const request of requests) await device.send(request);
    };
  };
}

function inProtocomm(kind: Kind) {
  return () => {
    const device = new BenchDevice(kind);
    const requests = kind.handshake.map((e) => ({ endpoint: e.endpoint, sessionId: e.session_id, payload: fromHex(e.request_hex)! }));
    return async () => {
      for (const r of requests) await device.core.protocomm!.handle(r.endpoint, r.sessionId, r.payload);
    };
  };
}

const SEC1_WHOLE = "console: sec1 handshake through the whole device (console bytes in, reply bytes out)";
const SEC1_CORE = "console: sec1 handshake, the same requests straight into protocomm";
const SEC2_WHOLE = "console: sec2 handshake through the whole device (console bytes in, reply bytes out)";
const SEC2_CORE = "console: sec2 handshake, the same requests straight into protocomm";
bench(SEC1_WHOLE, throughConsole(sec1));
bench(SEC1_CORE, inProtocomm(sec1));
benchDifference("console: sec1 handshake's console path (whole device less protocomm)", SEC1_WHOLE, SEC1_CORE);
bench("console: sec1 handshake, no key pair ready, through the whole device", throughConsole(sec1Cold));
bench(SEC2_WHOLE, throughConsole(sec2));
bench(SEC2_CORE, inProtocomm(sec2));
benchDifference("console: sec2 handshake's console path (whole device less protocomm)", SEC2_WHOLE, SEC2_CORE);

// The provisioning after a security 1 handshake: SetConfig and ApplyConfig of the recorded session, each a
// console line in, decrypted, handled and its encrypted reply printed (the handshake is setup).
const SET_APPLY = [sec1Vector.exchanges[3], sec1Vector.exchanges[4]] as Exchange[];
bench("console: SetConfig + ApplyConfig through the whole device (security 1)", async () => {
  const replies = async (device: BenchDevice, exchanges: Exchange[]) => {
    for (const exchange of exchanges) {
      await device.send(requestBytes(line(exchange)));
      const reply = replyIn(device.output.sink.take());
      if (reply !== exchange.response_hex) throw new Error(`bench device: reply ${reply} instead of ${exchange.response_hex}`);
    }
  };
  await replies(new BenchDevice(sec1), [...sec1.handshake, ...SET_APPLY]);
  const device = new BenchDevice(sec1);
  await replies(device, sec1.handshake);
  const requests = SET_APPLY.map((e) => requestBytes(line(e)));
  return async () => {
    for (const request of requests) await device.send(request);
  };
});

bench("console: proto-ver round trip through the whole device", () => {
  const device = new BenchDevice(sec1);
  const request = requestBytes("proto-ver 0 56302e31");
  return () => device.send(request);
});

// The longest line the console takes (consoleLineMax 2048): proto-ver ignores what it is asked beyond
// the known versions, so the line is read, echoed, parsed and decoded, and the answer is a short reply.
const LONG_LINE = `proto-ver 0 ${"ab".repeat((2048 - 12) / 2)}`;
bench("console: 2 KiB request line in with echo, through the whole device", () => {
  const device = new BenchDevice(sec1);
  const request = requestBytes(LONG_LINE);
  return () => device.send(request);
});

bench("console: one log line with an escaped value", () => {
  const timers = new ManualTimers();
  const log = new Logger(new FrameOutput(new SerialOutput()), timers);
  const ssid = "ab\r\n0a0b0c0d\r\nx";
  return () => log.info("wifi_prov", `SSID     : ${escapeForLog(ssid)}`);
});
