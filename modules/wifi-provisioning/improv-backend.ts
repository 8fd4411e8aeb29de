// What Improv sees of the device: the provisioning manager while it runs, else the station on the stored
// network. Improv takes credentials through the same manager as esp_prov's protocol, so both share one state.
import type { ProvisioningManager } from "../provisioning/manager.js";
import { credentialsProblem } from "../provisioning/credential-store.js";
import type { WifiScanner } from "../provisioning/wifi-scanner.js";
import type { BackendState, ImprovBackend } from "../improv/service.js";
import type { Station } from "./station.js";

const IMPROV_SCAN = { blocking: true, passive: false, groupChannels: 0, periodMs: 120 };

export interface ImprovBackendParts {
  manager(): ProvisioningManager | undefined;
  station(): Station;
  scanner(): WifiScanner | undefined;
  /** Starts provisioning (a provisioned device taking new credentials) and returns its manager. */
  startProvisioning(): ProvisioningManager;
}

export function improvBackend(parts: ImprovBackendParts): ImprovBackend {
  // The device's real connectivity, whoever holds the radio: provisioning's attempt or its connection, else
  // the station on the stored network (which rejoins after a failed attempt or a lost link).
  const status = (): BackendState => {
    const manager = parts.manager();
    const station = parts.station();
    if (manager) {
      const s = manager.status();
      if (s.state === "connected") return { state: "provisioned", ip4: s.connection.ip4 };
      if (manager.state === "connecting") return { state: "provisioning" };
    }
    if (station.state === "connected") return { state: "provisioned", ip4: station.ip4 };
    // Provisioning open (waiting, failed, or its connection lost): ready for credentials, whatever the station tries.
    if (manager && manager.state !== "stopped") return { state: "ready", failed: manager.state === "failed" };
    if (station.state === "joining") return { state: "provisioning" };
    return { state: "ready" };
  };
  const join = (ssid: Uint8Array, passphrase: Uint8Array): ReturnType<ImprovBackend["join"]> => {
    const credentials = { ssid, passphrase, bssid: new Uint8Array(0), channel: 0 };
    const problem = credentialsProblem(credentials);
    if (problem) return { invalid: problem };
    let manager = parts.manager();
    if (manager?.state === "connecting") return "busy";
    // An esp_prov session that has sent SetConfig owns the next apply: Improv cannot slip in between.
    if (manager?.state === "received" && manager.credentialsFrom === "protocomm")
      return { refused: "an esp_prov session has sent credentials and owns the next apply" };
    if (manager?.state === "connected") manager.reprovision();
    // Outside provisioning (a provisioned device, or one whose stored network fails) Improv starts it
    // again, as ESP Web Tools' "Change Wi-Fi" expects; the stored credentials stay until new ones work.
    if (!manager || manager.state === "stopped") manager = parts.startProvisioning();
    if (manager.setConfig(credentials, "improv") !== "ok") return "busy";
    return manager.applyConfig() === "ok" ? "ok" : "busy";
  };
  const scan = async () => {
    const scanner = parts.scanner();
    if (!scanner || !(await scanner.start(IMPROV_SCAN))) return undefined;
    return scanner.results();
  };
  return { status, join, scan };
}
