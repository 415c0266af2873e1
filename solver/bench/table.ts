// Plain-text tables for a terminal: every column as wide as its widest cell, numbers and other
// right-aligned columns flush right so that their digits line up.

export type Align = "left" | "right";

export type Column = { header: string; align?: Align };

const GAP = "  ";

/**
 * The table as lines: header, a rule of dashes, then one line per row. A row shorter than the
 * header gets empty cells; trailing spaces are trimmed so diffs of pasted output stay clean.
 */
export function formatTable(
  columns: readonly Column[],
  rows: readonly (readonly string[])[],
): string[] {
  const widths = columns.map((c, i) =>
    Math.max(c.header.length, ...rows.map((r) => (r[i] ?? "").length)),
  );
  const line = (cells: readonly string[]): string =>
    columns
      .map((c, i) => {
        const cell = cells[i] ?? "";
        const width = widths[i]!;
        return c.align === "right" ? cell.padStart(width) : cell.padEnd(width);
      })
      .join(GAP)
      .trimEnd();
  return [
    line(columns.map((c) => c.header)),
    widths.map((w) => "-".repeat(w)).join(GAP),
    ...rows.map(line),
  ];
}

/** A section heading: the title underlined, so sections stand out in a long report. */
export function heading(title: string): string[] {
  return ["", title, "=".repeat(title.length)];
}
