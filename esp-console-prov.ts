// The component's one entry, what an app imports: `import WiFiProvisioning from "esp-console-prov"`.
// manifest_provisioning.json keys this file "esp-console-prov"; it names the Moddable face by its manifest
// key (a relative specifier here would resolve against "esp-console-prov", outside the component's keys).
export { default, bootErrorLine } from "esp-console-prov/adapters/moddable/wifi-provisioning";
export type {
  DisconnectReason, EndOptions, ModdableConfig, ModdableProvisioningOptions, ProvisioningConfig, WiFiProvisioningEvents,
} from "esp-console-prov/adapters/moddable/wifi-provisioning";
