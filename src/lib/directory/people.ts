import { nameKey } from "../listing/names.ts";
import type { ListingOwner, ParsedListing } from "../listing/types.ts";
import type { MergedPaper } from "./merge-papers.ts";

/** Profile metrics for a person, with where and when they were read. */
export interface ProfileMetrics extends Omit<ListingOwner, "name"> {
  /** The listing the metrics came from. */
  source: string;
  /** When that listing was captured (ISO). */
  captured: string;
}

/** One person: every spelling of a name that meets under `nameKey`. */
export interface Person {
  key: string;
  /** The form shown: the most frequent, preferring one with diacritics, then the most complete. */
  name: string;
  /** Other spellings seen. */
  aliases: string[];
  /** Keys of this person's papers (visible or hidden authorship). */
  paperKeys: string[];
  /** Listings this person owns. */
  ownedListings: string[];
  profile: ProfileMetrics | null;
}

const hasDiacritics = (s: string): boolean => /[^\u0000-\u007f]/.test(s);

/** Picks the form to show: most frequent, then with diacritics, then longest (dots kept), then code-point order. */
export function bestForm(counts: Map<string, number>): string {
  return (
    [...counts.entries()].sort(
      ([a, ca], [b, cb]) =>
        cb - ca || Number(hasDiacritics(b)) - Number(hasDiacritics(a)) || b.length - a.length || (a < b ? -1 : a > b ? 1 : 0),
    )[0]?.[0] ?? ""
  );
}

/**
 * Groups every author name (visible, hidden and listing owners) into people by `nameKey`, so
 * "Jason D Lee" and "Jason D. Lee", or "Lukasz" and "Łukasz", are one page. Profile metrics go to the
 * owner; when several profiles describe one person the latest capture wins.
 */
export function collectPeople(papers: MergedPaper[], listings: ParsedListing[]): Person[] {
  const people = new Map<string, { forms: Map<string, number>; papers: Set<string>; owned: string[]; profile: ProfileMetrics | null }>();
  const person = (name: string) => {
    const key = nameKey(name);
    let p = people.get(key);
    if (!p) {
      p = { forms: new Map(), papers: new Set(), owned: [], profile: null };
      people.set(key, p);
    }
    p.forms.set(name, (p.forms.get(name) ?? 0) + 1);
    return p;
  };
  for (const paper of papers) {
    for (const name of [...paper.authors, ...paper.hiddenAuthors]) person(name).papers.add(paper.key);
  }
  for (const listing of listings) {
    if (!listing.owner) continue;
    const p = person(listing.owner.name);
    p.owned.push(listing.file);
    const { name: _name, ...metrics } = listing.owner;
    const hasMetrics = Object.values(metrics).some((v) => v !== null);
    if (hasMetrics && (!p.profile || p.profile.captured <= listing.captured)) {
      p.profile = { ...metrics, source: listing.file, captured: listing.captured };
    }
  }
  return [...people.entries()].map(([key, p]) => {
    const name = bestForm(p.forms);
    return {
      key,
      name,
      aliases: [...p.forms.keys()].filter((f) => f !== name).sort(),
      paperKeys: [...p.papers],
      ownedListings: p.owned,
      profile: p.profile,
    };
  });
}
