// What "esp-console-prov" is to the README's app when the test runs it on the fake platform
// (tests/node/readme-app.test.ts): the portable WiFiProvisioning on fake ports, with mc/config from the
// README's manifest and a switch that says whether Moddable would be preloading the module now.
import { WiFiProvisioning as PortableProvisioning, type ProvisioningConfig, type WiFiProvisioningOptions } from "../../modules/wifi-provisioning/wifi-provisioning.js";
import type { Platform } from "../../modules/wifi-provisioning/provisioning-core.js";

export const harness = {
  preloading: true,
  platform: undefined as Platform | undefined,
  /** The manifest's "config", as mc/config holds it. */
  config: {} as ProvisioningConfig,
  instances: [] as WiFiProvisioning[],
};

export default class WiFiProvisioning extends PortableProvisioning {
  constructor(options: Omit<WiFiProvisioningOptions<WiFiProvisioning>, "platform"> = {}) {
    if (!harness.platform) throw new Error("readme-face: no platform");
    super({
      ...(options as Omit<WiFiProvisioningOptions, "platform">),
      config: { ...harness.config, ...options.config },
      platform: { ...harness.platform, preloading: () => harness.preloading },
    });
    harness.instances.push(this);
  }
}
