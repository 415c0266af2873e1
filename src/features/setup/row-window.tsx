// Long lists (150 sections, 60 teachers) are found by typing, not by scrolling: a filter box and
// the first rows that match. Rows with problems are always shown, so a filter never hides what
// stops the school from being saved. Rendering fewer rows also keeps every edit quick.
import { useId, useState } from "react";

export const PAGE = 40;

/** Pure: which rows to show, by their index in the full list. */
export function windowRows(
  texts: readonly string[],
  query: string,
  all: boolean,
  hasErrors: (index: number) => boolean,
): { shown: number[]; matching: number } {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const matches = texts.flatMap((text, i) => {
    const t = text.toLowerCase();
    return words.every((w) => t.includes(w)) ? [i] : [];
  });
  const first = all ? matches : matches.slice(0, PAGE);
  const kept = new Set(first);
  const flagged = texts.flatMap((_, i) => (hasErrors(i) && !kept.has(i) ? [i] : []));
  return { shown: [...first, ...flagged].sort((a, b) => a - b), matching: matches.length };
}

export type RowWindow = {
  shown: number[];
  filter: React.ReactNode;
  footer: React.ReactNode;
};

/** The filter box and "show all" for a list; `texts[i]` is what row i can be found by. */
export function useRowWindow(
  noun: string,
  texts: readonly string[],
  hasErrors: (index: number) => boolean,
): RowWindow {
  const [query, setQuery] = useState("");
  const [all, setAll] = useState(false);
  const id = useId();
  const { shown, matching } = windowRows(texts, query, all, hasErrors);
  if (texts.length <= PAGE) return { shown, filter: null, footer: null };
  const filter = (
    <span className="row-filter">
      <label htmlFor={id}>Find {noun}</label>
      <input
        id={id}
        type="search"
        className="input"
        placeholder="name, id, teacher…"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
    </span>
  );
  const hidden = matching - Math.min(matching, all ? matching : PAGE);
  const footer = (
    <p className="row-count" aria-live="polite">
      {query ? `${matching} of ${texts.length} ${noun} match` : `${texts.length} ${noun}`}
      {hidden > 0 && (
        <>
          {`; showing the first ${PAGE}. `}
          <button type="button" className="link-button" onClick={() => setAll(true)}>
            Show all {matching}
          </button>
        </>
      )}
    </p>
  );
  return { shown, filter, footer };
}
