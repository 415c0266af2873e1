import { useId, useState } from "react";
import type { School, Teacher } from "../../../solver/index.ts";
import { ConfirmDialog } from "../storage/ConfirmDialog.tsx";
import {
  deleteTeacherEverywhere,
  describeRemoval,
  replaceTeacher,
  teacherUsage,
} from "./delete-teacher.ts";

type Props = {
  teacher: Teacher;
  school: School;
  /** The school after the chosen way out (null: cancelled) and the history label. */
  onDone: (next: School | null, label: string) => void;
};

/** A teacher whom sections or teams name: remove them there, hand their place on, or cancel. */
export function DeleteTeacherDialog({ teacher, school, onDone }: Props) {
  const usage = teacherUsage(school, teacher.id);
  const others = school.teachers.filter((t) => t.id !== teacher.id);
  const [replacement, setReplacement] = useState(others[0]?.id ?? "");
  const selectId = useId();
  const replacementName = others.find((t) => t.id === replacement)?.name ?? replacement;
  const sections = usage.sections.length;
  const teams = usage.teams.length;
  const uses = [
    sections > 0 ? `${sections} ${sections === 1 ? "section" : "sections"}` : "",
    teams > 0 ? `${teams} ${teams === 1 ? "team" : "teams"}` : "",
  ]
    .filter(Boolean)
    .join(" and ");

  return (
    <ConfirmDialog
      title={`Delete ${teacher.name}?`}
      actions={[
        ...(others.length > 0
          ? [
              {
                label: `Replace with ${replacementName}`,
                tone: "primary" as const,
                onClick: () =>
                  onDone(
                    replaceTeacher(school, teacher.id, replacement),
                    `Replace ${teacher.name} with ${replacementName}`,
                  ),
              },
            ]
          : []),
        {
          label: "Remove from them and delete",
          tone: "danger",
          onClick: () =>
            onDone(deleteTeacherEverywhere(school, teacher.id), `Delete teacher ${teacher.name}`),
        },
      ]}
      onCancel={() => onDone(null, "")}
    >
      <p>
        {teacher.name} teaches or plans in {uses}. If you remove them there:
      </p>
      <ul className="consequences">
        {describeRemoval(usage).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      {others.length > 0 && (
        <p>
          <label htmlFor={selectId}>Or give their sections and teams to </label>
          <select
            id={selectId}
            className="input"
            value={replacement}
            onChange={(e) => setReplacement(e.target.value)}
          >
            {others.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </select>
        </p>
      )}
    </ConfirmDialog>
  );
}
