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

/** Splits text into prose and formulas (`$…$`, `$$…$$`, `\(…\)`, `\[…\]`); `\$` stays prose. */
export function splitMath(source: string): Segment[] {
  const segments: Segment[] = [];
  let prose = "";
  let at = 0;
  while (at < source.length) {
    const opener = OPENERS.find(([open]) => source.startsWith(open, at));
    if (!opener) {
      // A backslash escapes the next character (\$, \%), which the prose converter handles.
      const step = source[at] === "\\" ? 2 : 1;
      prose += source.slice(at, at + step);
      at += step;
      continue;
    }
    const [open, close, display] = opener;
    const end = source.indexOf(close, at + open.length);
    if (end < 0 || end === at + open.length) {
      prose += open;
      at += open.length;
      continue;
    }
    if (prose) segments.push({ math: false, display: false, value: prose });
    prose = "";
    segments.push({ math: true, display, value: source.slice(at + open.length, end) });
    at = end + close.length;
  }
  if (prose) segments.push({ math: false, display: false, value: prose });
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
