// Text the device or the air supplies (SSIDs, the device's name and firmware, its error lines, its console
// output) goes on the page so that it cannot reorder the page around it: each piece in a <bdi> of its
// own (a bidi isolate: its direction stays inside), and the invisible direction controls in it shown as
// what they are. An access point named "evil\u202Egnp.exe" would otherwise read "evilexe.png", and its
// right-to-left override would run on into the page's own words after it.

/** Unicode's bidi formatting characters: the marks (ALM, LRM, RLM), embeddings and overrides, isolates. */
const BIDI_CONTROL = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** A piece of text from the device, as opposed to the page's own words. */
export interface FromDevice {
  readonly device: string;
}

export type Part = string | FromDevice;

export function fromDevice(text: string): FromDevice {
  return { device: text };
}

function codePoint(control: string): string {
  return `U+${control.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`;
}

/** The device's text in a <bdi>, each bidi control in it replaced by a visible, marked "U+202E". */
export function deviceText(text: string, className?: string): HTMLElement {
  const bdi = document.createElement("bdi");
  if (className) bdi.className = className;
  let at = 0;
  for (const match of text.matchAll(BIDI_CONTROL)) {
    if (match.index! > at) bdi.append(text.slice(at, match.index));
    const mark = document.createElement("span");
    mark.className = "bidi-control";
    mark.textContent = codePoint(match[0]);
    mark.title = "An invisible text-direction control character in the device's text";
    bdi.append(mark);
    at = match.index! + match[0].length;
  }
  if (at < text.length) bdi.append(text.slice(at));
  return bdi;
}

/** Sets the element's content: the page's own words as they are, the device's pieces isolated. */
export function setText(element: HTMLElement, ...parts: Part[]): void {
  element.replaceChildren(...nodes(parts));
}

export function nodes(parts: Part[]): (string | HTMLElement)[] {
  return parts.map((part) => (typeof part === "string" ? part : deviceText(part.device)));
}

/** For attributes and spoken text, where no element fits: controls shown, the piece between FSI and PDI. */
export function plainText(parts: Part[]): string {
  return parts.map((part) => (typeof part === "string" ? part
    : `\u2068${part.device.replace(BIDI_CONTROL, (c) => `[${codePoint(c)}]`)}\u2069`)).join("");
}

/** The bidi controls in a line made visible as "[U+202E]" (the console panel's plain-text lines). */
export function showControls(text: string): string {
  return text.replace(BIDI_CONTROL, (c) => `[${codePoint(c)}]`);
}
