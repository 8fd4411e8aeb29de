// The project's provisioning client on one end of a console line transport and a TestDevice's console
// on the other, in one process: the device runs until it is idle after every line, and the client's
// pauses move the device's clock. Used by the client-device suite and the RV32 session recorder.
import { ConsoleLineTransport } from "../../client/line-transport.js";
import { ProvisioningClient } from "../../client/provisioning-client.js";
import type { ProgressEvent } from "../../client/prompts.js";
import type { Timers } from "../../modules/ports.js";
import { nobleCrypto } from "../../modules/crypto/noble.js";
import type { TestDevice } from "./device.js";
import { CountingRandom, ManualTimers } from "./fakes.js";

/** The device's console on the other end of a line transport; the device runs until it is idle. */
export function connect(device: TestDevice) {
  const transport = new ConsoleLineTransport({
    // Never fires: every exchange here ends with a reply or with the device's prompt.
    timers: new ManualTimers(),
    write: (text) => {
      device.core.receive(text);
      void pump();
    },
  });
  async function pump(): Promise<void> {
    for (let step = 0; step < 2000; step++) {
      for (let i = 0; i < 50; i++) await Promise.resolve();
      transport.receive(device.output.take());
      if (!device.core.console?.busy) return;
      device.timers.advance(50);
    }
  }
  const timers: Timers = {
    set: (callback, ms) => {
      Promise.resolve().then(() => {
        device.timers.advance(ms);
        transport.receive(device.output.take());
        callback();
      });
      return 0;
    },
    clear: () => {},
  };
  const events: ProgressEvent[] = [];
  const client = new ProvisioningClient(
    { transport, crypto: nobleCrypto, random: new CountingRandom(), timers },
    { timeoutMs: 5000, pollIntervalMs: 1000, connectTimeoutMs: 30000, failureRetries: 1 },
    (event) => events.push(event),
  );
  return { client, events };
}

