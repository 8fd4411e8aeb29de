// The README's app ("Provisioning in your own Moddable app"): its TypeScript and its manifest, taken out of
// the README itself so that what is checked (tests/node/readme-app.test.ts) and built
// (tools/build-readme-app.mjs) is what a user copies.
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const SECTION = "## Provisioning in your own Moddable app";
/** What the README's manifest writes where a user puts the component's folder. */
export const COMPONENT_PLACEHOLDER = "<path to the component>";

/** { source, manifestText, manifest }: the first ```ts and the first ```json block of the section. */
export function readmeApp(readme = readFileSync(resolve(root, "README.md"), "utf8")) {
  const start = readme.indexOf(`\n${SECTION}\n`);
  if (start < 0) throw new Error(`README: no section "${SECTION}"`);
  const next = readme.indexOf("\n## ", start + SECTION.length + 2);
  const section = readme.slice(start, next < 0 ? undefined : next);
  const block = (language) => {
    const match = new RegExp("\\n```" + language + "\\n([\\s\\S]*?)\\n```\\n").exec(section);
    if (!match) throw new Error(`README: no \`\`\`${language} block in "${SECTION}"`);
    return match[1] + "\n";
  };
  const source = block("ts");
  const manifestText = block("json");
  return { source, manifestText, manifest: JSON.parse(manifestText) };
}

/** The manifest as a user writes it with the component at componentPath. */
export function manifestFor(manifestText, componentPath) {
  if (!manifestText.includes(COMPONENT_PLACEHOLDER)) throw new Error(`README manifest: no "${COMPONENT_PLACEHOLDER}"`);
  return manifestText.split(COMPONENT_PLACEHOLDER).join(componentPath);
}
