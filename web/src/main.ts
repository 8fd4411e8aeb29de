// The page: connect → what the device speaks (esp_prov's console protocol, else Improv) → unlock (PoP,
// or security 2's username and password) → choose a network → progress → result, with a retry.
// The esp_prov side is the project's own client (client/), the same code as `npm run provision`.
import { AUTH_MODES, ClientError, ConsoleLineTransport, NoReplyError, type NoReplyDetail } from "../../client/index.js";
import { utf8Encode } from "../../modules/util/utf8.js";
import { browserTimers } from "./browser-ports.js";
import { ConsolePanel } from "./console-panel.js";
import { describeJoinFailure, EspProvDevice, probeEspProv, type DeviceSecurity } from "./esp-prov-device.js";
import { fromDevice, setText, type Part } from "./device-text.js";
import { ImprovDevice, ImprovError } from "./improv-device.js";
import { renderNetworks, type NetworkRow } from "./network-list.js";
import { showFailure, showSuccess, stage, startProgress } from "./result-screens.js";
import { $, resetSecretToggles, setError, setFacts, show, showUnlockStep, wireSecretToggles } from "./screens.js";
import { SerialLink, SerialOpenError } from "./serial-link.js";

/** How long the device has to answer proto-ver before the page tries Improv. */
const ESP_PROV_PROBE_MS = 3000;
const IMPROV_PROBE_MS = 3000;

interface Network extends NetworkRow {
  /** esp_prov: the SSID bytes exactly as the device sent them. */
  ssidBytes?: Uint8Array;
}

type Connection =
  | { kind: "esp"; device: EspProvDevice; security?: DeviceSecurity; needsReset: boolean }
  | { kind: "improv"; device: ImprovDevice };

const consolePanel = new ConsolePanel($("console-log"), $("console-count"));
let link: SerialLink | undefined;
let connection: Connection | undefined;
let networks: Network[] = [];
let lastSsid: string | undefined;
let leaving = false;

// ---- connecting ---------------------------------------------------------------------------------

function checkSupport(): boolean {
  if (navigator.serial) return true;
  const box = $("unsupported");
  box.hidden = false;
  const title = document.createElement("strong");
  if (!window.isSecureContext) {
    title.textContent = "Web Serial needs a secure page.";
    box.replaceChildren(title, "Open this page from http://localhost (npm run web starts it) or from an https:// address.");
  } else {
    title.textContent = "This browser cannot open serial ports.";
    box.replaceChildren(title, "Use Chrome or Edge (version 89 or newer) or Opera on a desktop computer. " +
      "Firefox and Safari have no Web Serial.");
  }
  $<HTMLButtonElement>("connect").disabled = true;
  return false;
}

function portName(port: SerialPort): string {
  const info = port.getInfo?.() ?? {};
  const hex = (n: number) => n.toString(16).padStart(4, "0");
  return info.usbVendorId !== undefined && info.usbProductId !== undefined
    ? `USB ${hex(info.usbVendorId)}:${hex(info.usbProductId)}` : "Serial port";
}

function busy(text: string): void {
  $("busy-text").textContent = text;
  show("busy");
}

async function connect(): Promise<void> {
  const errorBox = $("connect-error");
  setError(errorBox, "");
  showUnlockStep(true);
  let port: SerialPort;
  try {
    port = await navigator.serial!.requestPort();
  } catch (error) {
    // NotFoundError: the person closed the chooser without picking a port.
    if ((error as DOMException)?.name !== "NotFoundError") setError(errorBox, `No port: ${(error as Error).message}`);
    return;
  }
  const baudRate = Number($<HTMLSelectElement>("baud").value);
  busy("Opening the port…");
  // Noted before opening: the device's first bytes reach the panel while open() is still returning.
  consolePanel.note(`opening ${portName(port)} at ${baudRate} baud`);
  try {
    link = await SerialLink.open(port, baudRate, (chunk) => consolePanel.push(chunk));
  } catch (error) {
    consolePanel.note("the port did not open");
    show("connect");
    setError(errorBox, error instanceof SerialOpenError ? error.message : String(error));
    return;
  }
  const opened = link;
  opened.onClose((reason) => lost(opened, reason));
  $("link-text").textContent = `${portName(port)} · ${baudRate} baud`;
  $("link-status").classList.remove("lost");
  $("link-status").hidden = false;

  busy("Asking the device what it speaks…");
  const transport = new ConsoleLineTransport({
    timers: browserTimers,
    write: (text) => { opened.write(utf8Encode(text)).catch(() => {}); },
  });
  const stopFeeding = opened.listen((chunk) => transport.receive(chunk));
  opened.onClose(() => transport.close());
  let silence: NoReplyDetail;
  try {
    const info = await probeEspProv(transport, ESP_PROV_PROBE_MS);
    await startEspProv(new EspProvDevice(transport, info));
    return;
  } catch (error) {
    if (!(error instanceof NoReplyError)) return fail(error);
    silence = error.detail;
    stopFeeding();
  }
  if (opened.closed) return;
  busy("No answer to esp_prov's console protocol; trying Improv…");
  try {
    const device = await ImprovDevice.probe(opened, IMPROV_PROBE_MS);
    await startImprov(device);
  } catch (error) {
    if (opened.closed) return;
    await disconnect(false);
    setError(errorBox, explainSilence(silence, baudRate));
  }
}

/**
 * Why a device with this project's firmware may not answer Improv: with security 1 or 2 it is off unless
 * the firmware was built to have it, since Improv would set the network without the PoP or password.
 */
const IMPROV_HINT = "To be set up over Improv (the fallback when the console is not running), this project's firmware must be " +
  "built with improv=true, or with security 0: Improv has no proof of possession, so a device protected by security 1 or 2 leaves it off.";

/** Neither protocol answered: say what the bytes (or their absence) suggest. */
function explainSilence(detail: NoReplyDetail, baudRate: number): string {
  if (!detail.heardAnything)
    return "The device sent nothing at all. Check that this is its port, and that its provisioning console is running: " +
      "a device that already has Wi-Fi credentials does not start it (erase them, or reset the board and connect within its provisioning window). " +
      IMPROV_HINT;
  if (detail.garbled)
    return `The device sent only unreadable bytes: it probably uses another baud rate than ${baudRate} (Advanced, below).`;
  return "The device prints, but answered neither esp_prov's console protocol nor Improv. Is its provisioning console running " +
    "(a provisioned device does not start it), and is this the console's port? " + IMPROV_HINT;
}

/** The port closed without the person asking (unplugged, reset). */
function lost(which: SerialLink, reason: string): void {
  if (which !== link || leaving) return;
  consolePanel.note(reason);
  if (connection?.kind === "esp") connection.device.close();
  connection = undefined;
  link = undefined;
  $("link-status").classList.add("lost");
  $("link-text").textContent = "Disconnected";
  show("connect");
  setError($("connect-error"), `${reason} Connect again to continue.`);
}

async function disconnect(focus = true): Promise<void> {
  leaving = true;
  try {
    if (connection?.kind === "esp") connection.device.close();
    if (connection?.kind === "improv") await connection.device.close().catch(() => {});
    connection = undefined;
    if (link) {
      consolePanel.note("port closed");
      await link.close();
    }
  } finally {
    link = undefined;
    leaving = false;
  }
  $("link-status").hidden = true;
  networks = [];
  show("connect", focus ? $("connect") : undefined);
}

function fail(error: unknown): void {
  // The message may quote what the device sent (a client error): isolated as a whole.
  const message = fromDevice(error instanceof Error ? error.message : String(error));
  void disconnect(false).then(() => setError($("connect-error"), [message]));
}

// ---- esp_prov -----------------------------------------------------------------------------------

async function startEspProv(device: EspProvDevice): Promise<void> {
  const choice = $<HTMLSelectElement>("security").value;
  const secVer = choice === "auto" ? undefined : Number(choice);
  connection = { kind: "esp", device, needsReset: false };
  if (secVer === undefined && !device.capabilities && device.advertisedSecurity === undefined) {
    fail(new Error("The device speaks esp_prov's console protocol but does not say which security it uses " +
      "(ESP-IDF older than v4.0). Choose its security under Advanced, then connect again."));
    return;
  }
  busy("Reading the device's security…");
  const security = await device.security(secVer);
  connection.security = security;
  const facts: Part[] = [fromDevice(`esp_prov ${String(device.info.prov?.ver ?? device.info.text)}`), `Security ${security.choice.version}`];
  if (security.needs === "pop") facts.push("Proof of possession");
  if (device.canScan) facts.push("Wi-Fi scan");
  setFacts($("unlock-facts"), facts);
  setFacts($("network-facts"), facts);
  if (security.needs === "none") {
    busy("Opening a session…");
    await device.unlock(security, {});
    return showNetworks();
  }
  showUnlock(security);
}

function showUnlock(security: DeviceSecurity): void {
  const sec2 = security.needs === "sec2";
  $("username-field").hidden = !sec2;
  $("secret-label").textContent = sec2 ? "Password" : "Proof of possession (PoP)";
  document.querySelector<HTMLElement>("[data-toggle=secret]")!.dataset.what = sec2 ? "password" : "PoP";
  resetSecretToggles();
  $("unlock-help").textContent = sec2
    ? "This device uses security 2: give the username and password it was built with."
    : "This device uses security 1 and asks for its proof of possession: a secret set in its firmware, often printed on a label.";
  setError($("unlock-error"), "");
  show("unlock", sec2 ? $("username") : $("secret"));
}

async function unlock(event: Event): Promise<void> {
  event.preventDefault();
  if (connection?.kind !== "esp" || !connection.security) return;
  const { device, security } = connection;
  const sec2 = security.needs === "sec2";
  const username = $<HTMLInputElement>("username").value;
  const secret = $<HTMLInputElement>("secret").value;
  const box = $("unlock-error");
  if (sec2 && !username) return setError(box, "Enter the username.");
  const form = $<HTMLFormElement>("unlock-form");
  const mark = consolePanel.mark();
  setBusy(form, true, "Checking…");
  try {
    await device.unlock(security, sec2 ? { username, password: secret } : { pop: secret });
  } catch (error) {
    setBusy(form, false);
    if (!(error instanceof ClientError)) throw error;
    const said = consolePanel.errorsSince(mark);
    setError(box, error.kind === "handshake"
      ? (sec2 ? "The device did not accept this username and password. Check both and try again."
        : "The device did not accept this proof of possession (PoP). Check it and try again.") +
        " After several wrong tries the device refuses new ones for a while."
      : [fromDevice(error.message)], said);
    $<HTMLInputElement>("secret").select();
    return;
  }
  setBusy(form, false);
  $<HTMLInputElement>("secret").value = "";
  await showNetworks();
}

async function showNetworks(): Promise<void> {
  resetSecretToggles();
  setError($("network-error"), "");
  const canScan = connection?.kind === "improv" || (connection?.kind === "esp" && connection.device.canScan);
  $("rescan").hidden = !canScan;
  show("network");
  if (canScan && !networks.length) await scan();
  else renderList();
}

async function scan(): Promise<void> {
  const list = $("network-list");
  const form = $<HTMLFormElement>("network-form");
  $("scanning").hidden = false;
  list.replaceChildren();
  setBusy(form, true);
  try {
    if (connection?.kind === "esp") {
      networks = (await connection.device.scan()).map((ap) => ({
        ssid: ap.ssid, ssidBytes: ap.ssidBytes, rssi: ap.rssi, secured: ap.auth !== 0, security: AUTH_MODES[ap.auth] ?? `auth ${ap.auth}`,
      }));
    } else if (connection?.kind === "improv") {
      networks = await connection.device.scan();
    }
  } catch (error) {
    networks = [];
    setError($("network-error"), ["The device could not scan: ", fromDevice(error instanceof Error ? error.message : String(error)), ". Type the network's name instead."]);
  } finally {
    $("scanning").hidden = true;
    setBusy(form, false);
  }
  renderList();
}

function renderList(): void {
  renderNetworks($("network-list"), networks, lastSsid);
  const other = $<HTMLInputElement>("network-other");
  if (!networks.some((n) => n.ssid === lastSsid)) other.checked = !networks.length || lastSsid !== undefined;
  if (other.checked && lastSsid !== undefined) $<HTMLInputElement>("ssid").value = lastSsid;
  updateNetworkFields();
  const checked = document.querySelector<HTMLInputElement>("input[name=network]:checked");
  (checked ?? document.querySelector<HTMLInputElement>("input[name=network]"))?.focus();
}

function selectedNetwork(): Network | "other" | undefined {
  const checked = document.querySelector<HTMLInputElement>("input[name=network]:checked");
  if (!checked) return undefined;
  return checked.value === "other" ? "other" : networks[Number(checked.value)];
}

function updateNetworkFields(): void {
  const chosen = selectedNetwork();
  $("ssid-field").hidden = chosen !== "other";
  const open = chosen !== undefined && chosen !== "other" && !chosen.secured;
  $("passphrase-field").hidden = open;
  $("passphrase-hint").hidden = chosen !== "other";
  if (chosen && chosen !== "other") setText($("passphrase-label"), "Passphrase for “", fromDevice(chosen.ssid), "”");
  else $("passphrase-label").textContent = "Passphrase";
}

async function join(event: Event): Promise<void> {
  event.preventDefault();
  const box = $("network-error");
  const chosen = selectedNetwork();
  if (!chosen) return setError(box, "Choose a network, or “Other network…” to type its name.");
  const ssid = chosen === "other" ? $<HTMLInputElement>("ssid").value : chosen.ssid;
  const ssidBytes = chosen === "other" ? utf8Encode(ssid) : chosen.ssidBytes ?? utf8Encode(ssid);
  if (ssidBytes.length < 1 || ssidBytes.length > 32) {
    setError(box, "A network name has 1 to 32 bytes.");
    return $("ssid").focus();
  }
  const open = chosen !== "other" && !chosen.secured;
  const passphrase = open ? "" : $<HTMLInputElement>("passphrase").value;
  if (utf8Encode(passphrase).length > 63) {
    setError(box, "A Wi-Fi passphrase has at most 63 characters.");
    return $("passphrase").focus();
  }
  lastSsid = ssid;
  setError(box, "");
  startProgress(ssid, connection?.kind === "improv");
  try {
    if (connection?.kind === "esp") {
      const esp = connection;
      const retry = esp.needsReset;
      esp.needsReset = true;
      const wifi = await esp.device.join(ssidBytes, passphrase, stage, retry);
      esp.needsReset = false;
      showSuccess(ssid, [["Network", wifi.ssid], ["IP address", wifi.ip4], ["Channel", String(wifi.channel)]], ["reprovision", "finish"]);
    } else if (connection?.kind === "improv") {
      await connection.device.join(ssid, passphrase, stage);
      const url = connection.device.url;
      showSuccess(ssid, [["Network", ssid], ...(url ? [["Device page", url]] as [string, string][] : [])], ["finish"], url);
    }
  } catch (error) {
    if (!link) return;
    const message = error instanceof ImprovError ? [error.message] : describeJoinFailure(error, ssid);
    showFailure(message);
  }
}

async function retry(): Promise<void> {
  $<HTMLInputElement>("passphrase").value = "";
  await showNetworks();
  const passphrase = $<HTMLInputElement>("passphrase");
  (passphrase.offsetParent ? passphrase : $("network-title")).focus();
}

async function reprovision(): Promise<void> {
  if (connection?.kind !== "esp") return;
  const button = $<HTMLButtonElement>("reprovision");
  button.disabled = true;
  try {
    await connection.device.reprovision();
  } catch (error) {
    if (!(error instanceof ClientError)) throw error;
    setError($("result-error"), "The device no longer takes new settings: it stops its provisioning console shortly after a success " +
      "(30 s by default), or it cannot reprovision. Reset the board to provision it again.");
    return;
  } finally {
    button.disabled = false;
  }
  $<HTMLInputElement>("passphrase").value = "";
  await showNetworks();
}

// ---- Improv -------------------------------------------------------------------------------------

async function startImprov(device: ImprovDevice): Promise<void> {
  connection = { kind: "improv", device };
  showUnlockStep(false);
  const info = device.info;
  const fromInfo = info ? [`${info.firmware} ${info.version}`, info.chipFamily, info.name].filter(Boolean) : [];
  const facts: Part[] = ["Improv Wi-Fi", ...fromInfo.map(fromDevice)];
  setFacts($("network-facts"), facts);
  if (device.state === "stopped") {
    return fail(new Error("The device answers Improv, but its Improv service is stopped (it may need a button press to allow provisioning)."));
  }
  if (device.state === "provisioned") {
    showSuccess("its network", device.url ? [["Device page", device.url]] : [], ["other-network", "finish"], device.url);
    $("result-title").textContent = "This device already has a network";
    $("result-text").textContent = "It says it is provisioned. Choose a network to give it new settings.";
    return;
  }
  await showNetworks();
}

// ---- wiring -------------------------------------------------------------------------------------

function setBusy(form: HTMLFormElement, on: boolean, label?: string): void {
  for (const control of form.querySelectorAll<HTMLButtonElement | HTMLInputElement>("button, input")) control.disabled = on;
  const submit = form.querySelector<HTMLButtonElement>("button[type=submit]");
  if (submit) {
    submit.dataset.label ??= submit.textContent ?? "";
    submit.textContent = on && label ? label : submit.dataset.label;
  }
}

function guard(action: (event: Event) => Promise<void>) {
  return (event: Event) => {
    action(event).catch((error) => {
      console.error(error);
      if (link) fail(error);
    });
  };
}

wireSecretToggles();
if (checkSupport()) $("connect").addEventListener("click", guard(connect));
$("disconnect").addEventListener("click", guard(() => disconnect()));
$("finish").addEventListener("click", guard(() => disconnect()));
$("unlock-form").addEventListener("submit", guard(unlock));
$("network-form").addEventListener("submit", guard(join));
$("network-form").addEventListener("change", updateNetworkFields);
$("rescan").addEventListener("click", guard(scan));
$("retry").addEventListener("click", guard(retry));
$("other-network").addEventListener("click", guard(() => showNetworks()));
$("reprovision").addEventListener("click", guard(reprovision));
$("console-clear").addEventListener("click", () => consolePanel.clear());
