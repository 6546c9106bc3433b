import anyAscii from "any-ascii";
import { pushTo } from "../directory/derive.ts";
import { splitName } from "./names.ts";
import type { CitablePaper } from "./types.ts";

const STOP = new Set([
  "a",
  "an",
  "the",
  "on",
  "of",
  "for",
  "to",
  "in",
  "and",
  "towards",
  "toward",
  "with",
  "via",
  "from",
  "is",
  "are",
  "do",
  "does",
  "can",
  "how",
  "what",
  "why",
  "when",
  "by",
  "at",
]);

function ascii(text: string): string {
  return anyAscii(text)
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");
}

function baseKey(paper: Pick<CitablePaper, "authors" | "date" | "title">): string {
  const first = paper.authors[0];
  const name = first ? splitName(first) : { literal: "anon" };
  const family = ascii("family" in name ? name.family : name.literal) || "anon";
  const word = paper.title
    .replace(/\$[^$]*\$/g, " ")
    .split(/[\s:;,.!?()"“”]+/)
    .map((w) => ascii(w.replace(/-/g, "")))
    .find((w) => w.length > 0 && !STOP.has(w));
  return `${family}${paper.date.slice(0, 4)}${word ?? "paper"}`;
}

/**
 * Stable, unique BibTeX keys: first author's family name, year and first significant title word
 * (romanised with any-ascii), e.g. "yu2023skillmix". Colliding keys get "a", "b", … in id order,
 * so the keys never depend on input order.
 */
export function citationKeys(papers: Array<Pick<CitablePaper, "id" | "authors" | "date" | "title">>): Map<string, string> {
  const groups = new Map<string, string[]>();
  for (const p of papers) {
    const key = baseKey(p);
    pushTo(groups, key, p.id);
  }
  const keys = new Map<string, string>();
  for (const [key, ids] of groups) {
    ids.sort();
    for (const [i, id] of ids.entries())
      keys.set(id, ids.length === 1 ? key : `${key}${String.fromCharCode(97 + (i % 26))}${i >= 26 ? Math.floor(i / 26) : ""}`);
  }
  return keys;
}
