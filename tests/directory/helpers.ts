import type { ListingOwner, ParsedListing, ParsedPaper } from "../../src/lib/listing/types.ts";

/** A parsed paper with defaults, for merge tests. */
export function paper(title: string, authors: string[], extra: Partial<ParsedPaper> = {}): ParsedPaper {
  return {
    line: 1,
    category: "cs.LG",
    date: "2024-01-01",
    hasCode: false,
    title,
    authors,
    authorsTruncated: false,
    orgs: [],
    abstract: "A.",
    ...extra,
  };
}

export function listing(file: string, papers: ParsedPaper[], owner: string | Partial<ListingOwner> | null = null): ParsedListing {
  const base = { category: null, hIndex: null, papers: null, citations: null, novelty: null, aiScore: null };
  const o = owner === null ? null : typeof owner === "string" ? { name: owner, ...base } : { name: "", ...base, ...owner };
  return { file, kind: "feed", owner: o, papers, captured: "2026-11-22", source: null };
}
