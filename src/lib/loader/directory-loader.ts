import { relative, resolve, sep } from "node:path";
import type { Loader, LoaderContext } from "astro/loaders";
import { buildDirectory, type Directory } from "../directory/build-directory.ts";
import { readListingSources } from "../files/read-listings.ts";
import { type ListingSource, parseListings } from "../listing/parse-listings.ts";
import { formatProblem, type Problem } from "../listing/problems.ts";

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

interface Built {
  digest: string;
  directory: Promise<Directory>;
}

// All collections come from one parse: the first loader to see a new set of listings builds the
// directory, the others reuse it.
const builds = new Map<string, Built>();

async function loadDirectory(options: DirectoryLoaderOptions, ctx: LoaderContext): Promise<{ directory: Directory; fresh: boolean }> {
  const sources: ListingSource[] = (await readListingSources([options.base])).map((s) => ({ ...s, file: displayPath(s.file) }));
  const digest = ctx.generateDigest(JSON.stringify([options.captured ?? "", sources]));
  const cached = builds.get(options.base);
  if (cached?.digest === digest) return { directory: await cached.directory, fresh: false };
  const directory = Promise.resolve().then(() => {
    const parsed = parseListings(sources, options.captured ? { captured: options.captured } : {});
    const built = buildDirectory(parsed.listings);
    return { ...built, problems: [...parsed.problems, ...built.problems] };
  });
  builds.set(options.base, { digest, directory });
  return { directory: await directory, fresh: true };
}

async function sync(options: DirectoryLoaderOptions, ctx: LoaderContext): Promise<void> {
  const { directory, fresh } = await loadDirectory(options, ctx);
  const failing = directory.problems.filter((p) => p.severity === "error" || options.strict);
  if (failing.length > 0) throw new ListingError(failing);
  if (fresh) {
    for (const p of directory.problems) ctx.logger.warn(formatProblem(p));
    const n = (k: DirectoryCollection) => directory[k].size;
    ctx.logger.info(
      `${n("papers")} papers, ${n("authors")} authors, ${n("categories")} categories, ${n("orgs")} orgs from ${options.base}`,
    );
  }
  const records: Map<string, Record<string, unknown>> = directory[options.collection];
  for (const id of ctx.store.keys()) if (!records.has(id)) ctx.store.delete(id);
  for (const [id, record] of records) {
    const data = await ctx.parseData({ id, data: record });
    ctx.store.set({ id, data, digest: ctx.generateDigest(data) });
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
