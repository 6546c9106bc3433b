// Reads a built site from disk: its pages, their links and ids, without a browser.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";

/** Every HTML file below `dir`, as paths relative to it ("papers/x/index.html"). */
export function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".html"))
    .sort();
}

export function readPage(dir: string, file: string): string {
  return readFileSync(join(dir, file), "utf8");
}

const decode = (s: string) =>
  s
    .replace(/&amp;/g, "&")
    .replace(/&#38;/g, "&")
    .replace(/&quot;/g, '"');

/** The href and src values of a page (decoded), in document order. */
export function links(html: string): string[] {
  return [...html.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) => decode(m[1] ?? ""));
}

/** The id attributes of a page. */
export function ids(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1] ?? ""));
}

/** The page URL path of a file under a base: "papers/x/index.html" → "/dir/papers/x/". */
export function pagePath(file: string, base: string): string {
  return `${base}${file.replace(/index\.html$/, "")}`;
}

/**
 * Checks every internal link of every page: the target file exists under `base`, and a `#fragment`
 * names an id on the target page. Returns the broken ones as "page → link".
 */
export function brokenLinks(dir: string, base: string): string[] {
  const broken: string[] = [];
  const idCache = new Map<string, Set<string>>();
  for (const file of htmlFiles(dir)) {
    const from = new URL(pagePath(file, base), "http://site.test");
    for (const link of links(readPage(dir, file))) {
      const target = new URL(link, from);
      if (target.origin !== from.origin || link.startsWith("mailto:")) continue;
      if (!target.pathname.startsWith(base)) {
        broken.push(`${file} → ${link} (outside the base ${base})`);
        continue;
      }
      const path = join(dir, decodeURIComponent(target.pathname.slice(base.length)));
      const targetFile = existsSync(path) && statSync(path).isDirectory() ? join(path, "index.html") : path;
      if (!existsSync(targetFile)) {
        broken.push(`${file} → ${link}`);
        continue;
      }
      const fragment = decodeURIComponent(target.hash.slice(1));
      if (fragment && targetFile.endsWith(".html")) {
        const key = relative(dir, targetFile);
        const known = idCache.get(key) ?? ids(readFileSync(targetFile, "utf8"));
        idCache.set(key, known);
        if (!known.has(fragment)) broken.push(`${file} → ${link} (no id "${fragment}")`);
      }
    }
  }
  return broken;
}
