// Builds the page into build/web: index.html, style.css and app.js (web/src/main.ts with the client
// modules and the Improv SDK bundled by esbuild into one file). `npm run build:web`.
import { build } from "esbuild";
import { copyFile, mkdir } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
export const WEB_OUT = join(here, "..", "build", "web");

export async function buildWeb({ out = WEB_OUT, minify = true } = {}) {
  await mkdir(out, { recursive: true });
  const result = await build({
    entryPoints: [join(here, "src", "main.ts")],
    outfile: join(out, "app.js"),
    bundle: true,
    format: "esm",
    platform: "browser",
    target: ["chrome89", "edge89", "opera75"],
    minify,
    sourcemap: true,
    legalComments: "linked",
    logLevel: "warning",
    metafile: true,
  });
  await copyFile(join(here, "index.html"), join(out, "index.html"));
  await copyFile(join(here, "style.css"), join(out, "style.css"));
  const bytes = result.metafile.outputs[Object.keys(result.metafile.outputs).find((f) => f.endsWith("app.js"))].bytes;
  return { out, bytes };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { out, bytes } = await buildWeb();
  console.log(`web page built in ${out} (app.js ${Math.round(bytes / 1024)} KiB)`);
}
