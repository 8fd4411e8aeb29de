// An app that includes the provisioning component and does its own work once the device is online: every
// checkIntervalMs it fetches http://checkHost:checkPort/checkPath and logs the status. Provisioning (esp_prov
// over the console) runs only when no network is stored, and ends afterwards to give the app its memory
// back; the station's connect and disconnect events start and pause the app's work.
import WiFiProvisioning from "esp-console-prov";
import config from "mc/config";
import { Request } from "http";
import Timer from "timer";

const settings = config as unknown as { checkHost: string; checkPort: number | string; checkPath: string; checkIntervalMs: number | string };
let checking: ReturnType<typeof Timer.repeat> | undefined;

function check(log: WiFiProvisioning["log"]): void {
  const url = `http://${settings.checkHost}:${settings.checkPort}${settings.checkPath}`;
  const request = new Request({ host: settings.checkHost, port: Number(settings.checkPort), path: settings.checkPath, response: String });
  request.callback = (message: number, value?: unknown) => {
    if (message === Request.status) log.info("http-status", `GET ${url}: ${String(value)}`);
    else if (message < 0) log.warn("http-status", `GET ${url} failed`);
  };
}

export default function main(): void {
  const provisioning: WiFiProvisioning = new WiFiProvisioning({
    onConnected({ ssid, ip }) {
      provisioning.log.info("http-status", `online (${ip}): checking every ${settings.checkIntervalMs} ms`);
      void ssid;
      checking ??= Timer.repeat(() => check(provisioning.log), Number(settings.checkIntervalMs));
      check(provisioning.log);
    },
    onDisconnected({ reason }) {
      provisioning.log.warn("http-status", `offline (${reason}): checks paused until the network is back`);
      if (checking) Timer.clear(checking);
      checking = undefined;
    },
    // Provisioning is done once in a device's life: let go of its memory when it stops.
    onEnd() {
      provisioning.end();
    },
  });
  if (provisioning.provisioned) provisioning.connect();
  else provisioning.start();
}
