import { relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import type { Loader, LoaderContext } from "astro/loaders";
import { buildDirectory, type Directory } from "../directory/build-directory.ts";
import { type ReadListings, readListingSources } from "../files/read-listings.ts";
import { type ListingSource, type ParseCache, parseListingsCached } from "../listing/parse-listings.ts";
import { formatProblem, type Problem } from "../listing/problems.ts";
import { codeDigest, readParseCache, writeParseCache } from "./cache-files.ts";

/** Which part of the directory a collection holds. */
export type DirectoryCollection = Exclude<keyof Directory, "problems">;

export interface DirectoryLoaderOptions {
  /** The folder of listings (`*.txt`, searched recursively). */
  base: string;
  /** The part of the directory this collection holds. */
  collection: DirectoryCollection;
  /** Fail on warnings too (`PAPERDIR_STRICT=1`). */
  strict?: boolean;
  /** Capture date for listings whose front matter gives none. */
  captured?: string;
}

/** A listing problem that stops the build: every message carries file:line and a hint. */
export class ListingError extends Error {
  readonly hint: string;

  constructor(problems: Problem[]) {
    super(`${problems.length} problem(s) in the listings:\n${problems.map(formatProblem).join("\n")}`);
    this.name = "ListingError";
    this.hint = "fix the listings at the places named above; `npm run parse -- <file>` shows what the parser reads";
  }
}

/** Paths inside the project are shown relative to it ("src/content/listings/a.txt"), others in full. */
function displayPath(file: string): string {
  const path = relative(process.cwd(), file);
  return path.startsWith("..") ? resolve(file) : path;
}

/** One reading of the listings folder, and the directory made from it once it is needed. */
interface Reading {
  /** Digest of the listings, the options and paperdir's code: equal digests give equal directories. */
  digest: string;
  sources: ListingSource[];
  directory?: Promise<Directory>;
}

// All collections come from one parse: the first loader to see a new set of listings builds the
// directory, the others reuse it. Parses are also kept on disk, so that the next run parses only the
// listings that changed (src/lib/listing/parse-listings.ts says when a parse can be reused).
const readings = new Map<string, Reading>();
const parseCaches = new Map<string, ParseCache>();
const reported = new Set<string>();
const DIGEST_KEY = "listings-digest";
const PROBLEMS_KEY = "listings-problems";

const kept: ReadListings = new Map();
const textDigests = new Map<string, { text: string; digest: string }>();

async function readListings(options: DirectoryLoaderOptions, ctx: LoaderContext): Promise<Reading> {
  const sources: ListingSource[] = (await readListingSources([options.base], kept)).map((s) => ({ ...s, file: displayPath(s.file) }));
  const fileDigests = sources.map((s) => {
    const known = textDigests.get(s.file);
    if (known?.text === s.text) return known.digest;
    const digest = ctx.generateDigest(s.text);
    textDigests.set(s.file, { text: s.text, digest });
    return digest;
  });
  const files = sources.map((s) => s.file);
  const digest = ctx.generateDigest(JSON.stringify([codeDigest, options.captured ?? "", today(), files, fileDigests]));
  const previous = readings.get(options.base);
  if (previous?.digest === digest) return previous;
  const reading: Reading = { digest, sources };
  readings.set(options.base, reading);
  return reading;
}

const today = () => new Date().toISOString().slice(0, 10);

function buildFrom(reading: Reading, options: DirectoryLoaderOptions, ctx: LoaderContext): Promise<Directory> {
  reading.directory ??= (async () => {
    const cacheFile = fileURLToPath(new URL(`paperdir/parses-${ctx.generateDigest(resolve(options.base))}.json`, ctx.config.cacheDir));
    const previous = parseCaches.get(options.base) ?? (await readParseCache(cacheFile));
    const parsed = parseListingsCached(
      reading.sources,
      { ...(options.captured ? { captured: options.captured } : {}), today: today() },
      previous,
    );
    parseCaches.set(options.base, parsed.cache);
    await writeParseCache(cacheFile, parsed.cache);
    const built = buildDirectory(parsed.listings);
    const total = reading.sources.length;
    const reused = total - parsed.reparsed.length;
    ctx.logger.info(
      `parsed ${parsed.reparsed.length} of ${total} listing(s)${reused > 0 ? ` (${reused} unchanged since the last run)` : ""}`,
    );
    return { ...built, problems: [...parsed.problems, ...built.problems] };
  })();
  return reading.directory;
}

/** Logs the listings' warnings once per run and fails on errors (or on warnings too, when strict). */
function report(problems: Problem[], digest: string, options: DirectoryLoaderOptions, ctx: LoaderContext): void {
  const failing = problems.filter((p) => p.severity === "error" || options.strict);
  if (failing.length > 0) throw new ListingError(failing);
  if (reported.has(digest)) return;
  reported.add(digest);
  for (const p of problems) ctx.logger.warn(formatProblem(p));
}

async function sync(options: DirectoryLoaderOptions, ctx: LoaderContext): Promise<void> {
  const reading = await readListings(options, ctx);
  if (ctx.meta.get(DIGEST_KEY) === reading.digest && ctx.store.keys().length > 0) {
    // Nothing changed since this collection was last stored: keep every entry as it is.
    report(JSON.parse(ctx.meta.get(PROBLEMS_KEY) ?? "[]") as Problem[], reading.digest, options, ctx);
    if (options.collection === "papers") ctx.logger.info(`listings in ${options.base} unchanged since the last sync: entries kept`);
    return;
  }
  const directory = await buildFrom(reading, options, ctx);
  report(directory.problems, reading.digest, options, ctx);
  const records: Map<string, Record<string, unknown>> = directory[options.collection];
  for (const id of ctx.store.keys()) if (!records.has(id)) ctx.store.delete(id);
  for (const [id, record] of records) {
    const digest = ctx.generateDigest(record);
    if (ctx.store.get(id)?.digest === digest) continue;
    ctx.store.set({ id, data: await ctx.parseData({ id, data: record }), digest });
  }
  ctx.meta.set(DIGEST_KEY, reading.digest);
  ctx.meta.set(PROBLEMS_KEY, JSON.stringify(directory.problems));
  const n = (k: DirectoryCollection) => directory[k].size;
  if (options.collection === "papers") {
    ctx.logger.info(
      `${n("papers")} papers, ${n("authors")} authors, ${n("categories")} categories, ${n("orgs")} orgs from ${options.base}`,
    );
  }
}

/**
 * A content loader for one part of the directory built from a folder of listings. Every collection's
 * loader reads the same folder; the listings are parsed and merged once. In `astro dev` the folder is
 * watched: adding, editing or deleting a listing updates every collection.
 * @example defineCollection({ loader: directoryLoader({ base: "src/content/listings", collection: "papers" }), schema })
 */
export function directoryLoader(options: DirectoryLoaderOptions): Loader {
  return {
    name: `paperdir-${options.collection}`,
    load: async (ctx) => {
      await sync(options, ctx);
      const watcher = ctx.watcher;
      if (!watcher) return;
      const root = resolve(options.base);
      watcher.add(root);
      const onChange = (path: string) => {
        if (!path.endsWith(".txt") || !resolve(path).startsWith(root + sep)) return;
        sync(options, ctx).catch((error: unknown) => ctx.logger.error(error instanceof Error ? error.message : String(error)));
      };
      watcher.on("change", onChange);
      watcher.on("add", onChange);
      watcher.on("unlink", onChange);
    },
  };
}
