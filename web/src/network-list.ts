// The networks a device can see, as rows of a radio group (arrow keys move between them): signal bars,
// the name, a lock for a secured network. Strongest first, as the device's scan is sorted. A name comes
// from the air: it is shown isolated, its direction controls visible (device-text.ts).
import { deviceText, fromDevice, plainText } from "./device-text.js";

export interface NetworkRow {
  ssid: string;
  rssi: number;
  secured: boolean;
  /** The security in words ("WPA2_PSK"), when the protocol says. */
  security?: string;
}

const SVG = "http://www.w3.org/2000/svg";

/** 1 to 4 bars, the way phones draw them: -55 dBm and up is full. */
export function signalBars(rssi: number): number {
  if (rssi >= -55) return 4;
  if (rssi >= -67) return 3;
  if (rssi >= -78) return 2;
  return 1;
}

const STRENGTH = ["", "weak", "fair", "good", "strong"];

function bars(rssi: number): SVGSVGElement {
  const svg = document.createElementNS(SVG, "svg");
  svg.setAttribute("viewBox", "0 0 22 16");
  svg.setAttribute("class", "bars");
  svg.setAttribute("aria-hidden", "true");
  const on = signalBars(rssi);
  for (let i = 0; i < 4; i++) {
    const rect = document.createElementNS(SVG, "rect");
    const height = 4 + i * 4;
    rect.setAttribute("x", String(i * 6));
    rect.setAttribute("y", String(16 - height));
    rect.setAttribute("width", "4");
    rect.setAttribute("height", String(height));
    rect.setAttribute("rx", "1");
    if (i < on) rect.setAttribute("class", "on");
    svg.append(rect);
  }
  return svg;
}

function lock(): SVGSVGElement {
  const svg = document.createElementNS(SVG, "svg");
  svg.setAttribute("viewBox", "0 0 16 16");
  svg.setAttribute("class", "lock");
  svg.setAttribute("aria-hidden", "true");
  const path = document.createElementNS(SVG, "path");
  path.setAttribute("d", "M8 1a3.5 3.5 0 0 0-3.5 3.5V7H4a1 1 0 0 0-1 1v6a1 1 0 0 0 1 1h8a1 1 0 0 0 1-1V8a1 1 0 0 0-1-1h-.5V4.5A3.5 3.5 0 0 0 8 1Zm-2 6V4.5a2 2 0 1 1 4 0V7H6Z");
  svg.append(path);
  return svg;
}

function text(tag: string, className: string, content: string): HTMLElement {
  const element = document.createElement(tag);
  element.className = className;
  element.textContent = content;
  return element;
}

/** Fills container with one radio row per network; `selected` (an SSID) starts checked. */
export function renderNetworks(container: HTMLElement, networks: NetworkRow[], selected?: string): void {
  const rows = networks.map((network, index) => {
    const label = document.createElement("label");
    label.className = "network";
    const input = document.createElement("input");
    input.type = "radio";
    input.name = "network";
    input.value = String(index);
    input.checked = network.ssid === selected;
    const meta = text("span", "meta", "");
    if (network.secured) meta.append(lock());
    meta.append(text("span", "auth", network.secured ? network.security ?? "Secured" : "Open"));
    const spoken = `, signal ${STRENGTH[signalBars(network.rssi)]} (${network.rssi} dBm), ${network.secured ? "secured" : "open"}`;
    label.append(input, bars(network.rssi), deviceText(network.ssid, "ssid"), meta, text("span", "sr-only", spoken));
    label.title = plainText([fromDevice(network.ssid), `: ${network.rssi} dBm${network.security ? `, ${network.security}` : ""}`]);
    return label;
  });
  container.replaceChildren(...rows);
}
