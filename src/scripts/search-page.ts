// The search page: Pagefind's JS API driving a small UI. The query, filters and order live in the
// URL (typing replaces the history entry, filters and sort push one), so searches can be shared
// and the back button works.
import { formatDate } from "../lib/render/format.ts";
import { debounce, pagefindFilters, RESULTS_PER_PAGE, readState, toggleFilter, writeState } from "../lib/search/state.ts";

interface PagefindResult {
  id: string;
  data: () => Promise<{ url: string; excerpt: string; meta: Record<string, string | undefined> }>;
}
interface PagefindSearch {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
}
interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  search: (q: string | null, o: Record<string, unknown>) => Promise<PagefindSearch | null>;
}

const FACET_ORDER: Record<string, (a: [string, number], b: [string, number]) => number> = {
  year: ([a], [b]) => b.localeCompare(a),
  type: ([a], [b]) => a.localeCompare(b),
};
const byCount = ([a, ca]: [string, number], [b, cb]: [string, number]) => cb - ca || a.localeCompare(b);

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  ...children: Array<Node | string>
): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

/** Rebuilds Pagefind's excerpt keeping only text and <mark>, so no markup from the index reaches the page. */
function excerptNodes(html: string): Node[] {
  const template = document.createElement("template");
  template.innerHTML = html;
  return [...template.content.childNodes].map((n) =>
    n.nodeName === "MARK" ? el("mark", {}, n.textContent ?? "") : document.createTextNode(n.textContent ?? ""),
  );
}

export function startSearchPage(): void {
  const root = document.querySelector<HTMLElement>(".search-page");
  if (!root) return;
  const base = root.dataset.base ?? "/";
  const q = root.querySelector<HTMLInputElement>("#q")!;
  const sort = root.querySelector<HTMLSelectElement>("#sort")!;
  const status = root.querySelector<HTMLElement>("#search-status")!;
  const results = root.querySelector<HTMLOListElement>("#results")!;
  const more = root.querySelector<HTMLButtonElement>("#more")!;
  const empty = root.querySelector<HTMLElement>("#empty")!;
  const none = root.querySelector<HTMLElement>("#no-results")!;
  const clear = root.querySelector<HTMLButtonElement>("#clear-filters")!;
  let state = readState(location.search);
  let pagefind: Pagefind | undefined;
  let allFilters: Record<string, Record<string, number>> = {};
  let shown: PagefindResult[] = [];
  let pending: PagefindResult[] = [];
  let run = 0;

  const setUrl = (push: boolean) => {
    const next = `${location.pathname}${writeState(state)}`;
    if (next !== `${location.pathname}${location.search}`) history[push ? "pushState" : "replaceState"](null, "", next);
  };

  function renderFacets(counts: Record<string, Record<string, number>>): void {
    for (const fieldset of root!.querySelectorAll<HTMLFieldSetElement>("[data-facet]")) {
      const name = fieldset.dataset.facet ?? "";
      // Values that would leave no result are hidden, unless selected (so they can be unselected).
      const selected = state.filters[name] ?? [];
      const values = new Map(
        Object.keys(allFilters[name] ?? {})
          .map((v): [string, number] => [v, counts[name]?.[v] ?? 0])
          .filter(([v, count]) => count > 0 || selected.includes(v)),
      );
      for (const v of selected) if (!values.has(v)) values.set(v, 0);
      const list = fieldset.querySelector("ul")!;
      list.replaceChildren(
        ...[...values.entries()].sort(FACET_ORDER[name] ?? byCount).map(([value, count]) => {
          const box = el("input", { type: "checkbox", checked: state.filters[name]?.includes(value) ?? false });
          box.addEventListener("change", () => {
            state = toggleFilter(state, name, value);
            setUrl(true);
            void update();
          });
          return el("li", {}, el("label", {}, box, value, " ", el("span", { className: "count" }, `(${count})`)));
        }),
      );
      fieldset.hidden = values.size === 0;
    }
    clear.hidden = Object.keys(state.filters).length === 0;
    root!.querySelector("#active-filters")!.textContent =
      Object.entries(state.filters)
        .map(([k, v]) => `${k}: ${v.join(" or ")}`)
        .join("; ") || "none are active";
  }

  async function renderResult(result: PagefindResult): Promise<HTMLLIElement> {
    const { url, excerpt, meta } = await result.data();
    const isAuthor = meta.papers !== undefined;
    const details = isAuthor
      ? [meta.papers === "1" ? "1 paper" : `${meta.papers} papers`, meta.affiliation, meta.category]
      : [meta.authors, meta.date ? formatDate(meta.date) : undefined, meta.category];
    return el(
      "li",
      { className: "result" },
      el("div", { className: "kind" }, isAuthor ? "Author" : "Paper"),
      el("a", { className: "result-title", href: url }, meta.title ?? url),
      el("div", { className: "meta" }, details.filter(Boolean).join(" · ")),
      el("p", { className: "excerpt" }, ...excerptNodes(excerpt)),
    );
  }

  async function showMore(): Promise<void> {
    const batch = pending.splice(0, RESULTS_PER_PAGE);
    const items = await Promise.all(batch.map(renderResult));
    results.append(...items);
    shown = shown.concat(batch);
    more.hidden = pending.length === 0;
  }

  const runSearch = (pf: Pagefind) =>
    pf.search(state.query.trim() || null, {
      filters: pagefindFilters(state.filters),
      ...(state.sort === "newest" ? { sort: { date: "desc" } } : {}),
    });

  /** Draws the facets again (once every filter file is loaded) without touching the results. */
  async function refreshFacets(): Promise<void> {
    if (!pagefind) return;
    const mine = run;
    const browsing = !state.query.trim() && Object.keys(state.filters).length === 0;
    const counts = browsing ? allFilters : (await runSearch(pagefind))?.filters;
    if (mine === run && counts) renderFacets(counts);
  }

  async function update(): Promise<void> {
    if (!pagefind) return;
    const mine = ++run;
    const hasFilters = Object.keys(state.filters).length > 0;
    if (!state.query.trim() && !hasFilters) {
      results.replaceChildren();
      more.hidden = none.hidden = true;
      empty.hidden = false;
      status.textContent = "Type to search, or choose a filter.";
      renderFacets(allFilters);
      return;
    }
    const search = await runSearch(pagefind);
    if (mine !== run || !search) return;
    pending = [...search.results];
    shown = [];
    results.replaceChildren();
    empty.hidden = true;
    none.hidden = pending.length > 0;
    const n = pending.length;
    status.textContent = `${n} ${n === 1 ? "result" : "results"}${state.query ? ` for “${state.query}”` : ""}`;
    renderFacets(search.filters);
    await showMore();
  }

  const typed = debounce(() => {
    state = { ...state, query: q.value };
    setUrl(false);
    void update();
  }, 200);
  q.addEventListener("input", typed);
  root.querySelector("#search-form")!.addEventListener("submit", (event) => {
    event.preventDefault();
    state = { ...state, query: q.value };
    setUrl(true);
    void update();
  });
  sort.addEventListener("change", () => {
    state = { ...state, sort: sort.value === "newest" ? "newest" : "relevance" };
    setUrl(true);
    void update();
  });
  clear.addEventListener("click", () => {
    state = { ...state, filters: {} };
    setUrl(true);
    void update();
  });
  more.addEventListener("click", () => void showMore());
  window.addEventListener("popstate", () => {
    state = readState(location.search);
    q.value = state.query;
    sort.value = state.sort;
    void update();
  });
  // Arrow keys move between the search box and the results; Escape goes back to the box.
  root.addEventListener("keydown", (event) => {
    const links = [...results.querySelectorAll<HTMLAnchorElement>("a.result-title")];
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (event.key === "ArrowDown" && (document.activeElement === q || at >= 0)) {
      links[Math.min(at + 1, links.length - 1)]?.focus();
      event.preventDefault();
    } else if (event.key === "ArrowUp" && at >= 0) {
      (at === 0 ? q : links[at - 1])?.focus();
      event.preventDefault();
    } else if (event.key === "Escape" && at >= 0) {
      q.focus();
    }
  });

  q.value = state.query;
  sort.value = state.sort;
  void (async () => {
    try {
      const bundle = `${base}pagefind/pagefind.js`;
      pagefind = (await import(/* @vite-ignore */ bundle)) as Pagefind;
      await pagefind.options({ baseUrl: base, excerptLength: 24 });
      await pagefind.init();
    } catch {
      status.textContent =
        root.dataset.dev === "true"
          ? "Search needs a built site: the index is made by `npm run build`. Run it, then `npm run preview`."
          : "The search index could not be loaded. Browse all papers or authors A–Z instead.";
      return;
    }
    // Anything typed while the index loaded wins over the URL the page was opened with.
    if (q.value !== state.query) state = { ...state, query: q.value };
    // Facet values and counts need every filter file (about 140 KB at 10 000 papers): fetched after
    // the first results are on screen, then the facets are drawn again.
    const first = update();
    if (!state.query) q.focus();
    await first;
    allFilters = await pagefind.filters().catch(() => ({}));
    await refreshFacets();
  })();
}
