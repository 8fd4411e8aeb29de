// The page's screens: one visible at a time, the step indicator following, focus moved to the new
// screen's heading (or a field) so keyboard and screen-reader users land where the page went.
import { deviceText, nodes, type Part } from "./device-text.js";

export type ScreenName = "connect" | "busy" | "unlock" | "network" | "progress" | "result";

const STEP: Record<ScreenName, string | undefined> = {
  connect: "connect", busy: undefined, unlock: "unlock", network: "network", progress: "network", result: "done",
};
const ORDER = ["connect", "unlock", "network", "done"];

export function $<T extends HTMLElement = HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`the page has no #${id}`);
  return element as T;
}

let currentStep = "connect";

export function show(name: ScreenName, focus?: HTMLElement): void {
  for (const section of document.querySelectorAll<HTMLElement>(".screen")) section.hidden = section.id !== `screen-${name}`;
  const step = STEP[name];
  if (step) currentStep = step;
  const at = ORDER.indexOf(currentStep);
  document.querySelectorAll<HTMLElement>(".steps li").forEach((li, index) => {
    li.classList.toggle("done", index < at);
    if (index === at) li.setAttribute("aria-current", "step");
    else li.removeAttribute("aria-current");
  });
  const target = focus ?? $(`screen-${name}`).querySelector<HTMLElement>("h2");
  target?.focus();
}

/** Improv has nothing to unlock (no proof of possession): its steps leave Unlock out. */
export function showUnlockStep(shown: boolean): void {
  document.querySelector<HTMLElement>(".steps li[data-step=unlock]")!.hidden = !shown;
}

/**
 * Shows a message in an error box (empty hides it): the page's own words, or parts with the device's
 * pieces marked. `said` quotes the device's own error lines.
 */
export function setError(box: HTMLElement, message: string | Part[], said: string[] = []): void {
  box.replaceChildren();
  box.hidden = !message.length;
  if (!message.length) return;
  box.append(...nodes(typeof message === "string" ? [message] : message));
  for (const line of said.slice(-2)) {
    const quote = document.createElement("span");
    quote.className = "device-said";
    quote.append("Device: ", deviceText(line));
    box.append(quote);
  }
}

/** The chips under a heading: what the device said about itself (the page's own label first). */
export function setFacts(list: HTMLElement, facts: Part[]): void {
  list.replaceChildren(...facts.map((fact) => {
    const li = document.createElement("li");
    li.append(...nodes([fact]));
    return li;
  }));
}

/** Show/Hide buttons next to password fields; hidden again with resetSecretToggles(). */
export function wireSecretToggles(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>("button[data-toggle]")) {
    const input = $<HTMLInputElement>(button.dataset.toggle!);
    button.addEventListener("click", () => {
      const showing = input.type === "text";
      input.type = showing ? "password" : "text";
      button.textContent = showing ? "Show" : "Hide";
      button.setAttribute("aria-label", `${showing ? "Show" : "Hide"} the ${button.dataset.what ?? button.dataset.toggle}`);
    });
  }
}

export function resetSecretToggles(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>("button[data-toggle]")) {
    $<HTMLInputElement>(button.dataset.toggle!).type = "password";
    button.textContent = "Show";
    button.setAttribute("aria-label", `Show the ${button.dataset.what ?? button.dataset.toggle}`);
  }
}
