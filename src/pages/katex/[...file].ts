// KaTeX's stylesheet and fonts, served from the site itself (no CDN): written into dist/katex/ at
// build, and served by the dev server. Pages link the stylesheet only when they hold a formula.
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { APIRoute, GetStaticPaths } from "astro";

const dist = join(dirname(createRequire(import.meta.url).resolve("katex/package.json")), "dist");
const TYPES: Record<string, string> = { css: "text/css", woff2: "font/woff2", woff: "font/woff", ttf: "font/ttf" };

export const getStaticPaths = (() => [
  { params: { file: "katex.min.css" } },
  ...readdirSync(join(dist, "fonts")).map((font) => ({ params: { file: `fonts/${font}` } })),
]) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const file = params.file ?? "";
  return new Response(readFileSync(join(dist, file)), {
    headers: { "content-type": TYPES[file.split(".").pop() ?? ""] ?? "application/octet-stream" },
  });
};
