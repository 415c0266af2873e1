// What a failed day search teaches the next template (search/lessons.ts), on a school small
// enough to follow by hand: one day, three periods, a lunch window of periods 2 and 3.
import { describe, expect, it } from "vitest";
import type { School } from "../../solver/model/format.ts";
import { resolveSchool } from "../../solver/model/resolve.ts";
import { createRng } from "../../solver/rng.ts";
import { learn, learnFromWorkDays } from "../../solver/search/lessons.ts";
import { SearchState } from "../../solver/search/state.ts";
import { narrowToTemplate } from "../../solver/search/template.ts";
import { buildUnits, encode, maskOf, periodOf, popcount } from "../../solver/search/units.ts";
import { chooseWorkDays } from "../../solver/search/work-days.ts";

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
      workDays: [],
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

// Three days of three periods, lunch in period 3. Cam needs 6 free periods in the cycle: a day
// worked costs a lunch, so Cam can teach on one day only.
const threeDays = (): School => ({
  ...school(),
  name: "Part-Time Hall",
  calendar: {
    days: [
      { id: "Mon", name: "Monday" },
      { id: "Tue", name: "Tuesday" },
      { id: "Wed", name: "Wednesday" },
    ],
    periods: school().calendar.periods,
  },
  teachers: [{ id: "cam", name: "Cam", minFreePerCycle: 6 }],
  sections: [
    { id: "c1", course: "Music", teachers: ["cam"], groups: ["g1"], meetings: 1 },
    { id: "c2", course: "Music", teachers: ["cam"], groups: ["g2"], meetings: 1 },
  ],
  lunch: { periods: ["3"] },
});

describe("learn, for a teacher short of free periods", () => {
  const model = resolveSchool(threeDays());
  const { units } = buildUnits(model);
  const D = model.dayCount;
  // c1 on Monday in period 1, c2 on Tuesday in period 2: Cam has 1 + 1 + 3 = 5 free periods.
  const state = new SearchState(model, units);
  state.place(0, encode(D, 0, 0b001));
  state.place(1, encode(D, 1, 0b010));
  const template = Int32Array.from([0, 1]);

  it("keeps the days the teacher is busiest on, as many fewer as it is short", () => {
    expect(state.violations).toBeGreaterThan(0);
    // One period short: one day fewer. Monday and Tuesday tie; the earlier is kept.
    expect(state.teachersWorkingTooManyDays()).toEqual([[0, 0b001]]);
    const lessons = learn(null, template, false, state, 8);
    expect(lessons?.workDays).toEqual([[0, 0b001]]);
    expect(lessons?.cuts).toEqual([]);
    // Learned once, it is not new again.
    expect(learn(lessons, template, false, state, 8)).toBeNull();
  });

  it("narrows the next day search to those days, where the template's periods allow", () => {
    const narrowed = narrowToTemplate(model, units, template, [[0, 0b001]]);
    for (const [u, unit] of narrowed.entries()) {
      expect(unit.positions.length).toBeGreaterThan(0);
      for (const pos of unit.positions) {
        expect(periodOf(D, pos)).toBe(template[u]);
        expect(maskOf(D, pos)).toBe(0b001);
      }
    }
    // And on those days the rule holds: both classes on Monday leave Cam 0 + 3 + 3 free.
    const next = new SearchState(model, narrowed);
    narrowed.forEach((unit, u) => next.place(u, unit.positions[0]!));
    expect(next.violations).toBe(0);
    // Without the lesson, every day of the template's period stays open.
    const open = narrowToTemplate(model, units, template);
    expect(open[0]!.positions.map((pos) => maskOf(D, pos))).toEqual([0b001, 0b010, 0b100]);
  });
});

describe("learnFromWorkDays, for a template whose working days cannot be chosen", () => {
  const model = resolveSchool(threeDays());
  const { units } = buildUnits(model);
  const D = model.dayCount;

  it("finds Cam's one day when the classes sit at different periods", () => {
    const chosen = chooseWorkDays(
      model,
      narrowToTemplate(model, units, Int32Array.from([0, 1])),
      createRng(1),
      100,
    );
    expect(chosen?.found).toBe(true);
    if (!chosen?.found) return;
    const [[t, days]] = chosen.workDays as [[number, number]];
    expect(t).toBe(0);
    expect(popcount(days)).toBe(1);
    for (const unit of chosen.units)
      for (const pos of unit.positions) expect(maskOf(D, pos)).toBe(days);
  });

  it("cuts Cam's period when both classes sit in it, which no one day can hold", () => {
    const template = Int32Array.from([0, 0]);
    const narrowed = narrowToTemplate(model, units, template);
    const chosen = chooseWorkDays(model, narrowed, createRng(1), 100);
    expect(chosen?.found).toBe(false);
    if (chosen?.found !== false) return;
    const lessons = learnFromWorkDays(null, template, false, narrowed, chosen.culprit, 8);
    // Two meetings of Cam at period 1: at most one next time.
    expect(lessons?.cuts).toEqual([[0, 0, 1]]);
    expect(lessons?.from).toBe(template);
    // Learned once, it is not new again.
    expect(learnFromWorkDays(lessons, template, false, narrowed, chosen.culprit, 8)).toBeNull();
  });
});
