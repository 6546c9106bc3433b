// Shared pieces of the build-time SVG charts: options, escaping, numbers, units, links and the
// accessible <svg> frame. Colours come from the page's custom properties (with currentColor as the
// fallback), so the charts follow its light or dark theme.
import { escapeHtml } from "./tex-text.ts";

/** One bar (or co-author): a label, its value and, optionally, a page to link to. */
export interface ChartItem {
  label: string;
  value: number;
  href?: string;
}

/** What every bar chart takes. */
export interface ChartOptions {
  /** Unique on the page; the title and description get the ids `{id}-title` and `{id}-desc`. */
  id: string;
  title: string;
  /** A sentence before the numbers in the chart's <desc>; the numbers themselves are added. */
  description?: string;
  bars: ChartItem[];
  /** What the values count, singular or plural ("paper" or "papers"); none leaves bare numbers. */
  unit?: string;
}

/** Fill and stroke styles: the site's custom properties, currentColor where they are missing. */
export const STYLE = {
  bar: 'fill="currentColor" style="fill: var(--accent, currentColor)"',
  value: 'fill="currentColor" style="fill: var(--text, currentColor)"',
  label: 'fill="currentColor" style="fill: var(--muted, currentColor)"',
  rule: 'stroke="currentColor" style="stroke: var(--line, currentColor)"',
  edge: 'stroke="currentColor" style="stroke: var(--accent, currentColor)"',
  /** Text with a halo in the page's background colour, readable over lines passing under it. */
  haloed:
    'fill="currentColor" stroke="white" stroke-width="3" stroke-linejoin="round" paint-order="stroke" ' +
    'style="fill: var(--text, currentColor); stroke: var(--bg, white)"',
} as const;

// Characters XML 1.0 forbids even when escaped: C0 controls other than tab and line breaks,
// lone surrogates and U+FFFE/U+FFFF.
const NOT_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Escapes text for SVG content and attribute values, dropping characters XML cannot hold.
 * @example escapeXml(`<b a="1">'&'</b>`) // "&lt;b a=&quot;1&quot;&gt;&#39;&amp;&#39;&lt;/b&gt;"
 */
export function escapeXml(text: string): string {
  return escapeHtml(text.replace(NOT_XML, ""));
}

/**
 * Rounds a coordinate to two decimals for short, stable output.
 * @example formatCoordinate(1 / 3) // "0.33"
 */
export function formatCoordinate(n: number): string {
  const rounded = Math.round(n * 100) / 100;
  return String(rounded === 0 ? 0 : rounded);
}

/**
 * Reads a value as a drawable count: negative, infinite and NaN values become 0.
 * @example cleanValue(Number.NaN) // 0
 */
export function cleanValue(value: number): number {
  return Number.isFinite(value) && value > 0 ? value : 0;
}

/**
 * States a value with its unit, singular for exactly one.
 * @example countWithUnit(1, "papers") // "1 paper"
 */
export function countWithUnit(value: number, unit = ""): string {
  const count = cleanValue(value).toLocaleString("en-US");
  if (unit === "") return count;
  const plural = unit.endsWith("s") ? unit : `${unit}s`;
  return `${count} ${value === 1 ? plural.slice(0, -1) : plural}`;
}

/**
 * Cuts text to at most `max` characters, ending a cut one with an ellipsis.
 * @example truncateLabel("Computer Vision and Pattern Recognition", 12) // "Computer Vi…"
 */
export function truncateLabel(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max
    ? text
    : `${chars
        .slice(0, max - 1)
        .join("")
        .trimEnd()}…`;
}

/**
 * Keeps a link target if it is relative or http(s)/mailto; others (javascript:, data:) give undefined.
 * @example linkTarget("javascript:alert(1)") // undefined
 */
export function linkTarget(href: string | undefined): string | undefined {
  if (href === undefined) return undefined;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(href.replace(/[\u0000-\u0020\u007F]/g, ""));
  return scheme === null || /^(https?|mailto)$/i.test(scheme[1] ?? "") ? href : undefined;
}

/**
 * Wraps an item's marks in a <g>, or an <a> when it links somewhere; the <title> comes first and
 * is its tooltip (and the link's name).
 * @example wrapItem("2024: 3", "/years/2024/", "<rect/>") // '<a href="/years/2024/"><title>2024: 3</title><rect/></a>'
 */
export function wrapItem(tooltip: string, href: string | undefined, body: string): string {
  const target = linkTarget(href);
  const inner = `<title>${escapeXml(tooltip)}</title>${body}`;
  return target === undefined ? `<g>${inner}</g>` : `<a href="${escapeXml(target)}">${inner}</a>`;
}

/**
 * Joins a description and the stated numbers into the text of the chart's <desc>.
 * @example describeChart("Papers per year.", ["2019: 3 papers", "2020: 1 paper"]) // "Papers per year. 2019: 3 papers; 2020: 1 paper"
 */
export function describeChart(description: string | undefined, items: string[]): string {
  const lead = (description ?? "").trim();
  const numbers = items.join("; ");
  if (lead === "" || numbers === "") return lead + numbers;
  return `${lead}${/[.!?:;]$/.test(lead) ? "" : "."} ${numbers}`;
}

/** The frame of a chart: its size, ids, title, description and marks. */
export interface FrameParts {
  id: string;
  title: string;
  desc: string;
  width: number;
  height: number;
  body: string;
}

/**
 * Wraps marks in an accessible <svg>: role="img", labelled by its <title> and <desc>.
 * @example renderFrame({ id: "c", title: "T", desc: "D", width: 100, height: 50, body: "" })
 */
export function renderFrame(parts: FrameParts): string {
  const id = escapeXml(parts.id.trim().replace(/\s+/g, "-"));
  const size = `viewBox="0 0 ${parts.width} ${parts.height}" width="100%" style="max-width: ${parts.width}px"`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="${id}-title ${id}-desc" ${size} ` +
    `font-family="system-ui, sans-serif" font-size="12"><title id="${id}-title">${escapeXml(parts.title)}</title>` +
    `<desc id="${id}-desc">${escapeXml(parts.desc)}</desc>${parts.body}</svg>`
  );
}
