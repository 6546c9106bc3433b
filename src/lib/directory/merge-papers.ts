import { nameKey } from "../listing/names.ts";
import type { Problem } from "../listing/problems.ts";
import type { ParsedListing, ParsedPaper } from "../listing/types.ts";
import { pushTo } from "./derive.ts";
import { titleKey } from "./keys.ts";

/** Where a copy of a paper was read. */
export interface SourceRef {
  file: string;
  line: number;
}

/** One paper, merged from every listing that shows it. */
export interface MergedPaper {
  /** `titleKey` of the title: the paper's identity. */
  key: string;
  title: string;
  category: string;
  date: string;
  hasCode: boolean;
  /** The visible authors of the fullest consistent copy, in order. */
  authors: string[];
  authorsTruncated: boolean;
  /** Owners of listings that hold the paper but are not among the visible authors (hidden in "et al."). */
  hiddenAuthors: string[];
  orgs: string[];
  abstract: string;
  /** Every copy, in listing order. */
  sources: SourceRef[];
}

function isPrefix(short: string[], long: string[]): boolean {
  return short.length <= long.length && short.every((name, i) => nameKey(name) === nameKey(long[i] ?? ""));
}

function conflict(later: SourceRef, first: SourceRef, what: string, hint: string): Problem {
  return {
    file: later.file,
    line: later.line,
    column: 1,
    severity: "warning",
    message: `${what} (first copy at ${first.file}:${first.line}; the first copy is kept)`,
    hint,
  };
}

function newPaper(key: string, paper: ParsedPaper, at: SourceRef): MergedPaper {
  const { title, category, date, hasCode, authorsTruncated, abstract } = paper;
  return {
    key,
    title,
    category,
    date,
    hasCode,
    authors: [...paper.authors],
    authorsTruncated,
    hiddenAuthors: [],
    orgs: [...paper.orgs],
    abstract,
    sources: [at],
  };
}

function addCopy(merged: MergedPaper, paper: ParsedPaper, at: SourceRef, problems: Problem[]): void {
  const first = merged.sources[0] ?? at;
  merged.sources.push(at);
  merged.hasCode ||= paper.hasCode;
  for (const org of paper.orgs) if (!merged.orgs.includes(org)) merged.orgs.push(org);
  if (!merged.abstract && paper.abstract) merged.abstract = paper.abstract;
  if (paper.date !== merged.date) {
    problems.push(
      conflict(
        at,
        first,
        `${JSON.stringify(merged.title)} is dated ${paper.date} here but ${merged.date} elsewhere`,
        "correct the date in one of the listings",
      ),
    );
  }
  if (paper.category !== merged.category) {
    problems.push(
      conflict(
        at,
        first,
        `${JSON.stringify(merged.title)} is in ${paper.category} here but ${merged.category} elsewhere`,
        "correct the category in one of the listings",
      ),
    );
  }
  if (isPrefix(merged.authors, paper.authors)) {
    // A fuller copy of the same list: keep the longer one, and know it is complete if this copy says so.
    const fuller = paper.authors.length > merged.authors.length || (merged.authorsTruncated && !paper.authorsTruncated);
    if (fuller) {
      merged.authors = paper.authors;
      merged.authorsTruncated = paper.authorsTruncated;
    }
  } else if (!isPrefix(paper.authors, merged.authors)) {
    problems.push(
      conflict(
        at,
        first,
        `the authors of ${JSON.stringify(merged.title)} disagree: ${paper.authors.join(", ")} here, ${merged.authors.join(", ")} elsewhere`,
        "check the author list against the source page",
      ),
    );
  }
}

/**
 * Merges the papers of all listings into one paper per `titleKey`. Listings are taken in the order
 * given (sort them by path for order-independent results); on a conflict of date, category or authors
 * the first copy wins and a warning names both places. Author lists that are prefixes of one another
 * (one truncated with "et al.") merge to the longest; orgs are united; Code is kept if any copy has it;
 * a listing's owner missing from the visible names is recorded as a hidden author.
 */
export function mergePapers(listings: ParsedListing[]): { papers: MergedPaper[]; problems: Problem[] } {
  const byKey = new Map<string, MergedPaper>();
  const problems: Problem[] = [];
  const owners = new Map<string, string[]>();
  for (const listing of listings) {
    for (const paper of listing.papers) {
      const key = titleKey(paper.title);
      const at = { file: listing.file, line: paper.line };
      const merged = byKey.get(key);
      if (merged) addCopy(merged, paper, at, problems);
      else byKey.set(key, newPaper(key, paper, at));
      if (listing.owner) pushTo(owners, key, listing.owner.name);
    }
  }
  for (const [key, names] of owners) {
    const paper = byKey.get(key);
    if (!paper) continue;
    const seen = new Set(paper.authors.map(nameKey));
    for (const name of names) {
      if (seen.has(nameKey(name))) continue;
      seen.add(nameKey(name));
      paper.hiddenAuthors.push(name);
      if (!paper.authorsTruncated) {
        const at = paper.sources[0] ?? { file: "", line: 0 };
        problems.push({
          file: at.file,
          line: at.line,
          column: 1,
          severity: "warning",
          message: `${JSON.stringify(paper.title)} is in ${name}'s listing, but ${name} is not among its complete author list`,
          hint: "check that the paper belongs in this listing, or that its author list is complete",
        });
      }
    }
  }
  return { papers: [...byKey.values()], problems };
}
