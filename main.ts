// The reference firmware: the component's first consumer, doing what ESP-IDF's console provisioning example
// does with wifi_prov_mgr. At boot it joins the stored network or provisions over the console (esp_prov's
// protocol; Improv too where the configuration allows), with the example's custom-data endpoint.
// Configuration: manifest.json "config" (the component's keys), overridable on the mcconfig command line.
// Everything by manifest key, as any app of the component imports it (manifest_provisioning.json).
import WiFiProvisioning, { bootErrorLine } from "esp-console-prov";
import { createExampleCustomData } from "esp-console-prov/custom-data";

// Preloaded (manifest.json): this module and everything it imports are run at build time and kept in
// flash, not in the XS heap. The runtime calls the default export at launch; only then does it boot.
export default function main(): void {
  try {
    const provisioning = new WiFiProvisioning();
    provisioning.addEndpoint("custom-data", createExampleCustomData(provisioning.log));
    provisioning.boot();
  } catch (error) {
    // The console line was printed where it could be; xsbug (a debug build) hears it here.
    trace(`${bootErrorLine(error)}\n`);
  }
}
