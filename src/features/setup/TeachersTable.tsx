import { Fragment, useState } from "react";
import type { Teacher } from "../../../solver/index.ts";
import { AvailabilityCell, AvailabilityDialog } from "./AvailabilityDialog.tsx";
import { NumberCell, RowMessages, TextCell, WordsCell } from "./cells.tsx";
import { newTeacher } from "./defaults.ts";
import { DeleteTeacherDialog } from "./DeleteTeacherDialog.tsx";
import { deleteTeacherEverywhere, isUsed, teacherUsage } from "./delete-teacher.ts";
import { setField } from "./edit.ts";
import { fieldSetter, idSetter, pasteInto } from "./item-setters.ts";
import { AddForm, AddInput, SetupSection } from "./SetupSection.tsx";
import { useRowWindow } from "./row-window.tsx";
import { useSetup } from "./use-setup.ts";
import { ActionsHeader, DeleteCell } from "./RowActions.tsx";

const SHOWN = [
  "id",
  "name",
  "departments",
  "unavailable",
  "maxTeachingPerDay",
  "minFreePerDay",
  "minFreePerCycle",
  "maxPlanningPerCycle",
];

const LIMITS = [
  ["maxTeachingPerDay", "Most teaching periods a day"],
  ["minFreePerDay", "Free periods a day"],
  ["minFreePerCycle", "Free periods a cycle"],
  ["maxPlanningPerCycle", "Most planning meetings a cycle"],
] as const satisfies readonly (readonly [keyof Teacher, string])[];

export function TeachersTable() {
  const { doc, errors, edit } = useSetup();
  const [name, setName] = useState("");
  const [availability, setAvailability] = useState<number | null>(null);
  const [deleting, setDeleting] = useState<number | null>(null);
  const teachers = doc.teachers;
  const at = (i: number, field: string) => errors.at("teachers", i, field);
  const win = useRowWindow(
    "teachers",
    teachers.map((t) => [t.name, t.id, ...(t.departments ?? [])].join(" ")),
    (i) => errors.rest("teachers", i, []).length > 0,
  );
  const setTeacher = fieldSetter(edit, "teachers");
  const set = (i: number, t: Teacher, field: string, label: string) =>
    setTeacher(i, field, `${label} of ${t.name}`);
  const setTeacherId = idSetter(edit, "teachers");

  const remove = (i: number) => {
    const t = teachers[i];
    if (!t) return;
    if (isUsed(teacherUsage(doc, t.id))) setDeleting(i);
    else edit(`Delete teacher ${t.name}`, (s) => deleteTeacherEverywhere(s, t.id));
  };

  return (
    <SetupSection
      window={win}
      title="Teachers"
      hint="Limits left empty mean no limit. Availability is every period unless you mark some off."
      paste={pasteInto(edit, "teachers")}
      add={
        <AddForm
          label="Add teacher"
          disabled={name.trim() === ""}
          onSubmit={() => {
            const teacher = newTeacher(doc, name);
            edit(`Add teacher ${teacher.name}`, (s) => ({
              ...s,
              teachers: [...s.teachers, teacher],
            }));
            setName("");
          }}
        >
          <AddInput
            label="New teacher's name"
            placeholder="Full name, e.g. Ana Lee"
            value={name}
            onChange={setName}
          />
        </AddForm>
      }
    >
      {teachers.length === 0 ? (
        <p className="empty">No teachers yet. Add them one by one below, or paste a list.</p>
      ) : (
        <table className="setup-table">
          <caption className="visually-hidden">Teachers</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">ID</th>
              <th scope="col">Departments</th>
              <th scope="col">Availability</th>
              <th scope="col" title="Most teaching periods a day">
                Max teaching / day
              </th>
              <th scope="col">Min free / day</th>
              <th scope="col">Min free / cycle</th>
              <th scope="col" title="Most team planning meetings a cycle">
                Max planning / cycle
              </th>
              <ActionsHeader />
            </tr>
          </thead>
          <tbody>
            {win.shown
              .map((i) => [teachers[i]!, i] as const)
              .map(([t, i]) => {
                const who = t.name || t.id;
                return (
                  <Fragment key={i}>
                    <tr>
                      <td>
                        <TextCell
                          label={`Name of ${who}`}
                          value={t.name}
                          errors={at(i, "name")}
                          onCommit={set(i, t, "name", "Rename")}
                        />
                      </td>
                      <td>
                        <TextCell
                          label={`ID of ${who}`}
                          value={t.id}
                          width="narrow"
                          errors={at(i, "id")}
                          onCommit={setTeacherId(i, `Change the ID of ${who}`)}
                        />
                      </td>
                      <td>
                        <WordsCell
                          label={`Departments of ${who}`}
                          value={t.departments}
                          placeholder="e.g. Math"
                          errors={at(i, "departments")}
                          onCommit={set(i, t, "departments", "Change departments")}
                        />
                      </td>
                      <AvailabilityCell
                        who={who}
                        unavailable={t.unavailable}
                        errors={at(i, "unavailable")}
                        onOpen={() => setAvailability(i)}
                      />
                      {LIMITS.map(([field, label]) => (
                        <td key={field}>
                          <NumberCell
                            label={`${label} of ${who}`}
                            value={t[field]}
                            placeholder="—"
                            errors={at(i, field)}
                            onCommit={set(i, t, field, `Change ${label.toLowerCase()}`)}
                          />
                        </td>
                      ))}
                      <DeleteCell label={`Delete teacher ${who}`} onDelete={() => remove(i)} />
                    </tr>
                    <RowMessages columns={9} messages={errors.rest("teachers", i, SHOWN)} />
                  </Fragment>
                );
              })}
          </tbody>
        </table>
      )}
      {availability !== null && teachers[availability] && (
        <AvailabilityDialog
          title={`When can ${teachers[availability].name} teach?`}
          unavailable={teachers[availability].unavailable}
          calendar={doc.calendar}
          onCancel={() => setAvailability(null)}
          onSave={(unavailable) => {
            const t = teachers[availability]!;
            setAvailability(null);
            edit(`Change availability of ${t.name}`, (s) =>
              setField(s, "teachers", availability, "unavailable", unavailable),
            );
          }}
        />
      )}
      {deleting !== null && teachers[deleting] && (
        <DeleteTeacherDialog
          teacher={teachers[deleting]}
          school={doc}
          onDone={(next, label) => {
            setDeleting(null);
            if (next) edit(label, () => next);
          }}
        />
      )}
    </SetupSection>
  );
}
