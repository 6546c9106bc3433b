// Vertical and horizontal bar charts, drawn at build as SVG strings.
import {
  type ChartItem,
  type ChartOptions,
  formatCoordinate as c,
  cleanValue,
  countWithUnit,
  describeChart,
  escapeXml,
  renderFrame,
  STYLE,
  truncateLabel,
  wrapItem,
} from "./charts-svg.ts";

/** Rough width of one character of 12px system-ui, for spacing labels without measuring them. */
const CHAR_WIDTH = 7;

function describeBars(o: ChartOptions): string {
  return describeChart(
    o.description,
    o.bars.map((b) => `${b.label}: ${countWithUnit(b.value, o.unit)}`),
  );
}

function largestValue(bars: ChartItem[]): number {
  return Math.max(0, ...bars.map((b) => cleanValue(b.value)));
}

/** How often to print a label so that labels `chars` long do not overlap in slots `slot` wide. */
function labelStep(chars: number, slot: number): number {
  return Math.max(1, Math.ceil((chars * CHAR_WIDTH + 4) / slot));
}

/** The widest label, in characters. */
function longest(labels: string[]): number {
  return Math.max(0, ...labels.map((l) => Array.from(l).length));
}

/**
 * Draws vertical bars (papers per year) scaled to the largest value, with values above and labels
 * below; when bars are many, only every n-th label and value is printed so none overlap (the
 * tooltips and description keep them all). No bars give an empty string.
 * @example renderBarChart({ id: "years", title: "Papers per year", unit: "papers", bars: [{ label: "2024", value: 3 }] })
 */
export function renderBarChart(o: ChartOptions): string {
  if (o.bars.length === 0) return "";
  const width = 480;
  const [top, plot] = [18, 100];
  const base = top + plot;
  const labels = o.bars.map((b) => truncateLabel(b.label, 12));
  const values = o.bars.map((b) => cleanValue(b.value).toLocaleString("en-US"));
  // Room at the sides so that the first label, centred under a narrow bar, is not cut off.
  const n = o.bars.length;
  const pad = n === 1 ? 10 : Math.max(10, ((longest(labels) * CHAR_WIDTH) / 2 + 2 - width / (2 * n)) / (1 - 1 / n));
  const slot = (width - 2 * pad) / o.bars.length;
  const barWidth = Math.min(28, Math.max(2, slot * 0.6));
  const max = largestValue(o.bars);
  const labelEvery = labelStep(longest(labels), slot);
  const valueEvery = labelStep(longest(values), slot);
  const body = o.bars.map((b, i) => {
    const h = max === 0 ? 0 : (cleanValue(b.value) / max) * plot;
    const mid = pad + (i + 0.5) * slot;
    const bar = `<rect x="${c(mid - barWidth / 2)}" y="${c(base - h)}" width="${c(barWidth)}" height="${c(h)}" ${STYLE.bar}/>`;
    const value =
      i % valueEvery === 0 ? `<text x="${c(mid)}" y="${c(base - h - 4)}" text-anchor="middle" ${STYLE.value}>${values[i]}</text>` : "";
    const label =
      i % labelEvery === 0
        ? `<text x="${c(mid)}" y="${base + 15}" text-anchor="middle" ${STYLE.label}>${escapeXml(labels[i] ?? "")}</text>`
        : "";
    return wrapItem(`${b.label}: ${values[i]}`, b.href, bar + value + label);
  });
  const rule = `<line x1="${c(pad)}" y1="${base + 0.5}" x2="${c(width - pad)}" y2="${base + 0.5}" ${STYLE.rule}/>`;
  return renderFrame({ id: o.id, title: o.title, desc: describeBars(o), width, height: base + 22, body: rule + body.join("") });
}

/**
 * Draws horizontal bars (categories) with labels at the left, cut with an ellipsis past 33
 * characters (the tooltip and description keep them whole), and values at the bars' ends.
 * No bars give an empty string.
 * @example renderHorizontalBars({ id: "cats", title: "Categories", unit: "papers", bars: [{ label: "Machine Learning (cs.LG)", value: 7 }] })
 */
export function renderHorizontalBars(o: ChartOptions): string {
  if (o.bars.length === 0) return "";
  const [width, labelWidth, plot, row, thickness] = [480, 230, 200, 22, 12];
  const max = largestValue(o.bars);
  const body = o.bars.map((b, i) => {
    const w = max === 0 ? 0 : (cleanValue(b.value) / max) * plot;
    const y = 4 + i * row;
    const text = y + row / 2 + 4;
    const value = cleanValue(b.value).toLocaleString("en-US");
    return wrapItem(
      `${b.label}: ${value}`,
      b.href,
      `<text x="${labelWidth - 8}" y="${text}" text-anchor="end" ${STYLE.label}>${escapeXml(truncateLabel(b.label, 33))}</text>` +
        `<rect x="${labelWidth}" y="${y + (row - thickness) / 2}" width="${c(w)}" height="${thickness}" ${STYLE.bar}/>` +
        `<text x="${c(labelWidth + w + 6)}" y="${text}" ${STYLE.value}>${value}</text>`,
    );
  });
  const rule = `<line x1="${labelWidth - 0.5}" y1="2" x2="${labelWidth - 0.5}" y2="${o.bars.length * row + 6}" ${STYLE.rule}/>`;
  return renderFrame({
    id: o.id,
    title: o.title,
    desc: describeBars(o),
    width,
    height: o.bars.length * row + 8,
    body: rule + body.join(""),
  });
}
