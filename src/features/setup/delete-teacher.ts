// Deleting a teacher whom sections or teams name: what it would touch, and the two ways to go on
// (remove them from those sections and teams, or hand their place to another teacher).
import type { School } from "../../../solver/index.ts";
import { mapRefs, removeRefs } from "./references.ts";

export type TeacherUsage = {
  sections: { id: string; course: string; /** The teacher is its only one. */ alone: boolean }[];
  teams: { id: string; name: string; alone: boolean; lead: boolean }[];
};

export function teacherUsage(school: School, teacherId: string): TeacherUsage {
  return {
    sections: school.sections
      .filter((s) => s.teachers.includes(teacherId))
      .map((s) => ({
        id: s.id,
        course: s.course,
        alone: s.teachers.every((t) => t === teacherId),
      })),
    teams: (school.teams ?? [])
      .filter((t) => t.members.includes(teacherId) || t.lead === teacherId)
      .map((t) => ({
        id: t.id,
        name: t.name ?? t.id,
        alone: t.members.every((m) => m === teacherId),
        lead: t.lead === teacherId,
      })),
  };
}

export const isUsed = (usage: TeacherUsage): boolean =>
  usage.sections.length > 0 || usage.teams.length > 0;

/**
 * Deletes the teacher and every mention of them. A section or team left with nobody keeps an
 * empty list: the parser flags it beside that row, and the person picks someone there.
 */
export function deleteTeacherEverywhere(school: School, teacherId: string): School {
  const cleared = removeRefs(school, "teacher", teacherId);
  return { ...cleared, teachers: cleared.teachers.filter((t) => t.id !== teacherId) };
}

/** Deletes the teacher and gives their sections, teams and leads to `replacementId`. */
export function replaceTeacher(school: School, teacherId: string, replacementId: string): School {
  const moved = mapRefs(school, "teacher", (id) => (id === teacherId ? replacementId : id));
  return { ...moved, teachers: moved.teachers.filter((t) => t.id !== teacherId) };
}

/** One sentence per consequence, for the question asked before deleting. */
export function describeRemoval(usage: TeacherUsage): string[] {
  const lines: string[] = [];
  for (const s of usage.sections) {
    lines.push(
      s.alone
        ? `${s.course} (${s.id}) would be left with no teacher; you would need to choose one.`
        : `${s.course} (${s.id}) keeps its other teachers.`,
    );
  }
  for (const t of usage.teams) {
    const lead = t.lead ? " and would have no lead" : "";
    lines.push(
      t.alone
        ? `Team ${t.name} would be left with no members; you would need to add some.`
        : `Team ${t.name} keeps its other members${lead}.`,
    );
  }
  return lines;
}
