// Export files travel from Astro's renderer to the disk in bundles: one route renders many files as
// JSON lines, and the exports integration writes them out. Astro's cost per route (~0.5 ms) is then paid
// once per bundle instead of once per file.
import { mkdirSync, writeFileSync } from "node:fs";
import { readdir, readFile, rm } from "node:fs/promises";
import { dirname, join } from "node:path";

/** One file beside a page: `path` is relative to the site's root ("papers/x/cite.bib"). */
export interface ExportFile {
  path: string;
  body: string;
}

/** The export files of each section, each beside an entry's page: `/<section>/<id>/<name>`. */
export const EXPORT_ROUTES = [
  { section: "papers", names: ["cite.bib", "cite.ris", "cite.json"] },
  { section: "authors", names: ["papers.bib", "data.json", "rss.xml"] },
  { section: "categories", names: ["rss.xml"] },
] as const;

export type ExportSection = (typeof EXPORT_ROUTES)[number]["section"];

/** Where the bundles are rendered, inside the output folder, before they are unpacked. */
export const BUNDLE_DIR = "_exports";

const TYPES: Record<string, string> = {
  bib: "application/x-bibtex; charset=utf-8",
  ris: "application/x-research-info-systems; charset=utf-8",
  json: "application/json; charset=utf-8",
  xml: "application/rss+xml; charset=utf-8",
};

/** The media type of an export file, from its extension. @example contentType("a/cite.bib") // "application/x-bibtex; charset=utf-8" */
export function contentType(path: string): string {
  return TYPES[path.slice(path.lastIndexOf(".") + 1)] ?? "application/octet-stream";
}

/** A bundle's text: one JSON object per line. */
export function encodeBundle(files: readonly ExportFile[]): string {
  return files.map((f) => `${JSON.stringify(f)}\n`).join("");
}

/** The files of a bundle, refusing paths that would leave the output folder. */
export function decodeBundle(text: string, name = "bundle"): ExportFile[] {
  return text
    .split("\n")
    .filter((line) => line.length > 0)
    .map((line, i) => {
      const file = JSON.parse(line) as ExportFile;
      const parts = typeof file.path === "string" ? file.path.split("/") : [];
      if (
        typeof file.body !== "string" ||
        parts.length === 0 ||
        parts.some((p) => p === "" || p === "." || p === ".." || p.includes("\\"))
      ) {
        throw new Error(`${name}:${i + 1}: not an export file inside the site: ${line.slice(0, 120)}`);
      }
      return file;
    });
}

/**
 * Unpacks every bundle in `<outDir>/_exports/` into `<outDir>`, then removes the bundles. Returns how
 * many files were written. Writes are synchronous: on a busy disk, tens of thousands of small files
 * went out three times faster one after another than 64 at a time through the thread pool.
 */
export async function unpackBundles(outDir: string): Promise<number> {
  const folder = join(outDir, BUNDLE_DIR);
  const names = (await readdir(folder).catch(() => [] as string[])).sort();
  const made = new Set<string>();
  let written = 0;
  for (const name of names) {
    for (const file of decodeBundle(await readFile(join(folder, name), "utf8"), `${BUNDLE_DIR}/${name}`)) {
      const target = join(outDir, ...file.path.split("/"));
      const dir = dirname(target);
      if (!made.has(dir)) {
        mkdirSync(dir, { recursive: true });
        made.add(dir);
      }
      writeFileSync(target, file.body);
      written++;
    }
  }
  await rm(folder, { recursive: true, force: true });
  return written;
}

/** Splits a list into runs of at most `size`. @example chunk([1, 2, 3], 2) // [[1, 2], [3]] */
export function chunk<T>(list: readonly T[], size: number): T[][] {
  const runs: T[][] = [];
  for (let i = 0; i < list.length; i += size) runs.push(list.slice(i, i + size));
  return runs;
}
