import { Fragment, useState } from "react";
import type { Section } from "../../../solver/index.ts";
import { CheckCell, NumberCell, RowMessages, SelectCell, TextCell } from "./cells.tsx";
import { PickCell } from "./pick-cells.tsx";
import { newSection } from "./defaults.ts";
import { SectionDetails } from "./SectionDetails.tsx";
import { fieldSetter, idSetter, pasteInto } from "./item-setters.ts";
import { AddForm, AddInput, SetupSection } from "./SetupSection.tsx";
import { useRowWindow } from "./row-window.tsx";
import { useSetup } from "./use-setup.ts";

const MAIN = ["id", "course", "teachers", "groups", "meetings", "length", "samePeriod", "room"];
const DETAILS = ["department", "roomFeatures", "allowedPeriods", "allowedDays", "size", "pinned"];
const COLUMNS = 9;

export function SectionsTable() {
  const { doc, errors, edit } = useSetup();
  const [course, setCourse] = useState("");
  const [teacher, setTeacher] = useState("");
  const [group, setGroup] = useState("");
  const [open, setOpen] = useState<ReadonlySet<number>>(new Set());
  const sections = doc.sections;
  const teachers = doc.teachers.map((t) => ({ value: t.id, label: t.name || t.id }));
  const groups = (doc.groups ?? []).map((g) => ({ value: g.id, label: g.name || g.id }));
  const rooms = (doc.rooms ?? []).map((r) => ({
    value: r.id,
    label: r.capacity == null ? r.id : `${r.id} (${r.capacity})`,
  }));
  const periods = doc.calendar.periods.map((p) => ({ value: p.id, label: p.name ?? p.id }));
  const days = doc.calendar.days.map((d) => ({ value: d.id, label: d.name ?? d.id }));
  const teacherName = (id: string) => teachers.find((t) => t.value === id)?.label ?? id;
  const at = (i: number, field: string) => errors.at("sections", i, field);
  const win = useRowWindow(
    "sections",
    sections.map((s) =>
      [s.course, s.id, ...s.teachers.map((t) => teacherName(t)), ...(s.groups ?? [])].join(" "),
    ),
    (i) => errors.rest("sections", i, []).length > 0,
  );
  const chosenTeacher = teacher || teachers[0]?.value || "";

  const setSection = fieldSetter(edit, "sections");
  const set = (i: number, s: Section, field: string, what: string) =>
    setSection(i, field, `${what} of ${s.course} (${s.id})`);
  const setSectionId = idSetter(edit, "sections");
  const toggle = (i: number) =>
    setOpen((o) => {
      const next = new Set(o);
      if (!next.delete(i)) next.add(i);
      return next;
    });

  const add = () => {
    const section = newSection(doc, course, [chosenTeacher], group ? [group] : []);
    edit(`Add section ${section.course} (${section.id})`, (s) => ({
      ...s,
      sections: [...s.sections, section],
    }));
    setCourse("");
  };

  return (
    <SetupSection
      window={win}
      title="Sections"
      hint={`A section is one class that meets through the cycle. Empty meetings means once on every day (${days.length}); length 1 period; same period every day unless unticked.`}
      paste={pasteInto(edit, "sections")}
      add={
        teachers.length === 0 ? (
          <p className="muted">Add teachers first: every section needs one.</p>
        ) : (
          <AddForm label="Add section" disabled={course.trim() === ""} onSubmit={add}>
            <AddInput
              label="New section's course"
              placeholder="Course, e.g. Algebra 1"
              value={course}
              onChange={setCourse}
            />
            <select
              className="input"
              aria-label="New section's teacher"
              value={chosenTeacher}
              onChange={(e) => setTeacher(e.target.value)}
            >
              {teachers.map((t) => (
                <option key={t.value} value={t.value}>
                  {t.label}
                </option>
              ))}
            </select>
            <select
              className="input"
              aria-label="New section's group"
              value={group}
              onChange={(e) => setGroup(e.target.value)}
            >
              <option value="">No group</option>
              {groups.map((g) => (
                <option key={g.value} value={g.value}>
                  {g.label}
                </option>
              ))}
            </select>
          </AddForm>
        )
      }
    >
      {sections.length === 0 ? (
        <p className="empty">No sections yet.</p>
      ) : (
        <table className="setup-table">
          <caption className="visually-hidden">Sections</caption>
          <thead>
            <tr>
              <th scope="col">Course</th>
              <th scope="col">ID</th>
              <th scope="col">Teachers</th>
              <th scope="col">Groups</th>
              <th scope="col">Meetings</th>
              <th scope="col">Length</th>
              <th scope="col">Same period</th>
              <th scope="col">Room</th>
              <th scope="col">
                <span className="visually-hidden">More</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {win.shown
              .map((i) => [sections[i]!, i] as const)
              .map(([s, i]) => {
                const who = `${s.course} (${s.id})`;
                const detailErrors = DETAILS.some((f) => at(i, f).length > 0);
                const expanded = open.has(i) || detailErrors;
                return (
                  <Fragment key={i}>
                    <tr>
                      <td>
                        <TextCell
                          label={`Course of ${s.id}`}
                          value={s.course}
                          errors={at(i, "course")}
                          onCommit={set(i, s, "course", "Change course")}
                        />
                      </td>
                      <td>
                        <TextCell
                          label={`ID of ${who}`}
                          value={s.id}
                          width="narrow"
                          errors={at(i, "id")}
                          onCommit={setSectionId(i, `Change the ID of ${who}`)}
                        />
                      </td>
                      <td>
                        <PickCell
                          label={`Teachers of ${who}`}
                          values={s.teachers}
                          choices={teachers}
                          none="nobody"
                          errors={at(i, "teachers")}
                          onChange={set(i, s, "teachers", "Change teachers")}
                        />
                      </td>
                      <td>
                        <PickCell
                          label={`Groups of ${who}`}
                          values={s.groups ?? []}
                          choices={groups}
                          none="none"
                          errors={at(i, "groups")}
                          onChange={(v) =>
                            set(i, s, "groups", "Change groups")(v.length === 0 ? undefined : v)
                          }
                        />
                      </td>
                      <td>
                        <NumberCell
                          label={`Meetings of ${who}`}
                          value={s.meetings}
                          placeholder={String(s.allowedDays?.length ?? days.length)}
                          errors={at(i, "meetings")}
                          onCommit={set(i, s, "meetings", "Change meetings")}
                        />
                      </td>
                      <td>
                        <NumberCell
                          label={`Length of ${who}`}
                          value={s.length}
                          placeholder="1"
                          errors={at(i, "length")}
                          onCommit={set(i, s, "length", "Change length")}
                        />
                      </td>
                      <td>
                        <CheckCell
                          label={`${who} meets at the same period every day`}
                          checked={s.samePeriod !== false}
                          errors={at(i, "samePeriod")}
                          onChange={(on) =>
                            set(i, s, "samePeriod", "Change same period")(on ? undefined : false)
                          }
                        />
                      </td>
                      <td>
                        <SelectCell
                          label={`Room of ${who}`}
                          value={s.room ?? ""}
                          empty={rooms.length === 0 ? "none" : "any that fits"}
                          choices={rooms}
                          errors={at(i, "room")}
                          onChange={(v) => set(i, s, "room", "Change room")(v || undefined)}
                        />
                      </td>
                      <td>
                        <button
                          type="button"
                          className="button button-quiet button-small"
                          aria-expanded={expanded}
                          aria-label={`More about ${who}`}
                          onClick={() => toggle(i)}
                        >
                          {expanded ? "Less" : "More"}
                        </button>
                      </td>
                    </tr>
                    {expanded && (
                      <tr className="details-row">
                        <td colSpan={COLUMNS}>
                          <SectionDetails
                            section={s}
                            who={who}
                            errors={(field) => at(i, field)}
                            set={(field, what) => set(i, s, field, what)}
                            periods={periods}
                            days={days}
                            calendar={doc.calendar}
                            rooms={doc.rooms ?? []}
                            onDelete={() =>
                              edit(`Delete section ${who}`, (x) => ({
                                ...x,
                                sections: x.sections.filter((_, k) => k !== i),
                              }))
                            }
                          />
                        </td>
                      </tr>
                    )}
                    <RowMessages
                      columns={COLUMNS}
                      messages={errors.rest("sections", i, [...MAIN, ...DETAILS])}
                    />
                  </Fragment>
                );
              })}
          </tbody>
        </table>
      )}
    </SetupSection>
  );
}
