/** An A–Z group: "#" collects names that do not start with a Latin letter. */
export interface LetterGroup<T> {
  letter: string;
  /** Safe for an id attribute ("hash" for "#"). */
  anchor: string;
  items: T[];
}

/**
 * Groups entries by their index letter, A to Z then "#", each sorted by `sortKey`.
 * @example groupByLetter([{ letter: "B", sortKey: "b" }, { letter: "A", sortKey: "a" }]).map((g) => g.letter) // ["A", "B"]
 */
export function groupByLetter<T extends { letter: string; sortKey: string }>(items: T[]): Array<LetterGroup<T>> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const list = groups.get(item.letter);
    if (list) list.push(item);
    else groups.set(item.letter, [item]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a === "#" ? 1 : b === "#" ? -1 : a < b ? -1 : a > b ? 1 : 0))
    .map(([letter, list]) => ({
      letter,
      anchor: letter === "#" ? "hash" : letter.toLowerCase(),
      items: list.sort((a, b) => (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : 0)),
    }));
}
