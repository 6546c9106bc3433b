// A tiny static file server for tests: serves a built `dist/` on 127.0.0.1 under an optional base
// path, the way any static host would (index.html for directories, 404.html for misses).
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, sep } from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css",
  ".js": "text/javascript",
  ".mjs": "text/javascript",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".wasm": "application/wasm",
  ".xml": "application/xml",
  ".txt": "text/plain; charset=utf-8",
  ".woff2": "font/woff2",
  ".png": "image/png",
  ".bib": "text/plain; charset=utf-8",
  ".ris": "text/plain; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
};

export interface Served {
  origin: string;
  /** The site's root URL, base path included, ending in "/". */
  root: string;
  close: () => Promise<void>;
}

async function resolveFile(dir: string, path: string): Promise<string | undefined> {
  const file = normalize(join(dir, decodeURIComponent(path)));
  if (file !== dir && !file.startsWith(dir + sep)) return undefined;
  const info = await stat(file).catch(() => undefined);
  if (info?.isFile()) return file;
  if (info?.isDirectory())
    return (await stat(join(file, "index.html")).catch(() => undefined))?.isFile() ? join(file, "index.html") : undefined;
  return undefined;
}

/** Serves `dir` at `base` (e.g. "/" or "/dir/") on a free port of 127.0.0.1. */
export async function serve(dir: string, base = "/"): Promise<Served> {
  const root = normalize(dir);
  const server: Server = createServer(async (req, res) => {
    const path = new URL(req.url ?? "/", "http://x").pathname;
    const inside = path.startsWith(base) ? `/${path.slice(base.length)}` : undefined;
    const file = inside === undefined ? undefined : await resolveFile(root, inside);
    const target = file ?? join(root, "404.html");
    res.writeHead(file ? 200 : 404, { "content-type": TYPES[extname(target)] ?? "application/octet-stream" });
    createReadStream(target)
      .on("error", () => res.end())
      .pipe(res);
  });
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return { origin, root: `${origin}${base}`, close: () => new Promise((ok) => server.close(() => ok())) };
}
