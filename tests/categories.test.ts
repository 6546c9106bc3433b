import { describe, expect, it } from "vitest";
import { CATEGORIES, resolveCategory } from "../src/lib/listing/categories.ts";

describe("resolveCategory", () => {
  it.each([
    ["LG", "cs.LG", "Machine Learning"],
    ["CL", "cs.CL", "Computation and Language"],
    ["AI", "cs.AI", "Artificial Intelligence"],
    ["CV", "cs.CV", "Computer Vision and Pattern Recognition"],
    ["CR", "cs.CR", "Cryptography and Security"],
    ["GT", "cs.GT", "Computer Science and Game Theory"],
    ["ML", "stat.ML", "Machine Learning"],
    ["AS", "eess.AS", "Audio and Speech Processing"],
    ["OC", "math.OC", "Optimization and Control"],
  ])("maps the bare code %s to %s, named %s", (code, id, name) => {
    expect(resolveCategory(code)).toMatchObject({ id, name });
  });

  it("resolves a bare code shared by several archives by the order cs, stat, eess, math, econ, q-bio, q-fin, physics, astro-ph, cond-mat, nlin", () => {
    expect(resolveCategory("SY")?.id).toBe("cs.SY");
    expect(resolveCategory("IT")?.id).toBe("cs.IT");
    expect(resolveCategory("NA")?.id).toBe("cs.NA");
    expect(resolveCategory("CO")?.id).toBe("stat.CO");
    expect(resolveCategory("TH")?.id).toBe("stat.TH");
    expect(resolveCategory("SP")?.id).toBe("eess.SP");
    expect(resolveCategory("ST")?.id).toBe("math.ST");
    expect(resolveCategory("GN")?.id).toBe("math.GN");
    expect(resolveCategory("EM")?.id).toBe("econ.EM");
    expect(resolveCategory("BM")?.id).toBe("q-bio.BM");
    expect(resolveCategory("EC")?.id).toBe("q-fin.EC");
    expect(resolveCategory("GA")?.id).toBe("astro-ph.GA");
    expect(resolveCategory("CD")?.id).toBe("nlin.CD");
  });

  it("resolves physics and condensed-matter codes in arXiv's lower case", () => {
    expect(resolveCategory("optics")?.id).toBe("physics.optics");
    expect(resolveCategory("stat-mech")?.id).toBe("cond-mat.stat-mech");
  });

  it("resolves full ids, ignoring the case of the archive and surrounding spaces", () => {
    expect(resolveCategory("cs.LG")).toEqual({ id: "cs.LG", name: "Machine Learning", archive: "cs", archiveName: "Computer Science" });
    expect(resolveCategory("CS.LG")?.id).toBe("cs.LG");
    expect(resolveCategory(" math.OC ")?.id).toBe("math.OC");
    expect(resolveCategory("astro-ph.CO")).toMatchObject({
      name: "Cosmology and Nongalactic Astrophysics",
      archive: "astro-ph",
      archiveName: "Astrophysics",
    });
    expect(resolveCategory("cond-mat.mes-hall")?.name).toBe("Mesoscale and Nanoscale Physics");
    expect(resolveCategory("physics.data-an")?.name).toBe("Data Analysis, Statistics and Probability");
    expect(resolveCategory("q-fin.TR")?.name).toBe("Trading and Market Microstructure");
    expect(resolveCategory("eess.IV")?.archiveName).toBe("Electrical Engineering and Systems Science");
  });

  it("resolves single-archive ids such as hep-th and quant-ph in any case", () => {
    expect(resolveCategory("hep-th")).toEqual({
      id: "hep-th",
      name: "High Energy Physics - Theory",
      archive: "hep-th",
      archiveName: "Physics",
    });
    expect(resolveCategory("quant-ph")?.name).toBe("Quantum Physics");
    expect(resolveCategory("HEP-PH")?.id).toBe("hep-ph");
    expect(resolveCategory("gr-qc")?.name).toBe("General Relativity and Quantum Cosmology");
    expect(resolveCategory("nucl-ex")?.name).toBe("Nuclear Experiment");
  });

  it("resolves each of arXiv's aliases to itself, named like its canonical category", () => {
    const pairs = [
      ["math.IT", "cs.IT"],
      ["cs.NA", "math.NA"],
      ["math.MP", "math-ph"],
      ["q-fin.EC", "econ.GN"],
      ["stat.TH", "math.ST"],
      ["cs.SY", "eess.SY"],
    ] as const;
    for (const [alias, canonical] of pairs) {
      expect(resolveCategory(alias)?.id).toBe(alias);
      expect(resolveCategory(canonical)?.id).toBe(canonical);
    }
    expect(resolveCategory("math.IT")?.name).toBe(resolveCategory("cs.IT")?.name);
    expect(resolveCategory("cs.NA")?.name).toBe(resolveCategory("math.NA")?.name);
    expect(resolveCategory("math.MP")?.name).toBe(resolveCategory("math-ph")?.name);
    expect(resolveCategory("stat.TH")?.name).toBe(resolveCategory("math.ST")?.name);
    expect(resolveCategory("cs.SY")?.name).toBe(resolveCategory("eess.SY")?.name);
  });

  it("returns undefined for an unknown code", () => {
    for (const code of ["XX", "cs.ML", "cs.XX", "stat.LG", "hep", "", "  ", "Machine Learning", "cs", "physics", "cmp-lg"]) {
      expect(resolveCategory(code)).toBeUndefined();
    }
  });

  it("does not read a bare code in the wrong case", () => {
    expect(resolveCategory("lg")).toBeUndefined();
    expect(resolveCategory("Lg")).toBeUndefined();
    expect(resolveCategory("OPTICS")).toBeUndefined();
  });
});

describe("CATEGORIES", () => {
  it("has no duplicate ids", () => {
    const ids = CATEGORIES.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("has at least 150 entries", () => {
    expect(CATEGORIES.length).toBeGreaterThanOrEqual(150);
  });

  it("is sorted by id", () => {
    const ids = CATEGORIES.map((c) => c.id);
    expect(ids).toEqual([...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });

  it("covers every archive, each category under the archive its id names", () => {
    const archives = new Set(CATEGORIES.map((c) => c.archive));
    for (const a of [
      "cs",
      "econ",
      "eess",
      "math",
      "q-bio",
      "q-fin",
      "stat",
      "astro-ph",
      "cond-mat",
      "physics",
      "nlin",
      "gr-qc",
      "hep-ex",
      "hep-lat",
      "hep-ph",
      "hep-th",
      "math-ph",
      "nucl-ex",
      "nucl-th",
      "quant-ph",
    ]) {
      expect(archives.has(a)).toBe(true);
    }
    for (const c of CATEGORIES) {
      expect(c.id === c.archive || c.id.startsWith(`${c.archive}.`)).toBe(true);
      expect(c.name).not.toBe("");
      expect(c.archiveName).not.toBe("");
    }
  });

  it("resolves every entry by its own id", () => {
    for (const c of CATEGORIES) expect(resolveCategory(c.id)).toBe(c);
  });
});
