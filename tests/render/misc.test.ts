import { describe, expect, it } from "vitest";
import { renderBarChart, renderHorizontalBars } from "../../src/lib/render/charts.ts";
import { csvField, toCsv } from "../../src/lib/render/csv.ts";
import { highwireTags, jsonLdText, paperJsonLd } from "../../src/lib/render/metadata.ts";
import { pageWindow } from "../../src/lib/render/pagination.ts";

describe("csvField", () => {
  it("quotes commas, quotes and line breaks, and defuses spreadsheet formulas", () => {
    expect(csvField('He said "hi", then')).toBe('"He said ""hi"", then"');
    expect(csvField("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)");
    expect(csvField(null)).toBe("");
    expect(toCsv(["a", "b"], [[1, "x\ny"]])).toBe('a,b\r\n1,"x\ny"\r\n');
  });
});

const meta = {
  title: "T </script>",
  authors: ["Ann Lee", "Bo Chen"],
  date: "2024-05-07",
  abstract: "A.",
  url: "https://x.org/papers/t/",
  category: "cs.LG",
  categoryName: "Machine Learning",
  authorUrls: ["https://x.org/authors/ann-lee/", "https://x.org/authors/bo-chen/"],
  keywords: ["Machine Learning"],
};

describe("highwireTags", () => {
  it("writes one citation_author per author, in order, and a slash date", () => {
    expect(
      highwireTags(meta)
        .filter((t) => t.name === "citation_author")
        .map((t) => t.content),
    ).toEqual(["Ann Lee", "Bo Chen"]);
    expect(highwireTags(meta).find((t) => t.name === "citation_publication_date")?.content).toBe("2024/05/07");
  });
});

describe("paperJsonLd", () => {
  it("describes a ScholarlyArticle whose JSON cannot close its script element", () => {
    const text = jsonLdText(paperJsonLd(meta));
    expect(text).not.toContain("</script>");
    expect(JSON.parse(text)).toMatchObject({
      "@context": "https://schema.org",
      "@type": "ScholarlyArticle",
      datePublished: "2024-05-07",
      author: [{ "@type": "Person", name: "Ann Lee" }, { name: "Bo Chen" }],
    });
  });
});

describe("renderBarChart", () => {
  const svg = renderBarChart({
    id: "y",
    title: "Papers per year",
    unit: "paper",
    bars: [
      { label: "2023", value: 4 },
      { label: "2024", value: 0 },
      { label: "<b>", value: 1 },
    ],
  });
  it("is labelled for screen readers with every number in words", () => {
    expect(svg).toContain('role="img" ');
    expect(svg).toContain('aria-labelledby="y-title y-desc"');
    expect(svg).toContain('<desc id="y-desc">2023: 4 papers; 2024: 0 papers; &lt;b&gt;: 1 paper</desc>');
  });
  it("scales bars to the largest value and escapes labels", () => {
    const heights = [...svg.matchAll(/<rect [^>]*height="(\d+)"/g)].map((m) => Number(m[1]));
    expect(heights).toEqual([100, 0, 25]);
    expect(svg).not.toContain("<b>");
  });
  it("draws nothing without data", () => {
    expect(renderBarChart({ id: "y", title: "t", unit: "paper", bars: [] })).toBe("");
    expect(renderHorizontalBars({ id: "y", title: "t", unit: "paper", bars: [] })).toBe("");
  });
});

describe("renderHorizontalBars", () => {
  it("cuts long labels but keeps them whole in the tooltip", () => {
    const label = "Distributed, Parallel, and Cluster Computing (cs.DC)";
    const svg = renderHorizontalBars({ id: "c", title: "t", unit: "paper", bars: [{ label, value: 2 }] });
    expect(svg).toContain(`<title>${label}: 2</title>`);
    expect(svg).toContain("Distributed, Parallel, and Clust…");
  });
});

describe("pageWindow", () => {
  it("links the first, the last and two either side of the current page", () => {
    expect(pageWindow(7, 20)).toEqual([1, null, 5, 6, 7, 8, 9, null, 20]);
    expect(pageWindow(1, 3)).toEqual([1, 2, 3]);
  });
});
