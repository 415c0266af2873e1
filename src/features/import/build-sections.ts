// Rows of a sections file (a master schedule or a course list from a student information system).
// A section is found by its ID only (a course has many sections); "Section #" is a number within
// the course, so "Algebra 1" section 3 is "algebra-1-3". "Period" and "Days" narrow where it may
// meet: one period in the Period column fixes the period, as a master schedule says it.
import { slug } from "../../lib/slug.ts";
import type { CellResult } from "./cells.ts";
import { readCount, readDays, readFlag, readPeriods, readPins } from "./cells.ts";
import { listOf, readRef, readRefs, take, textOf, type Draft, type RowInput } from "./row-input.ts";
import type { Item, Workbench } from "./workbench.ts";

const count =
  (min: number) =>
  (text: string): CellResult<number> =>
    readCount(text, min);

/** The section's id from the ID column, else from Section # and the course, else null (new). */
function sectionId(input: RowInput): string | null {
  const id = input.value("id");
  if (id !== "") return id;
  const number = input.value("sectionNumber");
  if (number === "") return null;
  if (!/^\d{1,4}$/.test(number)) return number;
  const course = slug(input.value("course"));
  return course === "" ? null : `${course}-${Number(number)}`;
}

export function buildSection(input: RowInput, bench: Workbench): Draft | null {
  const course = input.value("course");
  const id = sectionId(input);
  if (id === null && course === "") {
    input.fail("course", "the course is empty", "Type the course's name, or skip the row.");
    return null;
  }
  const before = id !== null ? (bench.get("sections", id) ?? null) : null;
  if (before === null && course === "") {
    input.fail("course", "a new section needs a course", "Type the course's name.");
    return null;
  }
  const newId = id ?? bench.newId("sections", course);
  const idField =
    input.value("id") !== "" ? "id" : input.mapped("sectionNumber") ? "sectionNumber" : "course";
  if (!input.claim("sections", newId, idField)) return null;
  const next: Item = before ? { ...before } : { id: newId, course, teachers: [] };
  if (course !== "") next.course = course;
  take(input, next, "department", textOf);
  if (input.value("teachers") !== "") {
    const teachers = readRefs(input, bench, "teachers", "teachers");
    if (teachers) next.teachers = teachers;
  } else if (!before) {
    input.fail(
      input.mapped("teachers") ? "teachers" : null,
      "a new section needs a teacher",
      "Name the teacher (or teachers, separated by semicolons).",
    );
  }
  if (input.value("groups") !== "") {
    const groups = readRefs(input, bench, "groups", "groups");
    if (groups) next.groups = groups;
  }
  if (input.value("room") !== "") {
    const room = readRef(input, bench, "room", "rooms");
    if (room !== null) next.room = room;
  }
  take(input, next, "meetings", count(1));
  take(input, next, "length", count(1));
  take(input, next, "samePeriod", readFlag);
  take(input, next, "roomFeatures", listOf);
  take(input, next, "size", count(0));
  take(input, next, "allowedPeriods", (t) => bench.readCalendar("periods", t, readPeriods));
  take(input, next, "allowedDays", (t) => bench.readCalendar("days", t, readDays));
  take(input, next, "pinned", (t) =>
    readPins(bench.calendar, t, (room) => {
      const found = bench.indexes.rooms.find(room);
      return found.kind === "one" ? found.id : null;
    }),
  );
  return { before, next };
}
