import { isoDate, parseIsoDate } from "./dates.ts";
import { readFrontMatter } from "./front-matter.ts";
import { nameKey } from "./names.ts";
import { readPaper } from "./paper.ts";
import { type Problem, ProblemLog } from "./problems.ts";
import { type ListingOwner, readProfileHeader } from "./profile.ts";
import { segment } from "./segment.ts";
import type { KnownNames } from "./split-title.ts";
import { type Line, looksBinary, splitLines } from "./text.ts";
import type { ParsedListing, ParsedPaper } from "./types.ts";

const NO_NAMES: KnownNames = { has: () => false };

/** How to read one listing. */
export interface ParseOptions {
  /** The path to name in problems and in the result. */
  file: string;
  /** Capture date (ISO) when the front matter gives none. */
  captured?: string;
  /** Today's date (ISO), the last resort for year-less dates; defaults to the clock. */
  today?: string;
  /** Names known from other listings, as evidence for title/author splits. */
  known?: KnownNames;
}

/** A listing and the problems found while reading it. */
export interface ParseResult {
  listing: ParsedListing;
  problems: Problem[];
}

/**
 * Parses one listing in either dialect. Never throws on bad input: every non-blank line ends up in a
 * paper or in a problem.
 * @example parseListing("LGMay 7, 2024\nTitleAnn Lee\nAbstract.", { file: "a.txt" }).listing.papers[0].authors // ["Ann Lee"]
 */
export function parseListing(text: string, options: ParseOptions): ParseResult {
  const log = new ProblemLog(options.file);
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const empty: ParsedListing = { file: options.file, kind: "feed", owner: null, papers: [], captured: today, source: null };
  if (looksBinary(text)) {
    log.error(0, 1, "this file is not a text listing (it holds binary data)", "listings are plain UTF-8 text copied from a paper list");
    return { listing: empty, problems: log.problems };
  }
  const lines = splitLines(text);
  const { data: front, bodyStart } = readFrontMatter(lines, log);
  const { preamble, blocks } = segment(lines.slice(bodyStart));
  if (blocks.length === 0 && preamble.length === 0) {
    log.error(0, 1, "this listing is empty", "paste a paper list: a category/date line, a title/authors line and an abstract per paper");
    return { listing: { ...empty, captured: front.captured ?? empty.captured }, problems: log.problems };
  }
  const profile = preamble.length > 0 ? readProfileHeader(preamble, log) : undefined;
  if (preamble.length > 0 && !profile) reportStray(preamble, log, blocks.length === 0);
  if (profile && blocks.length === 0) {
    log.error(
      preamble[0]?.number ?? 1,
      1,
      `the profile of ${profile.owner.name} lists no papers`,
      "copy the paper list below the profile header too: a category/date line, title, authors and abstract per paper",
    );
  }
  const owner = chooseOwner(profile?.owner, front.owner, log, preamble[0]);

  const captured = front.captured ?? options.captured;
  const capture = parseIsoDate(captured ?? today) ?? parseIsoDate(today);
  let yearlessReported = captured !== undefined;
  const base = options.known ?? NO_NAMES;
  const ownerKey = owner ? nameKey(owner.name) : undefined;
  const known: KnownNames = ownerKey ? { has: (key) => key === ownerKey || base.has(key) } : base;
  const papers: ParsedPaper[] = [];
  for (const block of blocks) {
    const paper = readPaper(block, {
      log,
      captured: capture ?? { year: 1970, month: 1, day: 1 },
      known,
      onYearless: (line) => {
        if (yearlessReported) return;
        yearlessReported = true;
        log.warn(
          line.number,
          1,
          `a date without a year, and no capture date: assumed the year of today (${today})`,
          'add "captured: YYYY-MM-DD" to the front matter, or pass --captured',
        );
      },
    });
    if (paper) papers.push(paper);
  }
  if (profile?.listed !== undefined && profile.listed !== papers.length) {
    log.warn(
      preamble[0]?.number ?? 1,
      1,
      `the profile says ${profile.listed} papers are listed, but ${papers.length} were read`,
      "a partial copy loses papers; copy the whole list again if some are missing",
    );
  }
  const listing: ParsedListing = {
    file: options.file,
    kind: profile ? "profile" : "feed",
    owner,
    papers,
    captured: capture ? isoDate(capture.year, capture.month, capture.day) : today,
    source: front.source ?? null,
  };
  return { listing, problems: log.problems.sort((a, b) => a.line - b.line || a.column - b.column) };
}

function chooseOwner(
  fromProfile: ListingOwner | undefined,
  fromFront: string | undefined,
  log: ProblemLog,
  at: Line | undefined,
): ListingOwner | null {
  if (fromProfile && fromFront && nameKey(fromFront) !== nameKey(fromProfile.name)) {
    log.warn(
      at?.number ?? 1,
      1,
      `the front matter names the owner ${fromFront}, the profile header ${fromProfile.name}; using the front matter`,
      "make the two agree",
    );
    return { ...fromProfile, name: fromFront };
  }
  if (fromProfile) return fromProfile;
  if (!fromFront) return null;
  return { name: fromFront, category: null, hIndex: null, papers: null, citations: null, novelty: null, aiScore: null };
}

function reportStray(lines: Line[], log: ProblemLog, nothingElse: boolean): void {
  const first = lines[0];
  if (!first) return;
  const what = nothingElse
    ? 'no paper header (category and date, like "LGMay 7, 2024") was found in this file'
    : `${lines.length} line(s) before the first paper belong to no paper`;
  log.error(
    first.number,
    1,
    `${what}; starting with ${JSON.stringify(first.text.slice(0, 60))}`,
    "a listing starts with a paper header, or with a profile header (the author's name, then category and metrics)",
  );
}
