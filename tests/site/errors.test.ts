// What a listing problem does to `npm run build`: errors fail it with file:line and a hint and leave
// the previous site in place; warnings are printed, and fail it only with PAPERDIR_STRICT=1.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildSite } from "../support/build-site.ts";

function listingsWith(text: string): string {
  const dir = mkdtempSync(join(tmpdir(), "paperdir-listings-"));
  writeFileSync(join(dir, "broken.txt"), `---\ncaptured: 2026-11-22\n---\n${text}`);
  return dir;
}

async function failure(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string };
    return `${e.stdout ?? ""}${e.stderr ?? ""}`;
  }
  throw new Error("the build succeeded");
}

describe("listing problems in a build", () => {
  it("fails on an error, naming file:line with the hint, and leaves the previous output alone", async () => {
    const dir = listingsWith("LGMar 1, 2024\nA TitleAnn Lee\nAbstract.\nLGFeb 30, 2024\nB TitleBo Chen\nAbstract.\n");
    const out = mkdtempSync(join(tmpdir(), "paperdir-out-"));
    mkdirSync(join(out, "dist"));
    writeFileSync(join(out, "dist", "index.html"), "previous site");
    const log = await failure(buildSite(dir, { env: { PAPERDIR_OUT: join(out, "dist") } }));
    expect(log).toContain(`${dir}/broken.txt:7:3: error: "LGFeb 30, 2024" is not a real date`);
    expect(log).toContain("hint: check the day and month against the source page");
    expect(readFileSync(join(out, "dist", "index.html"), "utf8")).toBe("previous site");
  }, 120_000);

  it("prints warnings and builds, unless PAPERDIR_STRICT=1", async () => {
    const dir = listingsWith("XYMar 1, 2024\nA TitleAnn Lee\nAbstract.\n");
    const built = await buildSite(dir);
    expect(built.log).toContain('broken.txt:4:1: warning: unknown category code "XY"');
    const log = await failure(buildSite(dir, { env: { PAPERDIR_STRICT: "1" } }));
    expect(log).toContain('broken.txt:4:1: warning: unknown category code "XY"');
  }, 180_000);
});
