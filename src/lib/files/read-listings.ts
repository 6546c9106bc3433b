import { readdir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import type { ListingSource } from "../listing/parse-listings.ts";

/** Listings larger than this are refused rather than read: a listing is a page of papers, not a dump. */
export const MAX_LISTING_BYTES = 64 * 1024 * 1024;

/** A path that could not be turned into listings. */
export class ListingPathError extends Error {}

/** Lists the listing files (`*.txt`) below a directory, sorted by path so that every run sees one order. */
export async function findListingFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith(".txt") && !e.name.startsWith("."))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/** A listing as last read, by path: read again only when its size or modification time changes. */
export type ReadListings = Map<string, { size: number; mtimeMs: number; text: string }>;

/**
 * Reads listings from files and directories as given on a command line; a directory contributes every
 * `*.txt` below it. Oversized files come back as an error naming the file, never half-read. With
 * `kept`, files unchanged since they were kept there are not read again (and `kept` is updated).
 */
export async function readListingSources(paths: string[], kept?: ReadListings): Promise<ListingSource[]> {
  const sources: ListingSource[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => undefined);
    if (!info) throw new ListingPathError(`${path}: no such file or directory`);
    const files = info.isDirectory() ? await findListingFiles(path) : [path];
    for (const file of files) {
      const { size, mtimeMs } = await stat(file);
      if (size > MAX_LISTING_BYTES) {
        throw new ListingPathError(
          `${file}: ${size} bytes is over the ${MAX_LISTING_BYTES}-byte limit for one listing; split it into several files`,
        );
      }
      const previous = kept?.get(file);
      const text = previous?.size === size && previous.mtimeMs === mtimeMs ? previous.text : await readFile(file, "utf8");
      kept?.set(file, { size, mtimeMs, text });
      sources.push({ file, text });
    }
  }
  return sources;
}
