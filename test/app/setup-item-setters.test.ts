import { describe, expect, it } from "vitest";
import type { School } from "../../solver/model/format.ts";
import { fieldSetter, idSetter, pasteInto } from "../../src/features/setup/item-setters.ts";

const school = {
  name: "Tiny",
  calendar: { days: [{ id: "Mon" }], periods: [{ id: "P1" }] },
  teachers: [{ id: "t1", name: "Ana" }],
  rooms: [
    { id: "101", capacity: 30 },
    { id: "102", capacity: 20 },
  ],
  sections: [{ id: "s1", course: "Art", teacher: "t1", room: "102", meetingsPerCycle: 1 }],
} as unknown as School;

/** An edit function that records each step's label and the school it leaves. */
function recorder() {
  const steps: { label: string; after: School }[] = [];
  const edit = (label: string, change: (s: School) => School) =>
    steps.push({ label, after: change(school) });
  return { steps, edit };
}

describe("item setters", () => {
  it("set one field of one item as one step, leaving out a field set to undefined", () => {
    const { steps, edit } = recorder();
    const set = fieldSetter(edit, "rooms");
    set(1, "capacity", "Change capacity of room 102")(25);
    set(0, "capacity", "Clear capacity of room 101")(undefined);
    expect(steps.map((s) => s.label)).toEqual([
      "Change capacity of room 102",
      "Clear capacity of room 101",
    ]);
    expect(steps[0]?.after.rooms).toEqual([
      { id: "101", capacity: 30 },
      { id: "102", capacity: 25 },
    ]);
    expect(steps[1]?.after.rooms?.[0]).toEqual({ id: "101" });
  });

  it("change an id together with the references to it", () => {
    const { steps, edit } = recorder();
    idSetter(edit, "rooms")(1, "Rename room 102 to 202")("202");
    expect(steps[0]?.label).toBe("Rename room 102 to 202");
    expect(steps[0]?.after.rooms?.[1]?.id).toBe("202");
    expect(steps[0]?.after.sections[0]?.room).toBe("202");
  });

  it("add pasted rows as one step named by their count and kind", () => {
    const { steps, edit } = recorder();
    const next = { ...school, rooms: [...(school.rooms ?? []), { id: "103" }] };
    const paste = pasteInto(edit, "rooms");
    expect(paste.kind).toBe("rooms");
    paste.onAdd(next, 1);
    expect(steps).toEqual([{ label: "Paste 1 rooms", after: next }]);
  });
});
