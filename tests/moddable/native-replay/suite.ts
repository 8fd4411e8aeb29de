// The portable half of the lin replay app (main.ts beside it): every recorded esp_prov session replayed
// against a whole device with the primitives it is given, byte for byte, and the device-side time of the
// handshakes. Bundled into one ES module by bundle.mjs, since mcconfig cannot import the vectors' JSON.
import type { CryptoProvider } from "../../../modules/crypto/provider.js";
import type { ModularArithmetic } from "../../../modules/srp/arithmetic.js";
import { CompactArithmetic } from "../../../modules/srp/arithmetic.js";
import { N } from "../../../modules/srp/group.js";
import { replayOnDevice, deviceSecrets, type Vector } from "../../vectors/replay.js";
import { TestDevice } from "../../support/device.js";
import { parseConfig } from "../../../modules/config/config.js";
import { createSecurity } from "../../../modules/security/factory.js";
import { fromHex, toHex } from "../../../modules/util/hex.js";
import { ScriptedRandom } from "../../support/fakes.js";
import legacy from "../../vectors/data/legacy-v32-sec1.json" with { type: "json" };
import sec0Autodetect from "../../vectors/data/sec0-autodetect.json" with { type: "json" };
import sec0Basic from "../../vectors/data/sec0-basic.json" with { type: "json" };
import sec1CtrlReprov from "../../vectors/data/sec1-ctrl-reprov.json" with { type: "json" };
import sec1CtrlReset from "../../vectors/data/sec1-ctrl-reset.json" with { type: "json" };
import sec1CustomData from "../../vectors/data/sec1-custom-data.json" with { type: "json" };
import sec1FailAuth from "../../vectors/data/sec1-fail-auth.json" with { type: "json" };
import sec1FailNotFound from "../../vectors/data/sec1-fail-notfound.json" with { type: "json" };
import sec1NoPop from "../../vectors/data/sec1-nopop.json" with { type: "json" };
import sec1Pop from "../../vectors/data/sec1-pop.json" with { type: "json" };
import sec1Scan from "../../vectors/data/sec1-scan.json" with { type: "json" };
import sec1WrongPop from "../../vectors/data/sec1-wrong-pop.json" with { type: "json" };
import sec2Patch0 from "../../vectors/data/sec2-patch0.json" with { type: "json" };
import sec2Patch1 from "../../vectors/data/sec2-patch1.json" with { type: "json" };

// The JS path's table-free arithmetic, as the firmware runs it with nativeCrypto=false.
export { CompactArithmetic, N };

export const VECTORS = [sec0Basic, sec0Autodetect, sec1Pop, sec1NoPop, sec1Scan, sec1CtrlReset, sec1CtrlReprov,
  sec1CustomData, sec1FailAuth, sec1FailNotFound, sec1WrongPop, legacy, sec2Patch0, sec2Patch1] as unknown as Vector[];

export interface Path {
  crypto: CryptoProvider;
  arithmetic: ModularArithmetic;
}

/** Replays one recorded session; throws at the first reply that differs by a byte. */
export async function replay(vector: Vector, path: Path): Promise<void> {
  await replayOnDevice(vector, { crypto: path.crypto, arithmetic: path.arithmetic });
}

function deviceConfig(vector: Vector): Record<string, unknown> {
  const dc = vector.device_config;
  return {
    securityVersion: dc.sec_ver, pop: dc.pop ?? "",
    ...(dc.sec_ver === 2 ? { sec2Username: dc.sec2_username, sec2Salt: dc.sec2_salt_hex, sec2Verifier: dc.sec2_verifier_hex, sec2PatchVersion: dc.sec_patch_ver } : {}),
  };
}

/**
 * Milliseconds for `count` handshakes (command 0 + command 1) in the security scheme alone, the device's
 * work between a decoded request and its reply: protobuf, the curve or SRP, hashes and AES. The scheme is
 * built (SRP verifier precomputed, as at boot) before the clock starts; every reply is checked byte for byte.
 */
export function schemeHandshakesTime(vector: Vector, path: Path, count: number, now: () => number): number {
  const session = vector.exchanges.filter((e) => e.endpoint === "prov-session");
  const schemes = [];
  for (let i = 0; i < count; i++)
    schemes.push(createSecurity(parseConfig(deviceConfig(vector)), path.crypto, new ScriptedRandom(...deviceSecrets(vector)), path.arithmetic));
  const replies: Uint8Array[] = [];
  const start = now();
  for (const scheme of schemes) {
    const s = scheme.createSession();
    for (const exchange of session) replies.push(s.handshake(fromHex(exchange.request_hex)!));
  }
  const elapsed = now() - start;
  replies.forEach((reply, i) => {
    const want = session[i % session.length].response_hex;
    if (want !== null && toHex(reply) !== want) throw new Error(`${vector.name}: handshake reply ${i} differs`);
  });
  return elapsed;
}

/**
 * Milliseconds the device spends answering the handshake's command 0 and command 1 (from the console line
 * in to the reply line out), the recorded secrets injected so the work is the real session's.
 */
export async function handshakeTime(vector: Vector, path: Path, now: () => number): Promise<number> {
  const device = new TestDevice({
    random: new ScriptedRandom(...deviceSecrets(vector)),
    crypto: path.crypto, arithmetic: path.arithmetic, config: deviceConfig(vector),
  });
  const session = vector.exchanges.filter((e) => e.endpoint === "prov-session");
  let elapsed = 0;
  for (const exchange of session) {
    const start = now();
    const reply = await device.request(exchange.endpoint, exchange.request_hex, exchange.session_id);
    elapsed += now() - start;
    if (!reply) throw new Error(`${vector.name}: no reply to ${exchange.endpoint} #${exchange.index}`);
  }
  return elapsed;
}
