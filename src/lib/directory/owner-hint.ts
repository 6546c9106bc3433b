import { nameKey } from "../listing/names.ts";
import type { Problem } from "../listing/problems.ts";
import type { ParsedListing } from "../listing/types.ts";

/**
 * For feeds without an owner, suggests one when a single name appears in most papers: a hint to add
 * `owner:` to the front matter. Never attributes anything by itself.
 */
export function suggestOwners(listings: ParsedListing[]): Problem[] {
  const problems: Problem[] = [];
  for (const listing of listings) {
    if (listing.owner || listing.papers.length < 3) continue;
    const counts = new Map<string, { name: string; count: number }>();
    for (const paper of listing.papers) {
      for (const name of new Set(paper.authors)) {
        const key = nameKey(name);
        const entry = counts.get(key) ?? { name, count: 0 };
        entry.count += 1;
        counts.set(key, entry);
      }
    }
    const top = [...counts.values()].sort((a, b) => b.count - a.count || (a.name < b.name ? -1 : 1))[0];
    if (top && top.count * 2 > listing.papers.length) {
      problems.push({
        file: listing.file,
        line: 1,
        column: 1,
        severity: "warning",
        message: `${top.name} is an author of ${top.count} of the ${listing.papers.length} papers in this feed, which names no owner`,
        hint: `if this is ${top.name}'s list, add "owner: ${top.name}" to the front matter so papers where the name is hidden in "et al." are attributed too`,
      });
    }
  }
  return problems;
}
