import { readFileSync } from "node:fs";
import { parse } from "@retorquere/bibtex-parser";
import Ajv from "ajv";
import { describe, expect, it } from "vitest";
import { citationKeys } from "../../src/lib/cite/citation-key.ts";
import { toBibtex, toBibtexFile, toCsl, toRis } from "../../src/lib/cite/formats.ts";
import { splitName } from "../../src/lib/cite/names.ts";
import type { CitablePaper } from "../../src/lib/cite/types.ts";

const skillMix: CitablePaper = {
  id: "skill-mix",
  title: "Skill-Mix: a Flexible and Expandable Family of Evaluations for AI models",
  authors: ["Dingli Yu", "Simran Kaur", "Arushi Gupta"],
  truncated: true,
  date: "2023-10-26",
  category: "cs.CL",
  categoryName: "Computation and Language",
  abstract: "With LLMs shifting their role, $N^k$ grows 100% & more.",
  url: "https://x.org/papers/skill-mix/",
  codeUrl: null,
};
const hostile: CitablePaper = {
  ...skillMix,
  id: "hostile",
  title: "Braces } { 50% & #1 snake_case \\href{javascript:alert(1)}{x}",
  authors: ["Laurens van der Maaten", "DeepSeek-AI", "张伟"],
  truncated: false,
  abstract: "@comment{ unbalanced { brace and ~ ^ $\\frac{1}{$ end",
  codeUrl: "https://github.com/a/b",
};

describe("citationKeys", () => {
  it("makes family name + year + first significant title word", () => {
    expect(citationKeys([skillMix]).get("skill-mix")).toBe("yu2023skillmix");
  });
  it("suffixes colliding keys in id order, whatever the input order", () => {
    const a = { ...skillMix, id: "b-paper" };
    const b = { ...skillMix, id: "a-paper" };
    expect(citationKeys([a, b])).toEqual(citationKeys([b, a]));
    expect(citationKeys([a, b]).get("a-paper")).toBe("yu2023skillmixa");
    expect(citationKeys([a, b]).get("b-paper")).toBe("yu2023skillmixb");
  });
  it("romanises a non-Latin first author", () => {
    expect(citationKeys([{ ...skillMix, authors: ["张伟"] }]).get("skill-mix")).toBe("zhangwei2023skillmix");
  });
});

describe("splitName", () => {
  it("keeps particles with the family name and treats one-word, team and CJK names as literals", () => {
    expect(splitName("Laurens van der Maaten")).toEqual({ family: "van der Maaten", given: "Laurens" });
    expect(splitName("Jason D. Lee")).toEqual({ family: "Lee", given: "Jason D." });
    expect(splitName("DeepSeek-AI")).toEqual({ literal: "DeepSeek-AI" });
    expect(splitName("张伟")).toEqual({ literal: "张伟" });
  });
});

describe("toBibtex", () => {
  it("parses back to the same title, authors (with 'others') and year", () => {
    const lib = parse(toBibtex(skillMix, "yu2023skillmix"), { sentenceCase: false });
    expect(lib.errors).toEqual([]);
    expect(lib.entries).toHaveLength(1);
    const entry = lib.entries[0];
    expect(entry?.key).toBe("yu2023skillmix");
    expect(entry?.fields.title).toBe(skillMix.title);
    expect(entry?.fields.author?.map((a) => a.lastName ?? a.name)).toEqual(["Yu", "Kaur", "Gupta", "others"]);
    expect(entry?.fields.year).toBe("2023");
  });
  it("keeps hostile text inside its fields: one entry, no errors", () => {
    const lib = parse(toBibtexFile([toBibtex(hostile, "k1"), toBibtex(skillMix, "k2")]), { sentenceCase: false });
    expect(lib.errors).toEqual([]);
    expect(lib.entries.map((e) => e.key)).toEqual(["k1", "k2"]);
    expect(lib.entries[0]?.fields.author?.map((a) => [a.prefix, a.lastName ?? a.name].filter(Boolean).join(" "))).toEqual([
      "van der Maaten",
      "DeepSeek-AI",
      "张伟",
    ]);
  });
});

describe("toRis", () => {
  it("writes one tag a line, TY first and ER last, one AU per author", () => {
    const text = toRis(skillMix);
    expect(text.endsWith("\n")).toBe(true);
    const lines = text.slice(0, -1).split("\n");
    for (const line of lines) expect(line).toMatch(/^[A-Z][A-Z0-9] {2}- /);
    expect(lines[0]).toBe("TY  - GEN");
    expect(lines.at(-1)).toBe("ER  - ");
    expect(lines.filter((l) => l.startsWith("AU"))).toEqual(["AU  - Yu, Dingli", "AU  - Kaur, Simran", "AU  - Gupta, Arushi"]);
    expect(lines).toContain("DA  - 2023/10/26/");
  });
});

describe("toCsl", () => {
  // The parts of the CSL-JSON schema (csl-data.json) these items use, written from the specification.
  const schema = JSON.parse(readFileSync("tests/fixtures/cite/csl-data.schema.json", "utf8"));
  const validate = new Ajv({ strict: false }).compile(schema);
  it("produces items that validate against the CSL-JSON schema", () => {
    const items = [toCsl(skillMix, "yu2023skillmix"), toCsl(hostile, "k1")];
    expect(validate(items), JSON.stringify(validate.errors)).toBe(true);
    expect(items[0]).toMatchObject({ id: "yu2023skillmix", type: "article", issued: { "date-parts": [[2023, 10, 26]] } });
  });
});
