import { pushTo } from "./derive.ts";
import type { PaperRecord } from "./schema.ts";

/**
 * Ranks related papers for every paper: those sharing the most authors first, then the newest in
 * the same category. Works from per-author and per-category lists built once, never by scanning
 * all papers for each paper.
 * @returns paper id → up to `limit` related paper ids
 */
export function relatedPapers(papers: Map<string, PaperRecord>, limit = 6): Map<string, string[]> {
  const byAuthor = new Map<string, string[]>();
  const byCategory = new Map<string, string[]>();
  const order = new Map<string, number>();
  for (const [id, p] of papers) {
    order.set(id, order.size);
    for (const a of [...p.authors, ...p.hiddenAuthors]) pushTo(byAuthor, a.id, id);
    pushTo(byCategory, p.category, id);
  }
  const result = new Map<string, string[]>();
  for (const [id, p] of papers) {
    const shared = new Map<string, number>();
    for (const a of [...p.authors, ...p.hiddenAuthors]) {
      for (const other of (byAuthor.get(a.id) ?? []).slice(0, 200)) {
        if (other !== id) shared.set(other, (shared.get(other) ?? 0) + 1);
      }
    }
    const ranked = topShared(shared, order, limit);
    for (const other of byCategory.get(p.category) ?? []) {
      if (ranked.length >= limit) break;
      if (other !== id && !ranked.includes(other)) ranked.push(other);
    }
    result.set(id, ranked);
  }
  return result;
}

/**
 * The `limit` papers sharing the most authors, ties by directory order (newest first): kept in a
 * short sorted list while counting, as prolific authors give hundreds of candidates per paper.
 */
function topShared(shared: Map<string, number>, order: Map<string, number>, limit: number): string[] {
  const top: Array<{ id: string; count: number; rank: number }> = [];
  for (const [id, count] of shared) {
    const rank = order.get(id) ?? 0;
    let at = top.length;
    while (at > 0) {
      const above = top[at - 1] as (typeof top)[number];
      if (above.count > count || (above.count === count && above.rank < rank)) break;
      at--;
    }
    if (at < limit) {
      top.splice(at, 0, { id, count, rank });
      if (top.length > limit) top.pop();
    }
  }
  return top.map((t) => t.id);
}
