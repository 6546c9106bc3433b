import { cmp, pushTo } from "./derive.ts";
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
    const ranked = [...shared.entries()]
      .sort(([a, ca], [b, cb]) => cb - ca || (order.get(a) ?? 0) - (order.get(b) ?? 0) || cmp(a, b))
      .map(([other]) => other)
      .slice(0, limit);
    for (const other of byCategory.get(p.category) ?? []) {
      if (ranked.length >= limit) break;
      if (other !== id && !ranked.includes(other)) ranked.push(other);
    }
    result.set(id, ranked);
  }
  return result;
}
