// Ports named by pattern, as a shell would expand them: /dev/ttyUSB*, /dev/serial/by-id/*, COM[0-9]. Node 20
// has no fs glob, and a serial-port pattern needs only *, ? and [...] per path segment, over fs.readdir.
import { readdirSync } from "node:fs";
import { join } from "node:path";

const MAGIC = /[*?[]/;

export function isPattern(text: string): boolean {
  return MAGIC.test(text);
}

function segmentRegExp(segment: string): RegExp {
  let source = "";
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i];
    if (c === "*") source += "[^/]*";
    else if (c === "?") source += "[^/]";
    else if (c === "[") {
      const end = segment.indexOf("]", i + 2);
      if (end < 0) { source += "\\["; continue; }
      const body = segment.slice(i + 1, end).replace(/\\/g, "\\\\");
      source += `[${body.startsWith("!") ? "^" + body.slice(1) : body}]`;
      i = end;
    } else source += c.replace(/[.+^${}()|\\]/g, "\\$&");
  }
  return new RegExp(`^${source}$`);
}

/** The paths that exist and match `pattern`, sorted (a name without wildcards is returned as it is). */
export function expandPattern(pattern: string): string[] {
  if (!isPattern(pattern)) return [pattern];
  const absolute = pattern.startsWith("/");
  const segments = pattern.split("/").filter((s, i) => s !== "" || i === 0);
  let paths = [absolute ? "/" : ""];
  for (const segment of segments) {
    if (segment === "") continue;
    const next: string[] = [];
    for (const base of paths) {
      if (!isPattern(segment)) { next.push(base ? join(base, segment) : segment); continue; }
      const test = segmentRegExp(segment);
      let names: string[];
      try {
        names = readdirSync(base || ".");
      } catch {
        continue; // a folder that is not there matches nothing
      }
      for (const name of names) if (test.test(name) && (segment.startsWith(".") || !name.startsWith("."))) next.push(base ? join(base, name) : name);
    }
    paths = next;
  }
  return paths.sort();
}

/** Every port the patterns name, each once, in the order given. */
export function expandPorts(patterns: string[]): string[] {
  return [...new Set(patterns.flatMap(expandPattern))];
}
