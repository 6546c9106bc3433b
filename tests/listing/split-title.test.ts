import { describe, expect, it } from "vitest";
import { splitAuthorTail } from "../../src/lib/listing/author-line.ts";
import { nameKey } from "../../src/lib/listing/names.ts";
import { splitTitleAuthors } from "../../src/lib/listing/split-title.ts";

function split(line: string, known: string[] = []) {
  const tail = splitAuthorTail(line);
  const result = splitTitleAuthors(tail.rest, tail.truncated, new Set(known.map(nameKey)));
  return { title: result.best?.title, authors: result.best?.authors, ambiguous: result.rival !== undefined };
}

describe("splitTitleAuthors", () => {
  it.each([
    ["a title that ends in an acronym", "Aligning Models with RLHFJohn Smith", "Aligning Models with RLHF", ["John Smith"]],
    ["a title that ends in a digit", "GPT-4Alice Li", "GPT-4", ["Alice Li"]],
    ["a team author after a digit", "Olmo 3Team Olmo", "Olmo 3", ["Team Olmo"]],
    [
      "a title that ends in a parenthesis",
      "Scaling Vision Transformers (ViT)Łukasz Kaiser, Jón Guðmundsson",
      "Scaling Vision Transformers (ViT)",
      ["Łukasz Kaiser", "Jón Guðmundsson"],
    ],
    [
      "a title that ends in a question mark",
      "Can Models Learn Skill Composition from Examples?Haoyu Zhao, Simran Kaur, Dingli Yu et al.",
      "Can Models Learn Skill Composition from Examples?",
      ["Haoyu Zhao", "Simran Kaur", "Dingli Yu"],
    ],
    [
      "a title that ends in an exclamation mark",
      "Attention, Please!Ronan Le Bras, Nando de Freitas",
      "Attention, Please!",
      ["Ronan Le Bras", "Nando de Freitas"],
    ],
    [
      "a title that ends in a quote",
      'On the So-Called "Emergence"Jean-Baptiste Mouret, Seán O\'Neil',
      'On the So-Called "Emergence"',
      ["Jean-Baptiste Mouret", "Seán O'Neil"],
    ],
    [
      "CamelCase words inside the title",
      "PivotRL: High Accuracy Agentic Post-Training at Low Compute CostJunkeun Yi, Damon Mosk-Aoyama, Baihe Huang et al.",
      "PivotRL: High Accuracy Agentic Post-Training at Low Compute Cost",
      ["Junkeun Yi", "Damon Mosk-Aoyama", "Baihe Huang"],
    ],
    ["a title that ends in a CamelCase word", "Evaluating ConceptMixXindi Wu", "Evaluating ConceptMix", ["Xindi Wu"]],
    [
      "an all-caps title word before the name",
      "HuPER: A Human-Inspired Framework for Phonetic PerceptionChenxu Guo, Jiachen Lian, Yisi Liu et al.",
      "HuPER: A Human-Inspired Framework for Phonetic Perception",
      ["Chenxu Guo", "Jiachen Lian", "Yisi Liu"],
    ],
    [
      "LaTeX in the title",
      "Learning $\\alpha$-Divergences in \\textbf{Bold} SpaceAmy Zhang",
      "Learning $\\alpha$-Divergences in \\textbf{Bold} Space",
      ["Amy Zhang"],
    ],
    [
      "particles in names",
      "Visualizing Data using t-SNELaurens van der Maaten, Geoffrey Hinton",
      "Visualizing Data using t-SNE",
      ["Laurens van der Maaten", "Geoffrey Hinton"],
    ],
    [
      "initials with and without dots",
      "Convex OptimizationS. M. A. Sharif, Jason D Lee, Sham M. Kakade",
      "Convex Optimization",
      ["S. M. A. Sharif", "Jason D Lee", "Sham M. Kakade"],
    ],
    [
      "a single-token team name",
      "DeepSeek-V3 Technical ReportDeepSeek-AI, Aixin Liu, Bei Feng et al.",
      "DeepSeek-V3 Technical Report",
      ["DeepSeek-AI", "Aixin Liu", "Bei Feng"],
    ],
    [
      "a title with commas",
      "Weak-to-Strong Generalization Even in Random Feature Networks, ProvablyMarko Medvedev, Kaifeng Lyu, Dingli Yu et al. · tsinghua",
      "Weak-to-Strong Generalization Even in Random Feature Networks, Provably",
      ["Marko Medvedev", "Kaifeng Lyu", "Dingli Yu"],
    ],
    ["names in Cyrillic", "Нейронные сетиИван Петров, Ольга Смирнова", "Нейронные сети", ["Иван Петров", "Ольга Смирнова"]],
    ["a CJK name after a Latin title", "Attention Is All You Need山田太郎, 李四", "Attention Is All You Need", ["山田太郎", "李四"]],
    [
      "one author without et al.",
      "Hierarchical Simplicity Bias of Neural NetworksZhehang Du",
      "Hierarchical Simplicity Bias of Neural Networks",
      ["Zhehang Du"],
    ],
    [
      "two authors without et al.",
      "The Newton-Muon OptimizerZhehang Du, Weijie Su",
      "The Newton-Muon Optimizer",
      ["Zhehang Du", "Weijie Su"],
    ],
    [
      "a CamelCase family name",
      "Deep LearningYann LeCun, Yoshua Bengio, Geoffrey Hinton",
      "Deep Learning",
      ["Yann LeCun", "Yoshua Bengio", "Geoffrey Hinton"],
    ],
    [
      "an apostrophe in the title",
      "InstaHide's Sample Complexity When Mixing Two Private ImagesBaihe Huang, Zhao Song, Runzhou Tao et al.",
      "InstaHide's Sample Complexity When Mixing Two Private Images",
      ["Baihe Huang", "Zhao Song", "Runzhou Tao"],
    ],
  ])("splits %s", (_what, line, title, authors) => {
    expect(split(line)).toMatchObject({ title, authors });
  });

  it("uses a known name to settle a split that is otherwise a coin toss", () => {
    const line = "大规模语言模型研究张伟, 李娜";
    expect(split(line).ambiguous).toBe(true);
    expect(split(line, ["张伟"])).toEqual({ title: "大规模语言模型研究", authors: ["张伟", "李娜"], ambiguous: false });
    expect(split(line, ["究张伟"]).authors).toEqual(["究张伟", "李娜"]);
  });

  it("finds nothing when no tail of the line reads as names", () => {
    expect(split("this line is all lower case and has no names at all").title).toBeUndefined();
  });

  it("bounds its work on a 10 000-character title", () => {
    const title = "Lorem Ipsum ".repeat(850).trim();
    expect(split(`${title}Ann Lee, Bo Chen`)).toMatchObject({ title, authors: ["Ann Lee", "Bo Chen"] });
  });
});

describe("splitAuthorTail", () => {
  it("takes organisations and et al. off the end", () => {
    expect(splitAuthorTail("Long Phan, Alice Gatti, Ziwen Han et al. · amazon-science, apple-ml")).toEqual({
      rest: "Long Phan, Alice Gatti, Ziwen Han",
      truncated: true,
      orgs: ["amazon-science", "apple-ml"],
    });
  });

  it("leaves a middle dot that is not followed by organisations alone", () => {
    expect(splitAuthorTail("A · B: Dots in TitlesAnn Lee · Bo Chen, !!")).toMatchObject({ truncated: false, orgs: [] });
  });
});
