// The reference firmware: the component's first consumer, doing what ESP-IDF's console provisioning example
// does with wifi_prov_mgr. At boot it joins the stored network or provisions over the console (esp_prov's
// protocol; Improv too where the configuration allows), with the example's custom-data endpoint.
// Configuration: manifest.json "config" (the component's keys), overridable on the mcconfig command line.
// Everything by manifest key, as any app of the component imports it (manifest_provisioning.json).
import WiFiProvisioning, { bootErrorLine } from "esp-console-prov";
import { createExampleCustomData } from "esp-console-prov/custom-data";
import { boardAppInfo } from "esp-console-prov/modules/protocomm/version";
import { FIRMWARE_NAME, FIRMWARE_VERSION } from "esp-console-prov/modules/wifi-provisioning/wifi-provisioning";
import { stationMac } from "esp-console-prov/adapters/moddable/station-mac";

// Preloaded (manifest.json): this module and everything it imports are run at build time and kept in
// flash, not in the XS heap. The runtime calls the default export at launch; only then does it boot.
export default function main(): void {
  try {
    const provisioning = new WiFiProvisioning();
    provisioning.addEndpoint("custom-data", createExampleCustomData(provisioning.log));
    // The board's MAC and firmware version in proto-ver, so a batch client names the board by what it is,
    // whichever port it is on. Moddable's lin build has no MAC: there the entry has the version only.
    provisioning.setAppInfo(FIRMWARE_NAME, boardAppInfo(FIRMWARE_VERSION, stationMac()));
    // ESP-IDF's example: join the stored network, or provision when there is none. Improv (where on)
    // listens either way, so ESP Web Tools can give the device another network.
    if (provisioning.provisioned) provisioning.connect();
    else provisioning.start();
  } catch (error) {
    // The console line was printed where it could be; xsbug (a debug build) hears it here.
    trace(`${bootErrorLine(error)}\n`);
  }
}
