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
  // Created here, not at the top level: Moddable runs a preloaded module's top level at build time.
  const provisioning = new WiFiProvisioning({
    // Each callback runs with the instance as `this`.
    onConnected({ ip }) {
      this.log.info("http-status", `online (${ip}): checking every ${settings.checkIntervalMs} ms`);
      checking ??= Timer.repeat(() => check(this.log), Number(settings.checkIntervalMs));
      check(this.log);
    },
    onDisconnected({ reason }) {
      this.log.warn("http-status", `offline (${reason}): checks paused until the network is back`);
      if (checking) Timer.clear(checking);
      checking = undefined;
    },
    // Provisioning is done once in a device's life: let go of its memory when it stops. This app logs its
    // checks on the console, so it keeps that.
    onEnd() {
      this.end({ keepConsole: true });
    },
  });
  if (provisioning.provisioned) provisioning.connect();
  else provisioning.start();
}
