// Serves the built page on this computer only (127.0.0.1): Web Serial needs a secure context, and
// http://localhost is one. `npm run web` builds the page, then runs this; `--port N` (default 8315).
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { extname, join, normalize, sep } from "node:path";
import { pathToFileURL } from "node:url";
import { buildWeb, WEB_OUT } from "./build.mjs";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".map": "application/json",
  ".txt": "text/plain; charset=utf-8",
  ".png": "image/png",
};

/** Starts the server on 127.0.0.1:port (0: any free port); resolves with its URL and a way to stop it. */
export function serveWeb({ root = WEB_OUT, port = 8315 } = {}) {
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
    const file = normalize(join(root, path.endsWith("/") ? `${path}index.html` : path));
    if (!file.startsWith(root + sep) || request.method !== "GET") {
      response.writeHead(404).end();
      return;
    }
    try {
      const body = await readFile(file);
      response.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream", "cache-control": "no-store" });
      response.end(body);
    } catch {
      response.writeHead(404, { "content-type": "text/plain" }).end("not found\n");
    }
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => {
      const address = server.address();
      resolve({ url: `http://localhost:${address.port}/`, close: () => new Promise((done) => server.close(() => done())) });
    });
  });
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const at = process.argv.indexOf("--port");
  const port = at > 0 ? Number(process.argv[at + 1]) : Number(process.env.PORT ?? 8315);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error("usage: npm run web -- [--port N]");
    process.exit(2);
  }
  const { out, bytes } = await buildWeb();
  console.log(`built ${out} (app.js ${Math.round(bytes / 1024)} KiB)`);
  try {
    const { url } = await serveWeb({ port });
    console.log(`Wi-Fi setup page: ${url}  (open it in Chrome, Edge or Opera; Ctrl-C stops)`);
  } catch (error) {
    console.error(error.code === "EADDRINUSE" ? `port ${port} is in use: npm run web -- --port N` : error.message);
    process.exit(1);
  }
}
