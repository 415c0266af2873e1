// Reading real-world CSV bytes: encodings, separators, quotes, blank rows, stray columns.
import { describe, expect, it } from "vitest";
import { decodeBytes } from "../../src/features/import/decode.ts";
import { columnLetter, detectSeparator, readCsvText } from "../../src/features/import/read-csv.ts";
import { bigSectionsCsv, fixtureBytes, fixtureTable } from "./import-fixtures.ts";

describe("decodeBytes", () => {
  it("drops a UTF-8 byte order mark and says it was there", () => {
    const decoded = decodeBytes(fixtureBytes("teachers-utf8-bom.csv"));
    expect(decoded.encoding).toBe("utf-8-bom");
    expect(decoded.text.startsWith("Last Name,")).toBe(true);
    expect(decoded.text).toContain("Núñez,Sofía");
  });

  it("reads UTF-8 without a mark as UTF-8", () => {
    const decoded = decodeBytes(fixtureBytes("teachers-utf8-tab.tsv"));
    expect(decoded.encoding).toBe("utf-8");
    expect(decoded.text).toContain("Zoë Müller");
  });

  it("falls back to Windows-1252 when the bytes are not valid UTF-8", () => {
    const bytes = fixtureBytes("teachers-cp1252-semicolon.csv");
    expect(bytes.includes(0xeb)).toBe(true); // ë as one byte
    const decoded = decodeBytes(bytes);
    expect(decoded.encoding).toBe("windows-1252");
    expect(decoded.text).toContain("Zoë Müller");
    expect(decoded.text).toContain("François Lefèvre");
  });

  it("reads Windows-1252's own characters (€ and curly quotes are 0x80-0x9f)", () => {
    const decoded = decodeBytes(Uint8Array.from([0x80, 0x20, 0x93, 0x41, 0x94]));
    expect(decoded).toEqual({ text: "€ \u201cA\u201d", encoding: "windows-1252" });
  });

  it("reads UTF-16 with its byte order mark (Excel's Unicode text)", () => {
    const text = "Name\tRoom\nZoë\t101\n";
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) bytes[2 + 2 * i] = text.charCodeAt(i);
    expect(decodeBytes(bytes)).toEqual({ text, encoding: "utf-16le" });
  });
});

describe("detectSeparator", () => {
  it("finds comma, semicolon, tab and bar", () => {
    expect(detectSeparator("a,b,c\n1,2,3\n")).toBe(",");
    expect(detectSeparator("a;b;c\n1;2;3\n")).toBe(";");
    expect(detectSeparator("a\tb\n1\t2\n")).toBe("\t");
    expect(detectSeparator("a|b\n1|2\n")).toBe("|");
  });

  it("is not fooled by commas inside semicolon-separated values", () => {
    expect(detectSeparator("Name;Department\nLee, Ana;Math\nOrtiz, Ben;English\n")).toBe(";");
  });

  it("is not fooled by semicolons inside quoted comma-separated values", () => {
    expect(detectSeparator('Team,Members\nA,"Lee; Ortiz; Chen"\nB,"Wu; Li"\n')).toBe(",");
  });

  it("takes comma for a file of one column", () => {
    expect(detectSeparator("Name\nAna Lee\n")).toBe(",");
  });
});

describe("readCsvText", () => {
  it("keeps quoted commas and line breaks inside one value and one row", () => {
    const table = fixtureTable("rooms-quoted-blank.csv");
    expect(table.header).toEqual(["Room", "Name", "Capacity", "Features"]);
    expect(table.rows.map((r) => r.cells[1])).toEqual([
      "Science Lab, north wing",
      "Main\r\nGym",
      "Library",
    ]);
  });

  it("drops blank rows and trailing empty columns, numbering rows as a spreadsheet does", () => {
    const table = fixtureTable("rooms-quoted-blank.csv");
    // Row 3 is blank, row 4 holds the quoted line break, row 5 is only separators.
    expect(table.rows.map((r) => r.row)).toEqual([2, 4, 6]);
    expect(table.rows.every((r) => r.cells.length === 4)).toBe(true);
    expect(table.issues).toEqual([]);
  });

  it("names a column that has values but no header by its letter", () => {
    const table = readCsvText("Name,\nAna,yes\n", "t.csv");
    expect(table.header).toEqual(["Name", "Column B"]);
    expect(columnLetter(27)).toBe("AB");
  });

  it("reads a semicolon file whose names hold commas", () => {
    const table = fixtureTable("teachers-cp1252-semicolon.csv");
    expect(table.separator).toBe(";");
    expect(table.encoding).toBe("windows-1252");
    expect(table.rows.map((r) => r.cells[0])).toEqual([
      "Zoë Müller",
      "François Lefèvre",
      "Lee, Ana",
    ]);
  });

  it("reports a quote that never closes on its row", () => {
    const table = readCsvText('Name,Room\nAna,101\n"Ben,102\nCai,103\n', "t.csv");
    expect(table.issues).toHaveLength(1);
    expect(table.issues[0]!.row).toBe(3);
    expect(table.issues[0]!.message).toMatch(/no closing quote/);
  });

  it("says so when the file has no rows", () => {
    const table = readCsvText("\r\n ,, \r\n", "empty.csv");
    expect(table.header).toEqual([]);
    expect(table.issues.map((i) => i.message)).toEqual(["the file has no rows"]);
  });

  it("reads 20,000 rows with progress that only grows and ends at 1", () => {
    const text = bigSectionsCsv(20_000, 300);
    const seen: number[] = [];
    const table = readCsvText(text, "sections.csv", "utf-8", { onProgress: (f) => seen.push(f) });
    expect(table.rows).toHaveLength(20_000);
    expect(table.rows.at(-1)!.row).toBe(20_001);
    expect(table.rows[0]!.cells[2]).toBe("Last0, First0");
    expect(seen.length).toBeGreaterThan(3);
    expect(seen.every((f, i) => i === 0 || f >= seen[i - 1]!)).toBe(true);
    expect(seen.at(-1)).toBe(1);
  });
});
