// Boot behaviour: provision when nothing is stored, join the stored network otherwise.
import { STORE_DOMAIN, STORE_KEYS } from "../../modules/provisioning/credential-store.js";
import { equal, match, ok } from "../support/assert.js";
import { MemoryPreferences, storeNetwork } from "../support/fakes.js";
import { TestDevice } from "../support/device.js";

function withStored(): MemoryPreferences {
  const prefs = new MemoryPreferences();
  storeNetwork(prefs, "myssid", "mypassword");
  return prefs;
}

describe("application boot", () => {
  it("with nothing stored, starts console provisioning and prompts", () => {
    const d = new TestDevice();
    ok(d.core.console?.running, "console running");
    match(d.output.all, /I \(\d+\) app_prov: Provisioning started: console, security 1, proof of possession required/);
    ok(d.output.all.endsWith(">> "), "prompt shown");
  });

  it("with stored credentials, joins the network and runs no console", () => {
    const d = new TestDevice({ preferences: withStored() });
    equal(d.core.console, undefined);
    d.timers.advance(1500);
    match(d.output.all, /Already provisioned, starting Wi-Fi STA \(SSID myssid\)/);
    match(d.output.all, /Connected with IP Address:192.168.43.220/);
  });

  it("resetProvisioning erases stored credentials and provisions again", () => {
    const prefs = withStored();
    const d = new TestDevice({ preferences: prefs, config: { resetProvisioning: true } });
    ok(d.core.console?.running);
    equal(d.core.store.load().status, "empty");
  });

  it("a corrupt record is logged and provisioning starts instead of a crash", () => {
    const prefs = new MemoryPreferences();
    prefs.set(STORE_DOMAIN, STORE_KEYS[0], new Uint8Array([0x57, 1, 0, 0]).buffer);
    const d = new TestDevice({ preferences: prefs });
    match(d.output.all, /E \(\d+\) app: stored credentials unreadable \(cred0: bad record or CRC\), provisioning/);
    ok(d.core.console?.running);
  });

  it("retries the stored network when it is not there", () => {
    const d = new TestDevice({ preferences: withStored(), accessPoints: [] });
    d.timers.advance(1500 + 5000 + 1500);
    equal(d.wifi.attempts.length, 2);
    match(d.output.all, /W \(\d+\) app: Disconnected from myssid \(access point not found\)/);
  });
});
