// The preview: what each row of each file does to the school, and every problem by file, row and
// column with its fix. Nothing here stores anything; the school the plan builds must pass the
// school parser before it is ready.
import { describe, expect, it } from "vitest";
import { checkSchool } from "../../solver/format/parse-school.ts";
import type { School } from "../../solver/model/format.ts";
import { guessMapping } from "../../src/features/import/fields.ts";
import { planImport, type ImportFile, type ImportPlan } from "../../src/features/import/plan.ts";
import { describeProblem } from "../../src/features/import/problems.ts";
import { readCsvText } from "../../src/features/import/read-csv.ts";
import { bigSectionsCsv, fixtureFile, weekSchool } from "./import-fixtures.ts";

const ALL = [
  "teachers-utf8-bom.csv",
  "rooms-quoted-blank.csv",
  "groups-homerooms.tsv",
  "sections-sis.csv",
  "teams.csv",
];

const texts = (plan: ImportPlan, fileName: string): string[] =>
  plan.files
    .find((f) => f.fileName === fileName)!
    .rows.flatMap((r) => r.problems.map(describeProblem));

const rowOf = (plan: ImportPlan, fileName: string, row: number) =>
  plan.files.find((f) => f.fileName === fileName)!.rows.find((r) => r.row === row)!;

const csvFile = (
  name: string,
  text: string,
  kind = "teachers" as ImportFile["kind"],
): ImportFile => {
  const table = readCsvText(text, name);
  return { table, kind, mapping: guessMapping(kind, table.header), edits: {}, skipped: [] };
};

function withTeachers(...names: [string, string][]): School {
  return { ...weekSchool(), teachers: names.map(([id, name]) => ({ id, name })) };
}

describe("planImport on the messy fixtures", () => {
  const files = ALL.map((name) => fixtureFile(name));
  const plan = planImport(weekSchool(), files);

  it("applies files in dependency order, whatever order they were chosen in", () => {
    const reversed = planImport(weekSchool(), [...files].reverse());
    expect(reversed.files.map((f) => f.counts)).toEqual(
      [...plan.files.map((f) => f.counts)].reverse(),
    );
  });

  it("says what every file creates", () => {
    expect(plan.files.map((f) => [f.fileName, f.kind, f.counts.create])).toEqual([
      ["teachers-utf8-bom.csv", "teachers", 5],
      ["rooms-quoted-blank.csv", "rooms", 3],
      ["groups-homerooms.tsv", "groups", 3],
      ["sections-sis.csv", "sections", 9],
      ["teams.csv", "teams", 2],
    ]);
    expect(plan.school.teachers.map((t) => t.name)).toEqual([
      "Ana Lee",
      "Alan Lee",
      "Ben Ortiz",
      "Sofía Núñez",
      "Wei Chen",
    ]);
    expect(plan.school.teachers[2]).toMatchObject({
      departments: ["English", "Drama"],
      email: "ben.ortiz@example.org",
    });
  });

  it("names an ambiguous teacher with the file, row, column, candidates and fix", () => {
    expect(texts(plan, "sections-sis.csv")).toContain(
      "sections-sis.csv row 14, column Teacher: 'Lee, A' matches two teachers: Ana Lee, Alan Lee. " +
        "Write the full name or the ID (t-lee, t-alan-lee).",
    );
    expect(rowOf(plan, "sections-sis.csv", 5).problems[0]!.message).toBe(
      "'A. Lee' matches two teachers: Ana Lee, Alan Lee",
    );
  });

  it("reports a duplicate row and keeps the first", () => {
    const dup = rowOf(plan, "sections-sis.csv", 10);
    expect(dup.action).toBe("duplicate");
    expect(dup.note).toBe("repeats row 9; only row 9 is imported");
    expect(plan.school.sections.filter((s) => s.course === "Spanish 1")).toHaveLength(1);
  });

  it("reads 'Last, First', two teachers split by a comma, letter days and period names", () => {
    const byId = new Map(plan.school.sections.map((s) => [s.id, s]));
    expect(byId.get("algebra-1-2")!.teachers).toEqual(["t-lee"]);
    expect(byId.get("co-taught-math-1")!.teachers).toEqual(["t-lee", "t-chen"]);
    expect(byId.get("spanish-1-1")!.allowedDays).toEqual(["Tue", "Thu"]);
    expect(byId.get("drama-1")).toMatchObject({
      allowedPeriods: ["5"],
      allowedDays: ["Mon", "Wed"],
      room: "102",
    });
    expect(byId.get("english-6-1")).toMatchObject({
      groups: ["grade-6"],
      size: 30,
      department: "English",
    });
  });

  it("creates the grade groups a homeroom file names, and says so", () => {
    expect(plan.files[2]!.notes).toEqual([
      "Creates the group Grade 6, named in column Grade.",
      "Creates the group Grade 7, named in column Grade.",
    ]);
    expect(plan.school.groups!.find((g) => g.id === "6a")).toMatchObject({
      parent: "grade-6",
      size: 27,
      fullDay: true,
    });
  });

  it("places the school parser's errors on the row and column that caused them", () => {
    expect(texts(plan, "sections-sis.csv")).toContain(
      'sections-sis.csv row 11, column Room: room "101" seats 28 but the section has 30 students; ' +
        "choose a larger room or fix the sizes. Correct the value in the file or in the preview, or skip the row.",
    );
    expect(plan.ready).toBe(false);
    expect(plan.errorCount).toBe(3);
  });

  it("is ready once the rows are skipped or fixed in the preview, and the school is valid", () => {
    const sections = files[3]!;
    const row11 = sections.table.rows.find((r) => r.row === 11)!;
    const fixed = [...row11.cells];
    fixed[7] = "28";
    const next = planImport(weekSchool(), [
      ...files.slice(0, 3),
      { ...sections, skipped: [5, 14], edits: { 11: fixed } },
      files[4]!,
    ]);
    expect(next.errorCount).toBe(0);
    expect(next.ready).toBe(true);
    expect(rowOf(next, "sections-sis.csv", 5).action).toBe("skipped");
    expect(rowOf(next, "sections-sis.csv", 11).action).toBe("create");
    expect(checkSchool(next.school).ok).toBe(true);
  });

  it("never changes the school it starts from", () => {
    const base = withTeachers(["t-lee", "Ana Lee"]);
    const before = structuredClone(base);
    planImport(base, files);
    expect(base).toEqual(before);
  });
});

describe("merging into an existing school", () => {
  it("matches teachers by name in any order and case, and updates only the cells given", () => {
    const base = withTeachers(["t-lee", "Ana Lee"], ["t-mu", "Zoë Müller"]);
    base.teachers[0]!.departments = ["Math"];
    base.teachers[0]!.minFreePerDay = 1;
    const plan = planImport(base, [fixtureFile("teachers-cp1252-semicolon.csv")]);
    const rows = plan.files[0]!.rows;
    expect(rows.map((r) => [r.row, r.action, r.id])).toEqual([
      [2, "update", "t-mu"],
      [3, "create", "t-lefevre"],
      [4, "update", "t-lee"],
    ]);
    expect(rows[2]!.changes).toEqual(["Max Teaching Per Day"]);
    expect(plan.school.teachers[0]).toEqual({
      id: "t-lee",
      name: "Ana Lee",
      departments: ["Math"],
      minFreePerDay: 1,
      maxTeachingPerDay: 6,
    });
    expect(plan.school.teachers[1]).toMatchObject({ name: "Zoë Müller", departments: ["Music"] });
  });

  it("matches by ID first, renaming the item, and says when nothing changes", () => {
    const base: School = { ...weekSchool(), rooms: [{ id: "101", name: "Lab", capacity: 30 }] };
    const plan = planImport(base, [
      csvFile("rooms.csv", "Room,Name,Capacity\n101,Science Lab,\n", "rooms"),
    ]);
    expect(plan.files[0]!.rows[0]).toMatchObject({ action: "update", changes: ["Name"] });
    expect(plan.school.rooms).toEqual([{ id: "101", name: "Science Lab", capacity: 30 }]);
    const same = planImport(plan.school, [
      csvFile("rooms.csv", "Room,Capacity\n101,30\n", "rooms"),
    ]);
    expect(same.files[0]!.rows[0]!.action).toBe("unchanged");
  });

  it("refuses a name that fits two existing teachers and asks for an ID", () => {
    const base = withTeachers(["t-lee", "Ana Lee"], ["t-lee-2", "Ana Lee"]);
    const plan = planImport(base, [csvFile("t.csv", "Name,Department\nAna Lee,Math\n")]);
    expect(plan.files[0]!.rows[0]!.problems.map(describeProblem)).toEqual([
      "t.csv row 2, column Name: 'Ana Lee' matches two teachers: Ana Lee, Ana Lee. Add an ID column to say which one (t-lee, t-lee-2).",
    ]);
  });
});

describe("problems by row", () => {
  it("keeps one of two identical rows and refuses the same teacher written another way", () => {
    const plan = planImport(weekSchool(), [fixtureFile("teachers-duplicates.csv")]);
    const rows = plan.files[0]!.rows;
    expect(rows.map((r) => r.action)).toEqual(["create", "create", "duplicate", "error"]);
    expect(rows[3]!.problems.map(describeProblem)).toEqual([
      "teachers-duplicates.csv row 5, column Name: this row describes the same teacher as row 2 (Ana Lee). Keep one of the two rows: fix this one or skip it.",
    ]);
  });

  it("names a teacher that does not exist, and one unknown 'Last, First' name once", () => {
    const base = withTeachers(["t-lee", "Ana Lee"]);
    const plan = planImport(base, [
      csvFile("s.csv", 'Course,Teacher\nArt,"Lee, Zed"\nArt,"Ana Lee; Bo Wu"\n', "sections"),
    ]);
    expect(plan.files[0]!.rows.map((r) => r.problems.map((p) => p.message))).toEqual([
      ["no teacher is called 'Lee, Zed'"],
      ["no teacher is called 'Bo Wu'"],
    ]);
    expect(plan.files[0]!.rows[0]!.problems[0]!.fix).toMatch(
      /import a teachers file with this one/,
    );
  });

  it("reports bad values by column, and a new section without a teacher", () => {
    const base = withTeachers(["t-lee", "Ana Lee"]);
    const plan = planImport(base, [
      csvFile(
        "s.csv",
        "Course,Teacher,Max Enrollment,Days\nArt,Ana Lee,lots,Mon\nMusic,,20,Funday\n",
        "sections",
      ),
    ]);
    expect(plan.files[0]!.rows.flatMap((r) => r.problems.map(describeProblem))).toEqual([
      "s.csv row 2, column Max Enrollment: 'lots' is not a whole number. Write a whole number.",
      "s.csv row 3, column Teacher: a new section needs a teacher. Name the teacher (or teachers, separated by semicolons).",
      "s.csv row 3, column Days: 'Funday' is not a day of the cycle. Use the days Mon, Tue, Wed, Thu, Fri.",
    ]);
  });

  it("refuses a team lead who is not a member", () => {
    const base = withTeachers(["t-lee", "Ana Lee"], ["t-wu", "Bo Wu"]);
    const plan = planImport(base, [
      csvFile("teams.csv", "Team,Members,Lead\nArt,Ana Lee,Bo Wu\n", "teams"),
    ]);
    expect(plan.files[0]!.rows[0]!.problems.map((p) => [p.column, p.message])).toEqual([
      ["Lead", "Bo Wu leads the team but is not one of its members"],
    ]);
  });

  it("stops a file when no column says which item a row is", () => {
    const file = csvFile("t.csv", "Department,Email\nMath,a@b.c\n");
    const plan = planImport(weekSchool(), [file]);
    expect(plan.files[0]!.problems.map(describeProblem)).toEqual([
      "t.csv: no column is mapped to ID or Name or First Name or Last Name. Choose which column holds the teachers' names.",
    ]);
    expect(plan.ready).toBe(false);
  });

  it("numbers sections within their course from Section #, and takes other values as ids", () => {
    const base = withTeachers(["t-lee", "Ana Lee"]);
    const plan = planImport(base, [
      csvFile(
        "s.csv",
        "Course,Section #,Teacher\nAlgebra 1,03,Ana Lee\nAlgebra 1,ALG-B,Ana Lee\nAlgebra 1,,Ana Lee\n",
        "sections",
      ),
    ]);
    expect(plan.school.sections.map((s) => s.id)).toEqual(["algebra-1-3", "ALG-B", "algebra-1-1"]);
  });
});

describe("a 20,000-row sections file", () => {
  it("is planned in full, each row a new section of the right teacher", () => {
    const teachers = Array.from(
      { length: 300 },
      (_, i) => [`t-${i}`, `First${i} Last${i}`] as [string, string],
    );
    const base = withTeachers(...teachers);
    const plan = planImport(base, [
      csvFile("sections.csv", bigSectionsCsv(20_000, 300), "sections"),
    ]);
    expect(plan.files[0]!.counts.create).toBe(20_000);
    expect(plan.ready).toBe(true);
    expect(plan.school.sections[12_345]).toMatchObject({
      id: "course-345-25",
      teachers: [`t-${12_345 % 300}`],
      allowedPeriods: [String((12_345 % 7) + 1)],
    });
  });
});
