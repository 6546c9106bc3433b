// html-validate on every page of every built test site (.htmlvalidate.json: the recommended rules,
// less inline styles, which KaTeX needs to place glyphs, and the 70-character <title> limit, which
// paper titles exceed by nature).

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { HtmlValidate } from "html-validate";
import { describe, expect, inject, it } from "vitest";
import { htmlFiles } from "../support/site-files.ts";

const validator = new HtmlValidate(JSON.parse(readFileSync(".htmlvalidate.json", "utf8")));

describe("html-validate", () => {
  for (const name of ["sample", "fixture", "hostile"] as const) {
    it(`finds no error on any page of the ${name} site`, async () => {
      const { dir } = inject("sites")[name];
      const problems: string[] = [];
      for (const file of htmlFiles(dir)) {
        const report = await validator.validateString(readFileSync(join(dir, file), "utf8"), file);
        for (const result of report.results)
          for (const m of result.messages) problems.push(`${file}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
      }
      expect(problems).toEqual([]);
    });
  }
});
