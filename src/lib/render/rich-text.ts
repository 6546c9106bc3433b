import { renderMath } from "./math.ts";
import { parseTexText, texNodesToHtml, texNodesToText } from "./tex-text.ts";

/** A title or abstract ready for pages (HTML) and for everything else (plain text). */
export interface RichText {
  /** Escaped HTML with text-mode LaTeX converted and formulas typeset by KaTeX. */
  html: string;
  /** No markup: text-mode LaTeX converted, formulas kept as `$…$` source. */
  text: string;
  hasMath: boolean;
  /** Formulas that fell back to their source, with KaTeX's reason. */
  failures: string[];
}

interface Segment {
  math: boolean;
  display: boolean;
  value: string;
}

const OPENERS: Array<[string, string, boolean]> = [
  ["$$", "$$", true],
  ["\\[", "\\]", true],
  ["\\(", "\\)", false],
  ["$", "$", false],
];

// Where a formula can open, or a backslash escapes the next character: prose between is skipped whole.
const SPECIAL = /[$\\]/g;

/** Splits text into prose and formulas (`$…$`, `$$…$$`, `\(…\)`, `\[…\]`); `\$` stays prose. */
export function splitMath(source: string): Segment[] {
  const segments: Segment[] = [];
  let proseStart = 0;
  const special = new RegExp(SPECIAL);
  for (let match = special.exec(source); match; match = special.exec(source)) {
    const at = match.index;
    const opener = OPENERS.find(([open]) => source.startsWith(open, at));
    if (!opener) {
      // A backslash escapes the next character (\$, \%), which the prose converter handles.
      special.lastIndex = at + (source[at] === "\\" ? 2 : 1);
      continue;
    }
    const [open, close, display] = opener;
    const end = source.indexOf(close, at + open.length);
    if (end < 0 || end === at + open.length) {
      special.lastIndex = at + open.length;
      continue;
    }
    if (at > proseStart) segments.push({ math: false, display: false, value: source.slice(proseStart, at) });
    segments.push({ math: true, display, value: source.slice(at + open.length, end) });
    proseStart = end + close.length;
    special.lastIndex = proseStart;
  }
  if (proseStart < source.length) segments.push({ math: false, display: false, value: source.slice(proseStart) });
  return segments;
}

/**
 * Renders a listing's title or abstract: text-mode LaTeX to HTML, formulas with KaTeX.
 * @example renderRichText("{\\em Fast} $O(n)$ sort").text // "Fast $O(n)$ sort"
 */
export function renderRichText(source: string): RichText {
  let html = "";
  let text = "";
  const failures: string[] = [];
  let hasMath = false;
  for (const segment of splitMath(source)) {
    if (!segment.math) {
      const nodes = parseTexText(segment.value);
      html += texNodesToHtml(nodes);
      text += texNodesToText(nodes);
      continue;
    }
    const delimiter = segment.display ? "$$" : "$";
    const result = renderMath(segment.value, segment.display);
    html += result.html;
    text += `${delimiter}${segment.value}${delimiter}`;
    if (result.error) failures.push(`cannot typeset ${delimiter}${segment.value.slice(0, 60)}${delimiter}: ${result.error}`);
    else hasMath = true;
  }
  return { html, text: text.replace(/\s+/g, " ").trim(), hasMath, failures };
}

/**
 * A title or abstract as plain text, as {@link renderRichText} gives it but without typesetting:
 * cheap enough to derive where it is used instead of storing it.
 * @example plainText("{\\em Fast} $O(n)$ sort") // "Fast $O(n)$ sort"
 */
export function plainText(source: string): string {
  let text = "";
  for (const segment of splitMath(source)) {
    const delimiter = segment.display ? "$$" : "$";
    text += segment.math ? `${delimiter}${segment.value}${delimiter}` : texNodesToText(parseTexText(segment.value));
  }
  return text.replace(/\s+/g, " ").trim();
}
