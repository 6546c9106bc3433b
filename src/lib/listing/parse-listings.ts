import { nameKey } from "./names.ts";
import { type ParseOptions, type ParseResult, parseListing } from "./parse-listing.ts";
import type { Problem } from "./problems.ts";
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
 * Parses several listings so that each is read with the names the others make known: a first pass
 * collects owners and unambiguous names, a second pass splits titles from authors with that evidence.
 */
export function parseListings(sources: ListingSource[], options: Omit<ParseOptions, "file" | "known"> = {}): ParsedListings {
  const first = sources.map((s) => parseListing(s.text, { ...options, file: s.file }));
  const known = collectKnownNames(first.map((r) => r.listing));
  const second: ParseResult[] = sources.map((s) => parseListing(s.text, { ...options, file: s.file, known }));
  return {
    listings: second.map((r) => r.listing),
    problems: second.flatMap((r) => r.problems),
  };
}
