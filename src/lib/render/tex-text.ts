// Text-mode LaTeX as listings carry it ({\em x}, \emph{x}, \citep{key}, ``quotes'', --), turned into
// a small tree of text and emphasis that renders to escaped HTML or to plain text. Unknown commands
// stay as written; nothing in the input can produce markup of its own.

/** A piece of converted text: plain characters, or a styled run of pieces. */
export type TexNode = string | { style: "em" | "strong" | "code" | "sc"; children: TexNode[] };

const STYLE_COMMANDS: Record<string, "em" | "strong" | "code" | "sc"> = {
  emph: "em",
  textit: "em",
  textsl: "em",
  textbf: "strong",
  texttt: "code",
  textsc: "sc",
};
const STYLE_SWITCHES: Record<string, "em" | "strong" | "code" | "sc"> = {
  em: "em",
  it: "em",
  sl: "em",
  bf: "strong",
  tt: "code",
  sc: "sc",
};
const PLAIN_COMMANDS = new Set(["text", "textrm", "textsf", "textnormal", "mbox", "underline", "textup", "textmd"]);
const CITE_COMMANDS = new Set([
  "cite",
  "citep",
  "citet",
  "citealp",
  "citealt",
  "citeauthor",
  "citeyear",
  "parencite",
  "textcite",
  "autocite",
]);
// Commands whose argument is a link or a file: shown as text, never as a link or image.
const LINK_COMMANDS = new Set(["url", "path"]);
const DROP_COMMANDS = new Set(["includegraphics", "label", "footnote", "thanks", "vspace", "hspace", "noindent", "newline", "linebreak"]);
const SYMBOLS: Record<string, string> = {
  textquotedblleft: "“",
  textquotedblright: "”",
  textquoteleft: "‘",
  textquoteright: "’",
  ldots: "…",
  dots: "…",
  textendash: "–",
  textemdash: "—",
  textasciitilde: "~",
  textbackslash: "\\",
  S: "§",
  P: "¶",
  copyright: "©",
  textregistered: "®",
  texttrademark: "™",
  LaTeX: "LaTeX",
  TeX: "TeX",
  ie: "i.e.",
  eg: "e.g.",
};
const ESCAPES: Record<string, string> = {
  "&": "&",
  "%": "%",
  $: "$",
  "#": "#",
  _: "_",
  "{": "{",
  "}": "}",
  ",": "\u2009",
  " ": " ",
  ";": " ",
  "!": "",
  "\\": "\n",
};
const MAX_DEPTH = 40;

interface Cursor {
  text: string;
  at: number;
}

/** Reads a `{…}` argument at the cursor (after optional spaces and `[…]` options), or undefined. */
function readArgument(c: Cursor, depth: number): TexNode[] | undefined {
  if (depth >= MAX_DEPTH) return undefined;
  let at = c.at;
  while (c.text[at] === " ") at++;
  if (c.text[at] === "[") {
    const close = c.text.indexOf("]", at);
    if (close > 0) at = close + 1;
  }
  if (c.text[at] !== "{") return undefined;
  c.at = at + 1;
  return parseNodes(c, depth + 1, "}");
}

function rawArgument(nodes: TexNode[] | undefined): string {
  return (nodes ?? []).map((n) => (typeof n === "string" ? n : rawArgument(n.children))).join("");
}

function readCommand(c: Cursor, depth: number, out: TexNode[]): void {
  const m = /^[A-Za-z]+/.exec(c.text.slice(c.at, c.at + 40));
  if (!m) {
    const ch = c.text[c.at] ?? "";
    c.at += 1;
    out.push(ch in ESCAPES ? (ESCAPES[ch] ?? ch) : `\\${ch}`);
    return;
  }
  const name = m[0];
  c.at += name.length;
  const style = STYLE_COMMANDS[name];
  if (
    style ||
    PLAIN_COMMANDS.has(name) ||
    CITE_COMMANDS.has(name) ||
    LINK_COMMANDS.has(name) ||
    DROP_COMMANDS.has(name) ||
    name === "href"
  ) {
    const start = c.at;
    const arg = readArgument(c, depth);
    if (arg === undefined) {
      c.at = start;
      out.push(`\\${name}`);
    } else if (style) out.push({ style, children: arg });
    else if (CITE_COMMANDS.has(name))
      out.push(
        `[${rawArgument(arg)
          .split(",")
          .map((k) => k.trim())
          .join(", ")}]`,
      );
    else if (LINK_COMMANDS.has(name)) out.push(rawArgument(arg));
    // \href{target}{text}: the text only; the target is never followed.
    else if (name === "href") out.push(...(readArgument(c, depth) ?? []));
    else if (!DROP_COMMANDS.has(name)) out.push(...arg);
    return;
  }
  if (name in SYMBOLS) {
    out.push(SYMBOLS[name] ?? "");
    if (c.text[c.at] === "{" && c.text[c.at + 1] === "}") c.at += 2;
    else if (c.text[c.at] === " ") c.at += 1;
    return;
  }
  out.push(`\\${name}`);
}

/** Parses until `until` (a closing brace) or the end; an unmatched group keeps its brace as text. */
function parseNodes(c: Cursor, depth: number, until?: string): TexNode[] {
  const out: TexNode[] = [];
  let run = "";
  const flush = () => {
    if (run) out.push(run);
    run = "";
  };
  while (c.at < c.text.length) {
    const ch = c.text[c.at] ?? "";
    if (ch === until) {
      c.at += 1;
      flush();
      return out;
    }
    if (ch === "\\") {
      flush();
      c.at += 1;
      readCommand(c, depth, out);
    } else if (ch === "{" && depth < MAX_DEPTH) {
      flush();
      c.at += 1;
      const switchName = /^\\([a-z]+)\b\s*/.exec(c.text.slice(c.at, c.at + 12));
      const style = switchName ? STYLE_SWITCHES[switchName[1] ?? ""] : undefined;
      if (style && switchName) c.at += switchName[0].length;
      const children = parseNodes(c, depth + 1, "}");
      out.push(...(style ? [{ style, children }] : children));
    } else if (ch === "-" && c.text.startsWith("---", c.at)) {
      run += "—";
      c.at += 3;
    } else if (ch === "-" && c.text.startsWith("--", c.at)) {
      run += "–";
      c.at += 2;
    } else if (ch === "`" && c.text[c.at + 1] === "`") {
      run += "“";
      c.at += 2;
    } else if (ch === "'" && c.text[c.at + 1] === "'") {
      run += "”";
      c.at += 2;
    } else if (ch === "~") {
      run += "\u00a0";
      c.at += 1;
    } else {
      run += ch;
      c.at += 1;
    }
  }
  flush();
  return out;
}

/**
 * Converts text-mode LaTeX to a tree of text and styles.
 * @example parseTexText("{\\em big} -- see \\citep{a,b}") // [{ style: "em", children: ["big"] }, " – see [a, b]"]
 */
export function parseTexText(text: string): TexNode[] {
  return parseNodes({ text, at: 0 }, 0);
}

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch] ?? ch);
}

const TAGS = { em: "em", strong: "strong", code: "code", sc: "span" } as const;

/** Renders converted text as HTML: every character escaped, styles as <em>, <strong>, <code>. */
export function texNodesToHtml(nodes: TexNode[]): string {
  return nodes
    .map((n) => {
      if (typeof n === "string") return escapeHtml(n);
      const tag = TAGS[n.style];
      return `<${tag}${n.style === "sc" ? ' class="small-caps"' : ""}>${texNodesToHtml(n.children)}</${tag}>`;
    })
    .join("");
}

/** Renders converted text as plain text (for titles, meta tags, feeds and exports). */
export function texNodesToText(nodes: TexNode[]): string {
  return nodes.map((n) => (typeof n === "string" ? n : texNodesToText(n.children))).join("");
}
