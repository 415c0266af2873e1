// What a failed day search teaches the next template (search/lessons.ts), on a school small
// enough to follow by hand: one day, three periods, a lunch window of periods 2 and 3.
import { describe, expect, it } from "vitest";
import type { School } from "../../solver/model/format.ts";
import { resolveSchool } from "../../solver/model/resolve.ts";
import { learn } from "../../solver/search/lessons.ts";
import { SearchState } from "../../solver/search/state.ts";
import { buildUnits, encode } from "../../solver/search/units.ts";

const school = (): School => ({
  format: "commons-school/1",
  name: "Lunch Hall",
  calendar: {
    days: [{ id: "Mon", name: "Monday" }],
    periods: [
      { id: "1", name: "Period 1" },
      { id: "2", name: "Period 2" },
      { id: "3", name: "Period 3" },
    ],
  },
  teachers: [
    { id: "ann", name: "Ann" },
    { id: "ben", name: "Ben" },
  ],
  rooms: [],
  groups: [
    { id: "g1", name: "G1", size: 20 },
    { id: "g2", name: "G2", size: 20 },
    { id: "g3", name: "G3", size: 20 },
  ],
  sections: [
    { id: "a1", course: "Math", teachers: ["ann"], groups: ["g1"], meetings: 1 },
    { id: "a2", course: "Math", teachers: ["ann"], groups: ["g2"], meetings: 1 },
    { id: "b1", course: "Art", teachers: ["ben"], groups: ["g3"], meetings: 1 },
    { id: "b2", course: "Art", teachers: ["ben"], groups: ["g3"], meetings: 1 },
  ],
  teams: [],
  lunch: { periods: ["2", "3"] },
});

/** A state with each section placed at the given period (0-based) on Monday. */
function placed(periods: Record<string, number>) {
  const model = resolveSchool(school());
  const { units } = buildUnits(model);
  const state = new SearchState(model, units);
  units.forEach((unit, u) => {
    state.place(u, encode(model.dayCount, periods[model.sections[unit.owner]!.id]!, 1));
  });
  const teacher = (id: string) => model.teachers.findIndex((t) => t.id === id);
  return { state, teacher, template: new Int32Array(units.length) };
}

describe("learn", () => {
  it("cuts a teacher's capacity where it clashed and reads strictly the lunch it lost", () => {
    // Ann teaches both lunch periods (no lunch); Ben has two classes in period 1.
    const { state, teacher, template } = placed({ a1: 1, a2: 2, b1: 0, b2: 0 });
    expect(state.clashingTeacherPeriods()).toEqual([[teacher("ben"), 0, 2]]);
    expect(state.teachersWithoutLunch()).toEqual([teacher("ann")]);
    const lessons = learn(null, template, false, state, 8);
    // Ben may hold one meeting fewer at period 1 than the two that clashed.
    expect(lessons).toEqual({
      from: template,
      cuts: [[teacher("ben"), 0, 1]],
      strictLunchFor: [teacher("ann")],
      strictLunch: false,
    });
    // The same failure again teaches nothing new: a new template is due.
    expect(learn(lessons, template, false, state, 8)).toBeNull();
    // A clash where a cut already is cuts deeper.
    const deeper = { ...lessons!, cuts: [[teacher("ben"), 0, 2] as [number, number, number]] };
    expect(learn(deeper, template, false, state, 8)?.cuts).toEqual([
      [teacher("ben"), 0, 2],
      [teacher("ben"), 0, 1],
    ]);
  });

  it("teaches nothing when the rules broken are others, or past the limit", () => {
    const { state, template } = placed({ a1: 0, a2: 1, b1: 0, b2: 2 });
    expect(state.clashingTeacherPeriods()).toEqual([]);
    expect(state.teachersWithoutLunch()).toEqual([]);
    expect(learn(null, template, false, state, 8)).toBeNull();
    const failing = placed({ a1: 1, a2: 2, b1: 0, b2: 0 });
    expect(learn(null, failing.template, false, failing.state, 1)).toBeNull();
    // Under the strict reading every lunch is already strict: only the clash is new.
    expect(learn(null, failing.template, true, failing.state, 8)?.strictLunchFor).toEqual([]);
  });
});
