// What the directory loader keeps between runs, beside Astro's own cache (`cacheDir`).
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { ParseCache } from "../listing/parse-listings.ts";

/**
 * A digest of paperdir's own code (every file of `src/lib`): a cache made by other code, say before
 * an upgrade, is never reused.
 */
export const codeDigest: string = (() => {
  const lib = join(dirname(fileURLToPath(import.meta.url)), "..");
  const hash = createHash("sha256");
  const files = readdirSync(lib, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".ts"))
    .sort();
  for (const file of files)
    hash
      .update(file)
      .update("\0")
      .update(readFileSync(join(lib, file)));
  return hash.digest("base64url");
})();

/** The last run's parses, or undefined when there is none or it cannot be read (it is only a cache). */
export async function readParseCache(file: string): Promise<ParseCache | undefined> {
  try {
    return JSON.parse(await readFile(file, "utf8")) as ParseCache;
  } catch {
    return undefined;
  }
}

/** Writes the parse cache whole or not at all (a temporary file renamed into place). */
export async function writeParseCache(file: string, cache: ParseCache): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, JSON.stringify(cache));
  await rename(temporary, file);
}
