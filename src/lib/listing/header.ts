import { type LooseDate, monthNumber } from "./dates.ts";

/** The first line of a paper: category code, date and the optional "Code" badge, glued together. */
export interface PaperHeader {
  /** The category code as written, e.g. "LG", "cs.LG" or "quant-ph". */
  code: string;
  date: LooseDate;
  /** Whether the line ended in "Code": the paper has a code link. */
  hasCode: boolean;
}

// Category (letters, dots, hyphens), month name, day, optional year, optional "Code", with or without
// spaces between them: "LGMay 7, 2024Code", "AIJun 3", "cs.LG Sep 1 2024". Bounded quantifiers only.
const HEADER =
  /^([A-Za-z][A-Za-z.-]{0,23}?) ?(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.? ?(\d{1,2})(?:(?:, ?| )(\d{4}))? ?(Code)?$/;
// A line that starts like a header but whose date did not read: "LGMay 77, 2024", "CLDec, 2025".
const DATED_LIKE = /^[A-Za-z][A-Za-z.-]{0,15}?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?(?:[ ,\d]|Code$|$)/;
// A category code with no date at all: "LG", "LGCode".
const BARE_LIKE = /^[A-Z]{2,6}(?:Code)?$/;

/**
 * Tells whether a line that is not a valid header was probably meant as one, so that it is reported as a
 * bad header: "dated" when it has a month name, "bare" when it is only a category code.
 */
export function looksLikeHeader(text: string): "dated" | "bare" | undefined {
  if (text.length > 48) return undefined;
  if (DATED_LIKE.test(text)) return "dated";
  return BARE_LIKE.test(text) ? "bare" : undefined;
}

/**
 * Reads a paper header line, or returns undefined when the line is not one.
 * @example parseHeader("LGMay 7, 2024Code") // { code: "LG", date: { month: 5, day: 7, year: 2024 }, hasCode: true }
 */
export function parseHeader(text: string): PaperHeader | undefined {
  if (text.length > 48) return undefined;
  const m = HEADER.exec(text);
  if (!m) return undefined;
  const month = monthNumber(m[2] ?? "");
  if (month === undefined) return undefined;
  const date: LooseDate = { month, day: Number(m[3]) };
  if (m[4] !== undefined) date.year = Number(m[4]);
  return { code: m[1] ?? "", date, hasCode: m[5] !== undefined };
}
