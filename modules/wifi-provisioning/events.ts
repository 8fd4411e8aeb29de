// What the component tells the app, named after ESP-IDF's wifi_prov_mgr events (README: "The API next to
// ESP-IDF's"). Every callback is optional; none carries a passphrase. SSIDs are the bytes the client sent,
// decoded as UTF-8 for display: never log one unescaped (escapeForLog).
import type { ConnectFailure } from "../ports.js";

/** Why a connection attempt failed or a connection ended. */
export type DisconnectReason = ConnectFailure | "lost";

/** Each callback is called with the app's WiFiProvisioning as `this` (Self), as Moddable's ECMA-419 objects do. */
export interface WiFiProvisioningEvents<Self = unknown> {
  /** WIFI_PROV_START: the console (and Improv, when on) takes provisioning requests. */
  onStart?(this: Self, info: { securityVersion: number; improv: boolean }): void;
  /** WIFI_PROV_CRED_RECV: credentials arrived (never the passphrase); `from` says over which protocol. */
  onCredentialsReceived?(this: Self, info: { ssid: string; from: "esp_prov" | "improv" }): void;
  /** WIFI_PROV_CRED_FAIL: the station could not join with them; provisioning takes new ones. */
  onCredentialsFailed?(this: Self, info: { ssid: string; reason: ConnectFailure }): void;
  /** WIFI_PROV_CRED_SUCCESS: joined and stored; the next boot joins this network. */
  onCredentialsSucceeded?(this: Self, info: { ssid: string; ip: string }): void;
  /** WIFI_PROV_END: provisioning stopped (auto-stop after success, or stop()); the console is closed. */
  onEnd?(this: Self): void;
  /** IP_EVENT_STA_GOT_IP: the station is on a network, after provisioning or from the stored credentials. */
  onConnected?(this: Self, info: { ssid: string; ip: string }): void;
  /** WIFI_EVENT_STA_DISCONNECTED: a stored network could not be joined, or a connection was lost; it retries. */
  onDisconnected?(this: Self, info: { ssid: string; reason: DisconnectReason }): void;
}
