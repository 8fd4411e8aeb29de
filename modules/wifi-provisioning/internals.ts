// The way behind the app's face: a WiFiProvisioning's ProvisioningCore, for the code that is not the app —
// the port that feeds it the console's bytes (adapters), the reference firmware's simulator and the tests.
// An app imports "esp-console-prov", whose face has no path here.
import type { ProvisioningCore } from "./provisioning-core.js";

let reach: ((face: object) => ProvisioningCore | undefined) | undefined;

/** Called once, by the face's class as it is defined: the one function that reads its private core. */
export function grantInternals(read: (face: object) => ProvisioningCore | undefined): void {
  if (reach) throw new Error("grantInternals: already granted");
  reach = read;
}

/** The core behind a WiFiProvisioning (the portable one or a port's subclass). */
export function internalsOf(face: object): ProvisioningCore {
  const core = reach?.(face);
  if (!core) throw new TypeError("internalsOf: not a WiFiProvisioning");
  return core;
}
