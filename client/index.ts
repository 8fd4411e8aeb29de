// The provisioning client's one face: esp_prov's sequence over any RequestTransport, the console line
// transport that carries it, the Improv Wi-Fi serial client, and the errors and events they report.
// Portable (no Node or browser API): the command line (host/), the npm library (host/index.ts) and the web
// page (web/src) all import it from here, never a file behind it. What it needs of the component's shared
// code (protobuf messages, SRP, crypto, utilities) it takes from modules/; nothing in modules/ imports it.
export { delay } from "./delay.js";
export {
  ClientError, NoReplyError, WifiJoinError, type FailureKind, type NoReplyDetail, type NoReplyReason,
} from "./errors.js";
export { ImprovClient, type ImprovDeviceInfo, type ImprovLink, type ImprovNetwork, type ImprovStatus } from "./improv-client.js";
export { ConsoleLineTransport, type LineTransportOptions } from "./line-transport.js";
export type { Progress, ProgressEvent, Prompts } from "./prompts.js";
export {
  DEFAULT_SETTINGS, ProvisioningClient, describeStatus,
  type ClientPorts, type ClientSettings, type Outcome, type ProvisioningPlan,
} from "./provisioning-client.js";
export { ReplyPicker, type PickerEvent } from "./reply-picker.js";
export { selectSecurity, type SecurityChoice, type SecurityRequest } from "./security-selection.js";
export type { RequestTransport } from "./transport.js";
export { capabilities, readVersionReply, type VersionReply } from "./version-info.js";
export type { WifiStatus } from "./wifi-status.js";
export { AUTH_MODES, authModeName, type AccessPoint } from "./wifi-scan-messages.js";
