import { describe, expect, it } from "vitest";
import { assignSlugs, slugText, titleKey } from "../../src/lib/directory/keys.ts";
import { nameKey } from "../../src/lib/listing/names.ts";

describe("titleKey", () => {
  it("ignores NFKC forms, case, punctuation, white space and LaTeX markup", () => {
    expect(titleKey("Ｆｕｌｌ-width {\\bf Title}: \\emph{x}")).toBe(titleKey("full width title x"));
  });
  it("keeps letters of every script", () => {
    expect(titleKey("大规模 模型")).toBe("大规模模型");
  });
});

describe("nameKey", () => {
  it("matches names that differ in dots, case and diacritics", () => {
    expect(nameKey("Jason D Lee")).toBe(nameKey("Jason D. Lee"));
    expect(nameKey("Lukasz Kaiser")).toBe(nameKey("Łukasz Kaiser"));
    expect(nameKey("JON GUÐMUNDSSON")).toBe(nameKey("Jón Guðmundsson"));
  });
  it("keeps different people apart", () => {
    expect(nameKey("Zhiyuan Li")).not.toBe(nameKey("Zhiyuan Lin"));
  });
});

describe("slugText", () => {
  it("transliterates Latin, Cyrillic and CJK to readable ASCII", () => {
    expect(slugText("Łukasz Kaiser")).toBe("lukasz-kaiser");
    expect(slugText("Иван Петров")).toBe("ivan-petrov");
    expect(slugText("张伟")).toBe("zhang-wei");
    expect(slugText("김철수")).toBe("gim-cheol-su");
  });
  it("cuts long titles at a word boundary", () => {
    const slug = slugText("word ".repeat(40));
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug.endsWith("-")).toBe(false);
  });
});

describe("assignSlugs", () => {
  const items = [
    { key: "a", text: "Same Name" },
    { key: "b", text: "same-name" },
    { key: "c", text: "Other" },
  ];

  it("gives colliding items distinct slugs, the same whatever the input order", () => {
    const forward = assignSlugs(items);
    const backward = assignSlugs([...items].reverse());
    expect(forward).toEqual(backward);
    expect(new Set(forward.values()).size).toBe(3);
    expect(forward.get("a")).toBe("same-name");
    expect(forward.get("b")).toMatch(/^same-name-[0-9a-z]{6}$/);
  });

  it("never renames an item when an unrelated one is added", () => {
    const before = assignSlugs(items);
    const after = assignSlugs([...items, { key: "d", text: "New Paper" }, { key: "e", text: "Same Name!" }]);
    for (const [key, slug] of before) expect(after.get(key)).toBe(slug);
  });

  it("falls back to a hash when the text has no letters", () => {
    expect(assignSlugs([{ key: "k", text: "!!!" }], "paper").get("k")).toMatch(/^paper-[0-9a-z]{6}$/);
  });
});
