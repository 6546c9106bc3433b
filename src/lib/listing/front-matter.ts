import { parseIsoDate } from "./dates.ts";
import { type ProblemLog, quote } from "./problems.ts";
import type { Line } from "./text.ts";

/** What a listing may say about itself in its optional `---` block. */
export interface FrontMatter {
  /** ISO date the listing was copied: gives year-less dates their year. */
  captured?: string;
  /** Whose list this is, when the text does not say (feeds copied from a profile). */
  owner?: string;
  /** Where the listing was copied from. */
  source?: string;
}

const KEYS = new Set(["captured", "owner", "source"]);

/**
 * Reads the optional front matter at the top of a listing and returns it with the index of the first
 * body line. Unknown keys and bad values are reported, never guessed.
 * @example readFrontMatter(splitLines("---\ncaptured: 2026-11-22\n---\nLGMay 7"), log)
 * // { data: { captured: "2026-11-22" }, bodyStart: 3 }
 */
export function readFrontMatter(lines: Line[], log: ProblemLog): { data: FrontMatter; bodyStart: number } {
  const data: FrontMatter = {};
  const first = lines.findIndex((l) => l.text !== "");
  if (first < 0 || lines[first]?.text !== "---") return { data, bodyStart: 0 };
  const close = lines.findIndex((l, i) => i > first && l.text === "---");
  if (close < 0) {
    log.error(
      lines[first]?.number ?? 1,
      1,
      "front matter opened with --- but never closed",
      'end the block with a line holding only "---"',
    );
    return { data, bodyStart: first + 1 };
  }
  for (const line of lines.slice(first + 1, close)) {
    if (line.text === "" || line.text.startsWith("#")) continue;
    const m = /^([A-Za-z_][\w-]*) *: *(.*)$/.exec(line.text);
    const key = m?.[1]?.toLowerCase() ?? "";
    const value = (m?.[2] ?? "").replace(/^(["'])(.*)\1$/, "$2").trim();
    if (!m || !KEYS.has(key)) {
      log.warn(line.number, 1, `unknown front matter line ${quote(line.text)}`, "the keys are captured, owner and source");
    } else if (key === "captured" && !parseIsoDate(value)) {
      log.error(
        line.number,
        m[0].indexOf(m[2] ?? "") + 1,
        `captured must be a date like 2026-11-22, found ${quote(value)}`,
        "write the day the listing was copied as YYYY-MM-DD",
      );
    } else if (value !== "") {
      data[key as keyof FrontMatter] = value;
    }
  }
  return { data, bodyStart: close + 1 };
}
