import type { ListingOwner } from "./profile.ts";

export type { ListingOwner };

/** One paper as a listing shows it (the `parse` command's contract). */
export interface ParsedPaper {
  /** 1-based line of the paper's header (category/date) line. */
  line: number;
  /** arXiv id ("cs.LG") for a known code; the code as written when unknown. */
  category: string;
  /** ISO date; a year-less date is placed by the capture date. */
  date: string;
  /** Whether the listing showed a "Code" badge. */
  hasCode: boolean;
  /** The title, LaTeX and all, as written. */
  title: string;
  /** The visible author names, in order. */
  authors: string[];
  /** Whether "et al." followed the names: more authors exist than are shown. */
  authorsTruncated: boolean;
  /** Lower-case organisation slugs shown after " · ". */
  orgs: string[];
  /** The abstract, verbatim (LaTeX kept). */
  abstract: string;
}

/** Which of the two copy formats a listing is in. */
export type ListingKind = "feed" | "profile";

/** A parsed listing file. */
export interface ParsedListing {
  /** The path as it was given. */
  file: string;
  kind: ListingKind;
  /** From the profile header or the front matter; null when the listing does not say. */
  owner: ListingOwner | null;
  papers: ParsedPaper[];
  /** The capture date used for year-less dates (ISO). */
  captured: string;
  /** Where the listing was copied from, if the front matter says. */
  source: string | null;
}
