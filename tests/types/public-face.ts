// Type tests of the component's public face, as an app sees it through "esp-console-prov" (checked by
// `npm run typecheck`, tsconfig.moddable.json): each @ts-expect-error line must be an error, or tsc fails.
import WiFiProvisioning, { type ProvisioningConfig } from "esp-console-prov";

export default function main(): void {
  const provisioning = new WiFiProvisioning({
    config: { securityVersion: 2, sec2Username: "wifiprov", consoleDevice: "/tmp/espcon" },
    onConnected({ ssid, ip }) {
      // Callbacks run with the instance as `this`.
      const self: WiFiProvisioning = this;
      self.log.info("app", `${ssid} ${ip}`);
    },
    onEnd() {
      this.end({ keepConsole: true });
    },
  });

  // @ts-expect-error a key's value has its own type: a string is not a security version
  provisioning.start({ securityVersion: "2" });
  // @ts-expect-error no such security version
  provisioning.start({ securityVersion: 3 });
  // @ts-expect-error improv is "auto" or a boolean
  provisioning.start({ improv: "false" });
  // @ts-expect-error an unknown key
  provisioning.start({ securityVersoin: 1 });
  // @ts-expect-error the console UART is chosen when the instance is made, not per start()
  provisioning.start({ consoleDevice: "/tmp/other" });
  const overrides: ProvisioningConfig = { securityVersion: 0, improv: false, pop: "" };
  provisioning.start(overrides);

  // The machinery is not on the face.
  // @ts-expect-error private
  void provisioning.console;
  // @ts-expect-error private
  void provisioning.protocomm;
  // @ts-expect-error private
  void provisioning.manager;
  // @ts-expect-error private
  void provisioning.improv;
  // @ts-expect-error private
  void provisioning.store;
  // @ts-expect-error the port's job
  provisioning.receive("proto-ver 0 00");
  // @ts-expect-error the reference firmware's policy
  provisioning.boot();
  // @ts-expect-error nothing to assign on the face
  provisioning.log = provisioning.log;
}
