// The project's client wired to a TestDevice in process: client → console line transport → the device's
// console (echo, prompts, log lines and all). Time is simulated: the client's pauses move the device's clock.
import { ConsoleLineTransport } from "../../modules/client/line-transport.js";
import { ProvisioningClient } from "../../modules/client/provisioning-client.js";
import type { ProgressEvent } from "../../modules/client/prompts.js";
import type { Timers } from "../../modules/ports.js";
import { nobleCrypto } from "../../modules/security/crypto/noble.js";
import { CountingRandom, ManualTimers } from "./fakes.js";
import type { TestDevice } from "./device.js";

/** The device's console on the other end of a line transport; the device runs until it is idle. */
export function connectClient(device: TestDevice) {
  const transport = new ConsoleLineTransport({
    // Never fires: every exchange here ends with a reply or with the device's prompt.
    timers: new ManualTimers(),
    write: (text) => {
      device.app.receive(text);
      void pump();
    },
  });
  async function pump(): Promise<void> {
    for (let step = 0; step < 2000; step++) {
      for (let i = 0; i < 50; i++) await Promise.resolve();
      transport.receive(device.output.take());
      if (!device.app.console?.busy) return;
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

