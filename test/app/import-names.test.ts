// Finding teachers, rooms and groups by what a cell calls them.
import { describe, expect, it } from "vitest";
import { NameIndex, personKey } from "../../src/features/import/names.ts";

describe("personKey", () => {
  it("ignores case and spacing and reads 'Last, First'", () => {
    expect(personKey("  Ana   LEE ")).toBe("ana lee");
    expect(personKey("Lee, Ana")).toBe("ana lee");
    expect(personKey("Lee,Ana")).toBe("ana lee");
    expect(personKey("de la Cruz, María José")).toBe("maría josé de la cruz");
  });
});

describe("NameIndex", () => {
  const teachers = () => {
    const index = new NameIndex(true);
    index.set("t-lee", ["Ana Lee"]);
    index.set("t-alee", ["Alan Lee"]);
    index.set("t-chen", ["Wei Chen"]);
    return index;
  };

  it("finds by id, then by name in any order, case or spacing", () => {
    const index = teachers();
    expect(index.find("t-chen")).toEqual({ kind: "one", id: "t-chen" });
    expect(index.find("T-CHEN")).toEqual({ kind: "one", id: "t-chen" });
    expect(index.find("Lee, Ana")).toEqual({ kind: "one", id: "t-lee" });
    expect(index.find("ana  lee")).toEqual({ kind: "one", id: "t-lee" });
  });

  it("reads an initial and says when it fits several people", () => {
    const index = teachers();
    expect(index.find("Lee, A")).toEqual({ kind: "many", ids: ["t-lee", "t-alee"] });
    expect(index.find("A. Lee")).toEqual({ kind: "many", ids: ["t-lee", "t-alee"] });
    expect(index.find("W. Chen")).toEqual({ kind: "one", id: "t-chen" });
    expect(index.find("B. Chen")).toEqual({ kind: "none" });
  });

  it("does not read initials when a row names an item (findName)", () => {
    expect(teachers().findName("W. Chen")).toEqual({ kind: "none" });
    expect(teachers().findName("Chen, Wei")).toEqual({ kind: "one", id: "t-chen" });
  });

  it("follows renames and removals", () => {
    const index = teachers();
    expect(index.find("Wei Chen").kind).toBe("one");
    index.set("t-chen", ["Wei Chen-Park"]);
    expect(index.find("Wei Chen")).toEqual({ kind: "none" });
    expect(index.find("wei chen-park")).toEqual({ kind: "one", id: "t-chen" });
    index.remove("t-alee");
    expect(index.find("Lee, A")).toEqual({ kind: "one", id: "t-lee" });
  });

  it("does not swap names around commas for things other than people", () => {
    const rooms = new NameIndex(false);
    rooms.set("lab", ["Lab, north wing"]);
    expect(rooms.find("lab, north wing")).toEqual({ kind: "one", id: "lab" });
    expect(rooms.find("north wing lab")).toEqual({ kind: "none" });
  });
});
