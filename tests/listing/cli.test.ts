// The parse command's contract: JSON on stdout, problems on stderr, exit 0/1/2.
import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const run = promisify(execFile);

async function parse(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ["--no-warnings", "src/cli/parse.ts", ...args]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

function file(text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), "paperdir-cli-")), "listing.txt");
  writeFileSync(path, text);
  return path;
}

describe("npm run parse", () => {
  it("prints every sample listing with its 53 papers and no problems, exit 0", async () => {
    const { code, stdout } = await parse("src/content/listings");
    const json = JSON.parse(stdout);
    expect(code).toBe(0);
    expect(json.problems).toEqual([]);
    expect(
      json.listings.map((l: { file: string; kind: string; owner: { name: string } | null }) => [l.file, l.kind, l.owner?.name]),
    ).toEqual([
      ["src/content/listings/001_1ca789967ce059b1.txt", "feed", "Dingli Yu"],
      ["src/content/listings/002_80704c9de50da4f0.txt", "feed", "Baihe Huang"],
      ["src/content/listings/003_3bcdd7d912d777f2.txt", "profile", "Zhehang Du"],
      ["src/content/listings/004_257d6e2e80b1d833.txt", "feed", "Kristian Georgiev"],
    ]);
    expect(json.listings.flatMap((l: { papers: unknown[] }) => l.papers)).toHaveLength(53);
  });

  it("gives every paper exactly the contract's fields, with numbers as numbers", async () => {
    const { stdout } = await parse("src/content/listings/003_3bcdd7d912d777f2.txt");
    const [listing] = JSON.parse(stdout).listings;
    expect(Object.keys(listing)).toEqual(["file", "kind", "owner", "papers"]);
    expect(listing.owner).toEqual({
      name: "Zhehang Du",
      category: "cs.LG",
      hIndex: 45,
      papers: 5,
      citations: 341,
      novelty: 51,
      aiScore: 54,
    });
    expect(Object.keys(listing.papers[0])).toEqual([
      "line",
      "category",
      "date",
      "hasCode",
      "title",
      "authors",
      "authorsTruncated",
      "orgs",
      "abstract",
    ]);
  });

  it("uses --captured for listings without front matter", async () => {
    const path = file("AIJun 3\nA TitleAnn Lee\nAbstract.\n");
    const { code, stdout } = await parse("--captured", "2025-01-10", path);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).listings[0].papers[0].date).toBe("2024-06-03");
  });

  it("exits 1 on errors, printing file:line on stderr", async () => {
    const path = file("LGFeb 30, 2024\nA TitleAnn Lee\nAbstract.\n");
    const { code, stdout, stderr } = await parse(path);
    expect(code).toBe(1);
    expect(JSON.parse(stdout).problems[0]).toMatchObject({ file: path, line: 1, column: 3, severity: "error" });
    expect(stderr).toContain(`${path}:1:3: error:`);
  });

  it("exits 1 on warnings only with --strict", async () => {
    const path = file("XYMay 7, 2024\nA TitleAnn Lee\nAbstract.\n");
    expect((await parse(path)).code).toBe(0);
    expect((await parse("--strict", path)).code).toBe(1);
  });

  it("exits 2 with the usage on stderr for usage errors", async () => {
    for (const args of [[], ["--bogus", "x.txt"], ["--captured", "22/11/2026", "x.txt"], ["does/not/exist.txt"]]) {
      const { code, stderr, stdout } = await parse(...args);
      expect(code, args.join(" ")).toBe(2);
      expect(stderr).toContain("usage: npm run --silent parse --");
      expect(stdout).toBe("");
    }
  });
});
