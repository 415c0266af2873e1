import { useId, useState } from "react";
import { createSchool, setCurrentSchool, useSchools, type SchoolId } from "../../data/index.ts";
import { useCurrentSchool } from "./current-school.tsx";
import { emptySchool, freshSchoolName } from "./empty-school.ts";

/** The stored schools, to switch between them, and a new empty one. */
export function SchoolSwitcher() {
  const { schoolId, save } = useCurrentSchool();
  const schools = useSchools();
  const id = useId();
  const [problem, setProblem] = useState<string | null>(null);
  if (schoolId === null || schools.status !== "ready") return null;
  const list = schools.value;

  const unsavedOk = () =>
    save.status !== "failed" ||
    window.confirm("Your last changes are not saved. Leave them and switch schools?");

  const open = async (next: string) => {
    if (next === schoolId || !unsavedOk()) return;
    const result = await setCurrentSchool(next as SchoolId);
    setProblem(result.ok ? null : result.error.message);
  };
  const create = async () => {
    if (!unsavedOk()) return;
    const created = await createSchool(emptySchool(freshSchoolName(list.map((s) => s.name))));
    const result = created.ok ? await setCurrentSchool(created.value.id) : created;
    setProblem(result.ok ? null : result.error.message);
  };

  return (
    <div className="school-switcher">
      <label htmlFor={id}>School</label>
      <select id={id} value={schoolId} onChange={(e) => void open(e.target.value)}>
        {list.map((s) => (
          <option key={s.id} value={s.id}>
            {s.name}
          </option>
        ))}
      </select>
      <button type="button" className="button button-quiet" onClick={() => void create()}>
        New school
      </button>
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
