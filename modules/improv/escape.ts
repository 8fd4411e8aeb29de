// Text from outside (a device name, an SSID sent over Improv) on its way into a log line: printable ASCII
// stays, anything else becomes \xNN, so it can neither forge a line nor send terminal escapes.
// (A local stand-in for the shared log escape helper the lead is adding to modules/log.)
export function escapeForLog(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 32 && c < 127 && c !== 92) out += text[i];
    else if (c === 92) out += "\\\\";
    else if (c < 256) out += `\\x${c.toString(16).padStart(2, "0")}`;
    else out += `\\u${c.toString(16).padStart(4, "0")}`;
  }
  return out;
}
