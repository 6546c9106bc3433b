// Small static SVG charts made at build time as strings (insert them with set:html): accessible
// (role="img", a <title>, and a <desc> stating every number), XML-escaped, deterministic, and
// coloured with the page's custom properties so they follow its light or dark theme.
export { renderBarChart, renderHorizontalBars } from "./charts-bars.ts";
export { type CoauthorGraphOptions, renderCoauthorGraph } from "./charts-graph.ts";
export { type ChartItem, type ChartOptions, escapeXml } from "./charts-svg.ts";
