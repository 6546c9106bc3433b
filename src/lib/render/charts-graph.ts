// A small static co-author graph: the author in the middle, co-authors on a circle around them.
import {
  type ChartItem,
  formatCoordinate as c,
  cleanValue,
  countWithUnit,
  describeChart,
  escapeXml,
  linkTarget,
  renderFrame,
  STYLE,
  truncateLabel,
  wrapItem,
} from "./charts-svg.ts";

/** What the co-author graph takes. */
export interface CoauthorGraphOptions {
  /** Unique on the page; the title and description get the ids `{id}-title` and `{id}-desc`. */
  id: string;
  title: string;
  /** A sentence before the shared-paper counts in the graph's <desc>. */
  description?: string;
  /** The author in the middle. */
  center: { label: string; href?: string };
  /** Co-authors, each with the number of papers shared with the author; best kept to about 12. */
  nodes: ChartItem[];
}

const [WIDTH, HEIGHT, RADIUS] = [560, 290, 105];
const [CX, CY] = [WIDTH / 2, HEIGHT / 2];
const UNIT = "shared papers";

function renderNode(node: ChartItem, index: number, count: number, max: number): string {
  const angle = -Math.PI / 2 + (2 * Math.PI * index) / count;
  const [cos, sin] = [Math.cos(angle), Math.sin(angle)];
  const [x, y] = [CX + RADIUS * cos, CY + RADIUS * sin];
  const value = cleanValue(node.value);
  const edge = 1 + (max === 0 ? 0 : (4 * value) / max);
  const anchor = cos > 0.2 ? "start" : cos < -0.2 ? "end" : "middle";
  const [lx, ly] = [CX + (RADIUS + 10) * cos, CY + (RADIUS + 10) * sin + 4 + 6 * sin];
  const text = `${truncateLabel(node.label, 20)} (${value.toLocaleString("en-US")})`;
  return wrapItem(
    `${node.label}: ${countWithUnit(node.value, UNIT)}`,
    node.href,
    `<line x1="${CX}" y1="${CY}" x2="${c(x)}" y2="${c(y)}" stroke-width="${c(edge)}" stroke-opacity="0.55" ${STYLE.edge}/>` +
      `<circle cx="${c(x)}" cy="${c(y)}" r="4.5" ${STYLE.bar}/>` +
      `<text x="${c(lx)}" y="${c(ly)}" text-anchor="${anchor}" ${STYLE.value}>${escapeXml(text)}</text>`,
  );
}

function renderCenter(center: CoauthorGraphOptions["center"]): string {
  const body =
    `<circle cx="${CX}" cy="${CY}" r="7" ${STYLE.bar}/>` +
    `<text x="${CX}" y="${CY + 22}" text-anchor="middle" font-weight="600" ${STYLE.haloed}>${escapeXml(truncateLabel(center.label, 30))}</text>`;
  const target = linkTarget(center.href);
  return target === undefined ? `<g>${body}</g>` : `<a href="${escapeXml(target)}"><title>${escapeXml(center.label)}</title>${body}</a>`;
}

/**
 * Draws an author and their co-authors as a radial graph: edges are 1 to 5 units wide by shared
 * papers, and each co-author is labelled with their count. No co-authors give an empty string.
 * @example renderCoauthorGraph({ id: "co", title: "Co-authors", center: { label: "Ann Lee" }, nodes: [{ label: "Bo Chen", value: 3 }] })
 */
export function renderCoauthorGraph(o: CoauthorGraphOptions): string {
  if (o.nodes.length === 0) return "";
  const max = Math.max(0, ...o.nodes.map((n) => cleanValue(n.value)));
  const nodes = o.nodes.map((n, i) => renderNode(n, i, o.nodes.length, max)).join("");
  const desc = describeChart(
    o.description,
    o.nodes.map((n) => `${n.label}: ${countWithUnit(n.value, UNIT)}`),
  );
  return renderFrame({ id: o.id, title: o.title, desc, width: WIDTH, height: HEIGHT, body: nodes + renderCenter(o.center) });
}
