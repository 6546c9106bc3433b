import { XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { renderBarChart, renderCoauthorGraph, renderHorizontalBars } from "../../src/lib/render/charts.ts";

const HOSTILE = ["<script>alert(1)</script>", '" onload="x', "Tom & Jerry's"];

/** A small strict XML check: tags balance, attributes are quoted and unique, text has no raw < or bare &. */
function expectWellFormed(xml: string): void {
  expect(XMLValidator.validate(xml, { allowBooleanAttributes: false })).toBe(true);
  const stack: string[] = [];
  const token = /<(\/?)([A-Za-z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>|([^<]+)/gy;
  let end = 0;
  for (const m of xml.matchAll(token)) {
    end = (m.index ?? 0) + m[0].length;
    const [, closing, name, attrs = "", selfClosing, text] = m;
    if (text !== undefined) expect(text).not.toMatch(/&(?!(amp|lt|gt|quot|#39);)|>/);
    else if (closing) expect(stack.pop()).toBe(name);
    else {
      const names = [...attrs.matchAll(/([\w:-]+)=/g)].map((a) => a[1]);
      expect(new Set(names).size).toBe(names.length);
      expect(attrs).not.toMatch(/&(?!(amp|lt|gt|quot|#39);)/);
      if (!selfClosing) stack.push(name ?? "");
    }
  }
  expect(end).toBe(xml.length);
  expect(stack).toEqual([]);
}

/** A numeric attribute of every element with the given tag name. */
function numbers(svg: string, tag: string, attribute: string): number[] {
  const re = new RegExp(`<${tag} [^>]*?\\b${attribute}="([\\d.]+)"`, "g");
  return [...svg.matchAll(re)].map((m) => Number(m[1]));
}

const years = [
  { label: "2019", value: 3 },
  { label: "2020", value: 1 },
  { label: "2021", value: 0 },
  { label: "2022", value: 6, href: "/years/2022/?a=1&b=2" },
];

describe("renderBarChart", () => {
  const svg = renderBarChart({ id: "years", title: "Papers per year", description: "Papers by year.", unit: "papers", bars: years });

  it("is an image labelled by its title and a description stating every number in words", () => {
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-labelledby="years-title years-desc" viewBox="0 0 \d+ \d+" width="100%"/);
    expect(svg).toContain('<title id="years-title">Papers per year</title>');
    expect(svg).toContain('<desc id="years-desc">Papers by year. 2019: 3 papers; 2020: 1 paper; 2021: 0 papers; 2022: 6 papers</desc>');
    expectWellFormed(svg);
  });

  it("draws one bar per value, the largest full height and a zero value with no height", () => {
    expect(numbers(svg, "rect", "height")).toEqual([50, 16.67, 0, 100]);
    expect(svg).toContain("<title>2019: 3</title>");
    expect(svg).toContain('<a href="/years/2022/?a=1&amp;b=2"><title>2022: 6</title>');
  });

  it("colours bars and labels with the page's custom properties, without gradients", () => {
    expect(svg).toContain("fill: var(--accent, currentColor)");
    expect(svg).toContain("fill: var(--muted, currentColor)");
    expect(svg).not.toContain("Gradient");
  });

  it("returns an empty string for no bars and draws a single bar or all-zero bars", () => {
    expect(renderBarChart({ id: "y", title: "t", description: "d", bars: [] })).toBe("");
    const one = renderBarChart({ id: "y", title: "t", description: "d", bars: [{ label: "2024", value: 2 }] });
    expect(numbers(one, "rect", "height")).toEqual([100]);
    expect(numbers(one, "rect", "width")[0]).toBeLessThanOrEqual(28);
    const zeros = renderBarChart({
      id: "y",
      title: "t",
      description: "d",
      bars: [
        { label: "a", value: 0 },
        { label: "b", value: 0 },
      ],
    });
    expect(numbers(zeros, "rect", "height")).toEqual([0, 0]);
    expectWellFormed(zeros);
  });

  it("thins the labels of many bars so that they do not overlap", () => {
    const bars = Array.from({ length: 30 }, (_, i) => ({ label: String(1995 + i), value: (i * 7) % 11 }));
    const many = renderBarChart({ id: "y", title: "t", description: "d", unit: "papers", bars });
    const xs = [...many.matchAll(/<text x="([\d.]+)"[^>]*>(\d{4})<\/text>/g)].map((m) => Number(m[1]));
    expect(numbers(many, "rect", "height")).toHaveLength(30);
    expect(xs.length).toBeLessThan(30);
    for (let i = 1; i < xs.length; i++) expect(xs[i]! - xs[i - 1]!).toBeGreaterThanOrEqual(4 * 7);
    expect(many).toContain("2003: 1 paper; ");
  });

  it("keeps the first long label of narrow bars inside the chart", () => {
    const bars = Array.from({ length: 20 }, (_, i) => ({ label: `Category number ${i}`, value: i }));
    const first = /<text x="([\d.]+)"[^>]*>(Category[^<]*)<\/text>/.exec(renderBarChart({ id: "y", title: "t", bars }));
    expect(first?.[2]).toBe("Category nu…");
    expect(Number(first?.[1])).toBeGreaterThanOrEqual((12 * 7) / 2);
  });

  it("escapes hostile labels and drops unsafe links", () => {
    const bars = [...HOSTILE.map((label, i) => ({ label, value: i })), { label: "x", value: 1, href: "javascript:alert(1)" }];
    const hostile = renderBarChart({ id: '"x', title: "<t>", description: "&", bars });
    expectWellFormed(hostile);
    expect(hostile).not.toMatch(/<script|" onload|javascript:/);
    expect(hostile).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(hostile).toContain("&quot; onload=&quot;x");
  });

  it("gives the same string for the same input", () => {
    expect(renderBarChart({ id: "years", title: "Papers per year", description: "Papers by year.", unit: "papers", bars: years })).toBe(
      svg,
    );
  });
});

describe("renderHorizontalBars", () => {
  const label = "Computer Vision and Pattern Recognition (cs.CV)";
  const svg = renderHorizontalBars({
    id: "cats",
    title: "Categories",
    description: "Papers by category",
    unit: "papers",
    bars: [
      { label, value: 8, href: "/categories/cs.CV/" },
      { label: "Machine Learning (cs.LG)", value: 2 },
      ...HOSTILE.map((l) => ({ label: l, value: 0 })),
    ],
  });

  it("is labelled for screen readers with every number", () => {
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-labelledby="cats-title cats-desc"/);
    expect(svg).toContain(
      `<desc id="cats-desc">Papers by category. ${label}: 8 papers; Machine Learning (cs.LG): 2 papers; &lt;script&gt;`,
    );
    expectWellFormed(svg);
  });

  it("scales bar widths to the largest value and gives zero values no width", () => {
    expect(numbers(svg, "rect", "width")).toEqual([200, 50, 0, 0, 0]);
  });

  it("cuts long labels with an ellipsis but keeps them whole in the tooltip", () => {
    expect(svg).toContain(`<a href="/categories/cs.CV/"><title>${label}: 8</title>`);
    expect(svg).toContain(">Computer Vision and Pattern Reco…</text>");
    expect(svg).toContain(">8</text>");
  });

  it("returns an empty string for no bars", () => {
    expect(renderHorizontalBars({ id: "c", title: "t", description: "d", bars: [] })).toBe("");
  });
});

describe("renderCoauthorGraph", () => {
  const nodes = [
    { label: "Bo Chen", value: 4, href: "/authors/bo-chen/" },
    { label: "Cy Dee", value: 1 },
    ...HOSTILE.map((label) => ({ label, value: 2 })),
  ];
  const svg = renderCoauthorGraph({
    id: "co",
    title: "Co-authors",
    description: "Ann Lee's co-authors.",
    center: { label: "Ann <Lee>", href: "/authors/ann-lee/" },
    nodes,
  });

  it("is labelled for screen readers with every shared-paper count", () => {
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-labelledby="co-title co-desc"/);
    expect(svg).toContain('<desc id="co-desc">Ann Lee&#39;s co-authors. Bo Chen: 4 shared papers; Cy Dee: 1 shared paper;');
    expectWellFormed(svg);
  });

  it("draws one node and edge per co-author, edges wider for more shared papers", () => {
    expect(numbers(svg, "line", "stroke-width")).toEqual([5, 2, 3, 3, 3]);
    expect(numbers(svg, "circle", "r")).toHaveLength(nodes.length + 1);
    expect(svg).toContain('<a href="/authors/bo-chen/"><title>Bo Chen: 4 shared papers</title>');
  });

  it("escapes hostile names and returns an empty string without co-authors", () => {
    expect(svg).not.toMatch(/<script|<Lee>|" onload/);
    expect(renderCoauthorGraph({ id: "co", title: "t", description: "d", center: { label: "A" }, nodes: [] })).toBe("");
  });
});
