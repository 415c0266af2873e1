import { describe, expect, it } from "vitest";
import { formatTable, heading } from "../../solver/bench/table.ts";
import { formatKb, formatMs, formatRatio, formatSeconds } from "../../solver/bench/units.ts";

describe("formatTable", () => {
  const lines = formatTable(
    [{ header: "school" }, { header: "median", align: "right" }, { header: "status" }],
    [
      ["high-s-1", "82 ms", "solved 5/5"],
      ["elementary-infeasible-team", "30.0 s", "timed out 5/5"],
      ["m", "1.25 s"],
    ],
  );

  it("puts a header and a dashed rule over one line per row", () => {
    expect(lines).toHaveLength(5);
    expect(lines[0]!.startsWith("school")).toBe(true);
    expect(lines[1]).toMatch(/^-+ {2}-+ {2}-+$/);
  });

  it("makes each column as wide as its widest cell, header included", () => {
    const rule = lines[1]!.split("  ").map((d) => d.length);
    expect(rule).toEqual([
      "elementary-infeasible-team".length,
      "median".length,
      "timed out 5/5".length,
    ]);
  });

  it("lines up left columns at their start and right columns at their end", () => {
    const statusStart = lines[0]!.indexOf("status");
    expect(lines[2]!.indexOf("solved")).toBe(statusStart);
    expect(lines[3]!.indexOf("timed out")).toBe(statusStart);
    const medianEnd = lines[0]!.indexOf("median") + "median".length;
    expect(lines[2]!.indexOf("82 ms") + "82 ms".length).toBe(medianEnd);
    expect(lines[3]!.indexOf("30.0 s") + "30.0 s".length).toBe(medianEnd);
    expect(lines[4]!.indexOf("1.25 s") + "1.25 s".length).toBe(medianEnd);
  });

  it("leaves missing cells empty and trims trailing spaces", () => {
    expect(lines[4]!.endsWith("1.25 s")).toBe(true);
    for (const line of lines) expect(line).toBe(line.trimEnd());
  });

  it("underlines a heading to its length", () => {
    expect(heading("Targets")).toEqual(["", "Targets", "======="]);
  });
});

describe("units", () => {
  it("prints times in ms below a second and in s above", () => {
    expect(formatMs(0.421)).toBe("0.42 ms");
    expect(formatMs(82.4)).toBe("82 ms");
    expect(formatMs(1254)).toBe("1.25 s");
    expect(formatMs(30_004)).toBe("30.0 s");
    expect(formatMs(NaN)).toBe("-");
  });

  it("prints kilobytes as MB, ratios with an x, FET seconds as quoted", () => {
    expect(formatKb(146_432)).toBe("143 MB");
    expect(formatKb(NaN)).toBe("-");
    expect(formatRatio(1530.4)).toBe("1,530x");
    expect(formatRatio(12.3)).toBe("12x");
    expect(formatRatio(0.654)).toBe("0.65x");
    expect(formatSeconds(0.13)).toBe("0.13 s");
    expect(formatSeconds(156)).toBe("156 s");
  });
});
