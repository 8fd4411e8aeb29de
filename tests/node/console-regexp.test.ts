// No RegExp on the console's per-line path (issue 21): on XS each RegExp literal is compiled again every
// time it is evaluated, per request and per log line. Node only: it counts calls into RegExp.prototype,
// which the XS suites freeze as a device's preloading does.
import { deepEqual } from "../support/assert.js";
import { ScriptedRandom } from "../support/fakes.js";
import { TestDevice } from "../support/device.js";
import vector from "../vectors/data/sec1-pop.json" with { type: "json" };

const METHODS = ["exec", "test", Symbol.split, Symbol.replace, Symbol.match, Symbol.matchAll, Symbol.search] as const;

/** Runs `work` with every RegExp.prototype method counted; returns the counts of those called. */
async function regExpCalls(work: () => Promise<void>): Promise<Record<string, number>> {
  const proto = RegExp.prototype as unknown as Record<string | symbol, (...args: unknown[]) => unknown>;
  const saved = METHODS.map((m) => proto[m]);
  const calls: Record<string, number> = {};
  METHODS.forEach((method, i) => {
    proto[method] = function (this: RegExp, ...args: unknown[]) {
      const name = `${String(method)} ${this.source}`;
      calls[name] = (calls[name] ?? 0) + 1;
      return saved[i].apply(this, args);
    };
  });
  try {
    await work();
  } finally {
    METHODS.forEach((method, i) => { proto[method] = saved[i]; });
  }
  return calls;
}

describe("console path without RegExp", () => {
  it("a security 1 handshake, a configuration, a bad line and an unknown endpoint call no RegExp", async () => {
    const s = vector.device_secrets;
    const device = new TestDevice({ random: new ScriptedRandom(s.sec1_device_private_key_hex, s.sec1_device_random_hex), config: { securityVersion: 1, pop: "abcd1234" } });
    const lines = [...vector.exchanges.slice(0, 4).map((e) => `${e.endpoint} ${e.session_id} ${e.request_hex}`),
      "prov-config 0 0g", "nope 0 00", "a b", "\x1b[2J"];
    const calls = await regExpCalls(async () => {
      for (const line of lines) {
        device.core.receive(`${line}\r\n`);
        await device.core.console!.whenIdle();
      }
    });
    deepEqual(calls, {});
    // And it did the work: the replies and the E lines are there.
    const text = device.output.take();
    for (const e of vector.exchanges.slice(1, 4)) if (!text.includes(e.response_hex!)) throw new Error(`no reply ${e.response_hex}`);
    if ((text.match(/\nE \(/g) ?? []).length !== 4) throw new Error(`expected 4 E lines in ${JSON.stringify(text)}`);
  });
});
