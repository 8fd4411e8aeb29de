// The progress and result screens: which stage is running, then the outcome with the buttons that fit it.
import { deviceText, fromDevice, nodes, setText, type Part } from "./device-text.js";
import { $, setError, show } from "./screens.js";

const STAGES = ["session", "sending", "applying", "connecting"];

export type ResultButton = "retry" | "other-network" | "reprovision" | "visit" | "finish";

/** Improv has no session and no separate apply step: those rows are left out. */
export function startProgress(ssid: string, improv: boolean): void {
  setText($("progress-text"), "Giving the device the settings for “", fromDevice(ssid), "”.");
  for (const li of document.querySelectorAll<HTMLElement>("#progress-list li")) {
    li.className = li.dataset.stage === "session" ? "done" : "";
    li.hidden = improv && (li.dataset.stage === "session" || li.dataset.stage === "applying");
  }
  $("connect-detail").textContent = "";
  show("progress");
}

/** Marks `name` as running (the ones before it done); `status` is the device's latest Wi-Fi state. */
export function stage(name: string, status?: string): void {
  const at = STAGES.indexOf(name);
  document.querySelectorAll<HTMLElement>("#progress-list li").forEach((li) => {
    const index = STAGES.indexOf(li.dataset.stage!);
    li.className = index < at ? "done" : index === at ? "active" : "";
  });
  if (status) $("connect-detail").textContent = status;
  $("progress-status").textContent = $("progress-list").querySelector(".active")?.textContent?.trim() ?? "";
}

export function resultButtons(visible: ResultButton[]): void {
  for (const id of ["retry", "other-network", "reprovision", "visit", "finish"]) $(id).hidden = !visible.includes(id as ResultButton);
  setError($("result-error"), "");
}

/**
 * The device joined: what it reported (each value from the device, isolated), and `url` (Improv's next
 * step) as a link when it is a web address.
 */
export function showSuccess(ssid: string, facts: [string, string][], buttons: ResultButton[], url?: string): void {
  document.querySelectorAll<HTMLElement>("#progress-list li").forEach((li) => { li.className = "done"; });
  $("result-icon").className = "result-icon good";
  setText($("result-title"), "Connected to “", fromDevice(ssid), "”");
  $("result-text").textContent = "The device joined the network and saved the settings; it will use them from now on.";
  $("result-facts").replaceChildren(...facts.flatMap(([term, value]) => {
    const dt = document.createElement("dt");
    dt.textContent = term;
    const dd = document.createElement("dd");
    dd.append(deviceText(value));
    return [dt, dd];
  }));
  const withLink: ResultButton[] = [...buttons];
  if (url && /^https?:\/\//i.test(url)) {
    $<HTMLAnchorElement>("visit").href = url;
    withLink.unshift("visit");
  }
  resultButtons(withLink);
  show("result");
}

export function showFailure(message: Part[]): void {
  const active = $("progress-list").querySelector(".active");
  if (active) active.className = "failed";
  $("result-icon").className = "result-icon bad";
  $("result-title").textContent = "Not connected";
  $("result-text").replaceChildren(...nodes(message));
  $("result-facts").replaceChildren();
  resultButtons(["retry", "finish"]);
  show("result", $("retry"));
}
