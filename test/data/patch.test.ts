import { describe, expect, it } from "vitest";
import type { Schedule } from "../../solver/model/format.ts";
import { createRng } from "../../solver/rng.ts";
import type { Json } from "../../src/data/json.ts";
import { applyPatch, diff } from "../../src/data/patch.ts";
import { instance } from "./fixtures.ts";

const planted = instance<Schedule>("middle-m-1.planted.json") as unknown as Json;

describe("diff and applyPatch", () => {
  it("redoes and undoes random edits of a real schedule exactly", () => {
    const rng = createRng(7);
    const pick = (n: number) => rng.int(n);
    let doc = planted;
    for (let round = 0; round < 12; round++) {
      const next = structuredClone(doc) as unknown as Schedule;
      const kind = round % 4;
      const i = pick(next.placements.length);
      if (kind === 0) next.placements[i] = { ...next.placements[i]!, period: String(1 + pick(8)) };
      else if (kind === 1) next.placements.splice(i, 1);
      else if (kind === 2)
        next.planning.push({ team: "team-6a", day: "Fri", period: "8", note: round });
      else next.status = next.status === "solved" ? "partial" : "solved";
      const after = next as unknown as Json;
      const patch = diff(doc, after);
      expect(applyPatch(doc, patch, "forward")).toEqual({ ok: true, value: after });
      expect(applyPatch(after, patch, "backward")).toEqual({ ok: true, value: doc });
      doc = after;
    }
  });

  it("stores a move as one small operation, not the whole schedule", () => {
    const after = structuredClone(planted) as unknown as Schedule;
    after.placements[100] = { ...after.placements[100]!, day: "Wed", period: "7" };
    const patch = diff(planted, after as unknown as Json);
    expect(patch).toHaveLength(2);
    expect(JSON.stringify(patch).length).toBeLessThan(200);
  });

  it("adds and removes object keys, including unknown ones", () => {
    const before: Json = { a: 1, keep: { x: [1, 2, 3] } };
    const after: Json = { keep: { x: [1, 9, 2, 3] }, b: null, "x-new": { deep: true } };
    const patch = diff(before, after);
    expect(applyPatch(before, patch, "forward")).toEqual({ ok: true, value: after });
    expect(applyPatch(after, patch, "backward")).toEqual({ ok: true, value: before });
  });

  it("replaces a root of another type", () => {
    const patch = diff([1, 2], { a: 1 });
    expect(applyPatch([1, 2], patch, "forward")).toEqual({ ok: true, value: { a: 1 } });
    expect(applyPatch({ a: 1 }, patch, "backward")).toEqual({ ok: true, value: [1, 2] });
  });

  it("refuses a patch that does not fit the document, leaving it unchanged", () => {
    const before: Json = { list: [{ p: "1" }, { p: "2" }] };
    const patch = diff(before, { list: [{ p: "1" }, { p: "3" }] });
    const other: Json = { list: [{ p: "1" }, { p: "5" }] };
    expect(applyPatch(other, patch, "forward")).toEqual({ ok: false, path: ["list", 1, "p"] });
    expect(other).toEqual({ list: [{ p: "1" }, { p: "5" }] });
  });

  it("sets a key named __proto__ as data, not as the prototype", () => {
    const before = JSON.parse('{"a": 1}') as Json;
    const after = JSON.parse('{"a": 1, "__proto__": {"polluted": true}}') as Json;
    const result = applyPatch(before, diff(before, after), "forward");
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(Object.getPrototypeOf(result.value)).toBe(Object.prototype);
    expect(JSON.stringify(result.value)).toBe(JSON.stringify(after));
  });
});
