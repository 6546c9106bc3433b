import katex from "katex";
import { escapeHtml } from "./tex-text.ts";

/** The outcome of typesetting one formula: KaTeX's HTML+MathML, or the escaped source and why. */
export interface MathResult {
  html: string;
  error?: string;
}

// Hostile input is bounded: no \href/\url/\includegraphics (trust: false), sizes capped, macro
// expansion limited, and a formula longer than this is shown as source rather than typeset.
const MAX_FORMULA = 2000;
const OPTIONS = { throwOnError: true, trust: false, strict: "ignore", maxSize: 20, maxExpand: 500, output: "htmlAndMathml" } as const;
const cache = new Map<string, MathResult>();
const CACHE_LIMIT = 20_000;

/**
 * Typesets TeX with KaTeX at build time. A formula KaTeX cannot parse falls back to its source text,
 * escaped and marked, with KaTeX's message as `error`; it never throws.
 * @example renderMath("x^2", false).html // '<span class="katex">…</span>'
 */
export function renderMath(tex: string, display: boolean): MathResult {
  const key = `${display ? "D" : "I"}${tex}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const delimiter = display ? "$$" : "$";
  const fallback = (error: string): MathResult => ({
    html: `<code class="tex-source">${escapeHtml(`${delimiter}${tex}${delimiter}`)}</code>`,
    error,
  });
  let result: MathResult;
  if (tex.length > MAX_FORMULA) {
    result = fallback(`the formula is longer than ${MAX_FORMULA} characters`);
  } else {
    try {
      result = { html: katex.renderToString(tex, { ...OPTIONS, displayMode: display }) };
    } catch (error) {
      result = fallback(error instanceof Error ? error.message.replace(/^KaTeX parse error: /, "") : String(error));
    }
  }
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, result);
  return result;
}
