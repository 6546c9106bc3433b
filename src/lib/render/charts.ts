// Small static SVG charts made at build: accessible (role="img", <title>, <desc> stating every
// number) and coloured with currentColor, so they follow the page's light or dark theme.
import { escapeHtml } from "./tex-text.ts";

/** One bar: a label and its value. */
export interface Bar {
  label: string;
  value: number;
}

export interface ChartOptions {
  /** Unique on the page; used for the title and description ids. */
  id: string;
  title: string;
  bars: Bar[];
  /** What the values count, singular ("paper"). */
  unit: string;
}

const FONT = 'font-family="system-ui, sans-serif" font-size="11"';

function describe(bars: Bar[], unit: string): string {
  return bars.map((b) => `${b.label}: ${b.value} ${b.value === 1 ? unit : `${unit}s`}`).join("; ");
}

function frame(o: ChartOptions, width: number, height: number, body: string): string {
  const id = escapeHtml(o.id);
  return `<svg xmlns="http://www.w3.org/2000/svg" role="img" viewBox="0 0 ${width} ${height}" aria-labelledby="${id}-title ${id}-desc"><title id="${id}-title">${escapeHtml(o.title)}</title><desc id="${id}-desc">${escapeHtml(describe(o.bars, o.unit))}</desc>${body}</svg>`;
}

/**
 * Vertical bars (papers per year). Labels are thinned when there are many bars.
 * @example renderBarChart({ id: "years", title: "Papers per year", unit: "paper", bars: [{ label: "2024", value: 3 }] })
 */
export function renderBarChart(o: ChartOptions): string {
  if (o.bars.length === 0) return "";
  const slot = 36;
  const width = Math.max(120, o.bars.length * slot + 20);
  const height = 150;
  const plot = 100;
  const max = Math.max(1, ...o.bars.map((b) => b.value));
  const every = Math.ceil(o.bars.length / 16);
  const body = o.bars
    .map((b, i) => {
      const h = Math.round((b.value / max) * plot);
      const x = 10 + i * slot;
      const tip = escapeHtml(`${b.label}: ${b.value}`);
      const label =
        i % every === 0
          ? `<text x="${x + slot / 2 - 2}" y="${128 + 6}" text-anchor="middle" ${FONT} fill="currentColor" opacity="0.75">${escapeHtml(b.label)}</text>`
          : "";
      return `<g><title>${tip}</title><rect x="${x + 4}" y="${10 + plot - h + 8}" width="${slot - 12}" height="${h}" fill="currentColor" rx="2"/><text x="${x + slot / 2 - 2}" y="${10 + plot - h + 4}" text-anchor="middle" ${FONT} fill="currentColor">${b.value}</text>${label}</g>`;
    })
    .join("");
  return frame(
    o,
    width,
    height,
    `<line x1="8" y1="118.5" x2="${width - 8}" y2="118.5" stroke="currentColor" stroke-opacity="0.3"/>${body}`,
  );
}

/**
 * Horizontal bars with labels on the left (categories). Long labels are cut with an ellipsis; the
 * full label stays in the bar's tooltip and in the description.
 */
export function renderHorizontalBars(o: ChartOptions): string {
  if (o.bars.length === 0) return "";
  const row = 22;
  const labelWidth = 230;
  const plot = 200;
  const width = labelWidth + plot + 40;
  const max = Math.max(1, ...o.bars.map((b) => b.value));
  const body = o.bars
    .map((b, i) => {
      const y = 6 + i * row;
      const w = Math.round((b.value / max) * plot);
      const label = b.label.length > 33 ? `${b.label.slice(0, 32)}…` : b.label;
      return `<g><title>${escapeHtml(`${b.label}: ${b.value}`)}</title><text x="${labelWidth - 8}" y="${y + 13}" text-anchor="end" ${FONT} fill="currentColor" opacity="0.8">${escapeHtml(label)}</text><rect x="${labelWidth}" y="${y + 3}" width="${w}" height="${row - 8}" fill="currentColor" rx="2"/><text x="${labelWidth + w + 5}" y="${y + 13}" ${FONT} fill="currentColor">${b.value}</text></g>`;
    })
    .join("");
  return frame(o, width, o.bars.length * row + 10, body);
}
