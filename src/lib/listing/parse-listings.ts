import { createHash } from "node:crypto";
import { nameKey } from "./names.ts";
import { type ParseOptions, type ParseResult, parseListing } from "./parse-listing.ts";
import type { Problem } from "./problems.ts";
import type { KnownNames } from "./split-title.ts";
import type { ParsedListing } from "./types.ts";

/** A listing's text and the path to name it by. */
export interface ListingSource {
  file: string;
  text: string;
}

/** Every listing of a directory, parsed together, with all their problems. */
export interface ParsedListings {
  listings: ParsedListing[];
  problems: Problem[];
}

/**
 * Collects names no split can have got wrong: owners, and every author after the first (the first
 * author is the one glued to the title).
 */
export function collectKnownNames(listings: ParsedListing[]): Set<string> {
  const known = new Set<string>();
  for (const listing of listings) {
    if (listing.owner) known.add(nameKey(listing.owner.name));
    for (const paper of listing.papers) {
      for (const name of paper.authors.slice(1)) known.add(nameKey(name));
    }
  }
  return known;
}

/**
 * What one listing's parse depends on, kept between runs: its text (by digest), the names its first
 * pass makes known, and every question its second pass asked of the known names, with the answer.
 */
export interface CachedListing {
  digest: string;
  names: string[];
  asked: Array<[string, boolean]>;
  result: ParseResult;
}

/** Parses from an earlier run, by file. Serialisable as JSON. */
export interface ParseCache {
  version: typeof CACHE_VERSION;
  listings: Record<string, CachedListing>;
}

export const CACHE_VERSION = 1;

/** Parsed listings, the cache for the next run, and which files were parsed again this time. */
export interface CachedParse extends ParsedListings {
  cache: ParseCache;
  reparsed: string[];
}

/** Known names that remember what was asked of them. */
class AskedNames implements KnownNames {
  readonly asked = new Map<string, boolean>();
  private readonly names: ReadonlySet<string>;

  constructor(names: ReadonlySet<string>) {
    this.names = names;
  }

  has(key: string): boolean {
    const answer = this.names.has(key);
    this.asked.set(key, answer);
    return answer;
  }
}

function digestOf(source: ListingSource, options: object): string {
  return createHash("sha256").update(JSON.stringify(options)).update("\0").update(source.text).digest("base64url");
}

/**
 * Parses several listings so that each is read with the names the others make known: a first pass
 * collects owners and unambiguous names, a second pass splits titles from authors with that evidence.
 * With the cache of an earlier run, a listing is parsed again only if its text changed or one of the
 * names its split asked about became known or unknown; the result is the same as without the cache.
 */
export function parseListingsCached(
  sources: ListingSource[],
  options: Omit<ParseOptions, "file" | "known"> = {},
  previous?: ParseCache,
): CachedParse {
  const usable = previous?.version === CACHE_VERSION ? previous.listings : {};
  const digests = sources.map((s) => digestOf(s, options));
  const hit = sources.map((s, i) => (usable[s.file]?.digest === digests[i] ? usable[s.file] : undefined));
  const names = sources.map(
    (s, i) => hit[i]?.names ?? [...collectKnownNames([parseListing(s.text, { ...options, file: s.file }).listing])],
  );
  const known = new Set(names.flat());
  const cache: ParseCache = { version: CACHE_VERSION, listings: {} };
  const reparsed: string[] = [];
  const results = sources.map((s, i): ParseResult => {
    const cached = hit[i];
    let entry = cached?.asked.every(([key, answer]) => known.has(key) === answer) ? cached : undefined;
    if (!entry) {
      const asked = new AskedNames(known);
      const result = parseListing(s.text, { ...options, file: s.file, known: asked });
      entry = { digest: digests[i] as string, names: names[i] as string[], asked: [...asked.asked], result };
      reparsed.push(s.file);
    }
    cache.listings[s.file] = entry;
    return entry.result;
  });
  return { listings: results.map((r) => r.listing), problems: results.flatMap((r) => r.problems), cache, reparsed };
}

/** {@link parseListingsCached} with no earlier run. */
export function parseListings(sources: ListingSource[], options: Omit<ParseOptions, "file" | "known"> = {}): ParsedListings {
  const { listings, problems } = parseListingsCached(sources, options);
  return { listings, problems };
}
