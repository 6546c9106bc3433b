import { isAuthorLine, splitAuthorTail, splitNames } from "./author-line.ts";
import { resolveCategory } from "./categories.ts";
import { isoDate, isRealDate, type LooseDate, resolveYear } from "./dates.ts";
import { type ProblemLog, quote } from "./problems.ts";
import type { Block } from "./segment.ts";
import { type KnownNames, splitTitleAuthors } from "./split-title.ts";
import { type Line, squeeze } from "./text.ts";
import type { ParsedPaper } from "./types.ts";

/** What reading one block needs besides the block. */
export interface PaperContext {
  log: ProblemLog;
  captured: Required<LooseDate>;
  known: KnownNames;
  /** Called when a year-less date had to be placed, so a missing capture date is reported once. */
  onYearless: (line: Line) => void;
}

const EXPECTED =
  'a category/date line ("LGMay 7, 2024Code"), then "TitleAuthor One, Author Two et al. · org" (or the title and the authors on lines of their own), then the abstract';

function lineRange(block: Block): string {
  const last = block.lines.at(-1)?.number ?? block.headerLine.number;
  return last === block.headerLine.number ? `line ${last}` : `lines ${block.headerLine.number}-${last}`;
}

/**
 * Reads one paper block, or returns undefined after reporting why it cannot be read (the block is then
 * skipped, never silently). Problems that leave the paper usable are reported and the paper kept.
 */
export function readPaper(block: Block, ctx: PaperContext): ParsedPaper | undefined {
  const { log } = ctx;
  const head = block.headerLine;
  if (!block.header) {
    log.error(
      head.number,
      1,
      `cannot read the category and date in ${quote(head.text)}; the paper on ${lineRange(block)} is skipped`,
      `write the header as a category code glued to a date, e.g. "LGMay 7, 2024" or "AIJun 3Code"`,
    );
    return undefined;
  }
  const { code, date, hasCode } = block.header;
  if (date.year === undefined) ctx.onYearless(head);
  const year = resolveYear(date, ctx.captured);
  if (!isRealDate(year, date.month, date.day)) {
    log.error(
      head.number,
      code.length + 1,
      `${quote(head.text)} is not a real date; the paper on ${lineRange(block)} is skipped`,
      "check the day and month against the source page",
    );
    return undefined;
  }
  const category = resolveCategory(code)?.id ?? code;
  if (category === code && !resolveCategory(code)) {
    log.warn(
      head.number,
      1,
      `unknown category code ${quote(code)}; it is kept as written`,
      "use an arXiv subject class such as LG, CL, AI, ML or math.OC",
    );
  }
  const [first, second, ...extra] = block.lines;
  if (!first) {
    log.error(
      head.number,
      head.text.length + 1,
      `the listing ends after the header ${quote(head.text)}; the paper has no title, authors or abstract and is skipped`,
      EXPECTED,
    );
    return undefined;
  }
  // A profile-style block: title, authors, abstract on separate lines. A feed's abstract is never a
  // short list of names, but a one-name line is only taken as authors when an abstract follows it.
  const separate = second !== undefined && isAuthorLine(second.text) && (extra.length > 0 || /,| et al\.?$|·/.test(second.text));
  const byline = separate ? readSeparate(first, second) : readGlued(first, ctx);
  if (!byline) return undefined;
  const rest = separate ? extra : [second, ...extra].filter((l) => l !== undefined);
  const [abstractLine, ...overflow] = rest;
  if (!abstractLine) {
    log.error(
      first.number,
      1,
      `the paper ${quote(byline.title)} has no abstract line`,
      "put the abstract on the line after the authors; a listing copied in part may have lost it",
    );
  }
  if (overflow.length > 0) {
    log.warn(
      overflow[0]?.number ?? head.number,
      1,
      `${overflow.length} more line(s) after the abstract of ${quote(byline.title)} were joined to it`,
      "an abstract is one line; if a paper header is missing here, restore it",
    );
  }
  return {
    line: head.number,
    category,
    date: isoDate(year, date.month, date.day),
    hasCode,
    title: byline.title,
    authors: byline.authors,
    authorsTruncated: byline.truncated,
    orgs: byline.orgs,
    abstract: [abstractLine, ...overflow]
      .filter((l) => l !== undefined)
      .map((l) => l.text)
      .join("\n"),
  };
}

interface Byline {
  title: string;
  authors: string[];
  truncated: boolean;
  orgs: string[];
}

function readSeparate(titleLine: Line, authorLine: Line): Byline {
  const tail = splitAuthorTail(authorLine.text);
  return { title: squeeze(titleLine.text), authors: splitNames(tail.rest), truncated: tail.truncated, orgs: tail.orgs };
}

function readGlued(line: Line, ctx: PaperContext): Byline | undefined {
  const tail = splitAuthorTail(line.text);
  const { best, rival } = splitTitleAuthors(tail.rest, tail.truncated, ctx.known);
  if (!best) {
    ctx.log.error(
      line.number,
      1,
      `cannot find the author list after the title in ${quote(line.text)}; expected "Name, Name et al."`,
      "put the authors on their own line to disambiguate (title line, authors line, abstract line)",
    );
    return undefined;
  }
  if (rival) {
    ctx.log.warn(
      line.number,
      best.title.length + 1,
      `the title/author split is ambiguous: chose ${quote(best.title, 60)} by ${best.authors.join(", ")}; also plausible: ${quote(rival.title, 60)} by ${rival.authors.join(", ")}`,
      "put the authors on their own line, or add the owner to the front matter so the name is known",
    );
  }
  return { title: best.title, authors: best.authors, truncated: tail.truncated, orgs: tail.orgs };
}
