// The portable Improv client against the device on fake ports (Node and XS): state, info, scan, a failed
// and a successful provisioning, and silence.
import { ImprovClient } from "../../client/improv-client.js";
import { ClientError } from "../../client/errors.js";
import { ImprovState } from "../../modules/improv/frame.js";
import { deepEqual, equal, ok } from "../support/assert.js";
import { TestDevice } from "../support/device.js";

/** A client wired to the device; simulated time runs while a request waits. */
function wired(device: TestDevice, deliver = true) {
  const client = new ImprovClient({ timers: device.timers, clock: device.timers, write: (bytes) => { if (deliver) device.core.receive(bytes); } });
  const pump = async <T>(request: Promise<T>): Promise<T> => {
    let settled = false;
    request.then(() => { settled = true; }, () => { settled = true; });
    for (let step = 0; step < 2000 && !settled; step++) {
      for (let i = 0; i < 20; i++) await Promise.resolve();
      const printed = device.output.take();
      if (printed) client.receive(Uint8Array.from(printed, (c) => c.charCodeAt(0) & 255));
      for (let i = 0; i < 20; i++) await Promise.resolve();
      if (!settled) device.timers.advance(50);
    }
    return request;
  };
  return { client, pump };
}

describe("Improv client (portable)", () => {
  it("reads the state, the device info and the scan; a wrong passphrase is a 'wifi' failure; the right one gives the URL", async () => {
    const device = new TestDevice({ config: { improv: true, improvUrl: "http://{LOCAL_IPV4}:8080/", deviceName: "Shed" } });
    device.output.take();
    const { client, pump } = wired(device);
    deepEqual(await pump(client.currentState(5000)), { state: ImprovState.Ready, urls: [] });
    deepEqual(await pump(client.deviceInfo(5000)),
      { firmwareName: "esp-console-prov", firmwareVersion: "0.1.0", chipFamily: "ESP32", deviceName: "Shed", osName: undefined, osVersion: undefined });
    const networks = await pump(client.scan(10000));
    deepEqual(networks[0], { ssid: "myssid", rssi: -42, secured: true });
    equal(networks.length, 5);
    let failure: unknown;
    await pump(client.provision("myssid", "wrong", 10000)).catch((error) => { failure = error; });
    ok(failure instanceof ClientError && failure.kind === "wifi", String(failure));
    deepEqual(await pump(client.provision("myssid", "mypassword", 10000)), ["http://192.168.43.220:8080/"]);
    deepEqual(await pump(client.currentState(5000)), { state: ImprovState.Provisioned, urls: ["http://192.168.43.220:8080/"] });
  });

  it("a device that never answers: a 'no-reply' failure after the timeout", async () => {
    const device = new TestDevice({ config: { improv: true } });
    const { client, pump } = wired(device, false);
    let failure: unknown;
    await pump(client.currentState(1000)).catch((error) => { failure = error; });
    ok(failure instanceof ClientError && failure.kind === "no-reply" && /no Improv frame at all/.test(failure.message), String(failure));
  });
});
