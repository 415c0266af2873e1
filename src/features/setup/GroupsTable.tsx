import { Fragment, useState } from "react";
import { CheckCell, NumberCell, RowMessages, SelectCell, TextCell } from "./cells.tsx";
import { newGroup } from "./defaults.ts";
import { removeItem } from "./edit.ts";
import { fieldSetter, idSetter, pasteInto } from "./item-setters.ts";
import { usageCount } from "./references.ts";
import { AddForm, AddInput, SetupSection } from "./SetupSection.tsx";
import { useRowWindow } from "./row-window.tsx";
import { useSetup } from "./use-setup.ts";
import { ActionsHeader, DeleteCell } from "./RowActions.tsx";

const SHOWN = ["id", "name", "parent", "size", "fullDay"];

export function GroupsTable() {
  const { doc, errors, edit } = useSetup();
  const [name, setName] = useState("");
  const [parent, setParent] = useState("");
  const groups = doc.groups ?? [];
  const at = (i: number, field: string) => errors.at("groups", i, field);
  const set = fieldSetter(edit, "groups");
  const setGroupId = idSetter(edit, "groups");
  const win = useRowWindow(
    "groups",
    groups.map((g) => [g.name, g.id, g.parent ?? ""].join(" ")),
    (i) => errors.rest("groups", i, []).length > 0,
  );
  const choices = groups.map((g) => ({ value: g.id, label: g.name || g.id }));

  const add = () => {
    const group = newGroup(doc, name, parent || undefined);
    edit(`Add group ${group.name}`, (s) => ({ ...s, groups: [...(s.groups ?? []), group] }));
    setName("");
  };

  const remove = (i: number) => {
    const g = groups[i];
    if (!g) return;
    const used = usageCount(doc, "group", g.id);
    const question = `${g.name} is named by ${used} sections or groups; they will no longer name it (groups under it move up a level). Delete it?`;
    if (used > 0 && !window.confirm(question)) return;
    edit(`Delete group ${g.name}`, (s) => removeItem(s, "groups", i));
  };

  return (
    <SetupSection
      window={win}
      title="Student groups"
      hint="A group is students who are never in two places at once: a grade, a team, a homeroom. Put homerooms under their grade; a full-day group must be in class every period but lunch."
      paste={pasteInto(edit, "groups")}
      add={
        <AddForm label="Add group" disabled={name.trim() === ""} onSubmit={add}>
          <AddInput
            label="New group's name"
            placeholder="Name, e.g. Grade 6 or 6A"
            value={name}
            onChange={setName}
          />
          <select
            className="input"
            aria-label="New group's parent"
            value={parent}
            onChange={(e) => setParent(e.target.value)}
          >
            <option value="">No parent (top level)</option>
            {choices.map((c) => (
              <option key={c.value} value={c.value}>
                Under {c.label}
              </option>
            ))}
          </select>
        </AddForm>
      }
    >
      {groups.length === 0 ? (
        <p className="empty">No student groups yet.</p>
      ) : (
        <table className="setup-table">
          <caption className="visually-hidden">Student groups</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">ID</th>
              <th scope="col">Part of</th>
              <th scope="col">Students</th>
              <th scope="col">Full day</th>
              <ActionsHeader />
            </tr>
          </thead>
          <tbody>
            {win.shown
              .map((i) => [groups[i]!, i] as const)
              .map(([g, i]) => {
                const who = g.name || g.id;
                return (
                  <Fragment key={i}>
                    <tr>
                      <td>
                        <TextCell
                          label={`Name of group ${who}`}
                          value={g.name}
                          errors={at(i, "name")}
                          onCommit={set(i, "name", `Rename group ${who}`)}
                        />
                      </td>
                      <td>
                        <TextCell
                          label={`ID of group ${who}`}
                          value={g.id}
                          width="narrow"
                          errors={at(i, "id")}
                          onCommit={setGroupId(i, `Change the ID of ${who}`)}
                        />
                      </td>
                      <td>
                        <SelectCell
                          label={`Parent of group ${who}`}
                          value={g.parent ?? ""}
                          empty="—"
                          choices={choices.filter((c) => c.value !== g.id)}
                          errors={at(i, "parent")}
                          onChange={(v) => set(i, "parent", `Move group ${who}`)(v || undefined)}
                        />
                      </td>
                      <td>
                        <NumberCell
                          label={`Students in group ${who}`}
                          value={g.size}
                          placeholder="—"
                          errors={at(i, "size")}
                          onCommit={set(i, "size", `Change size of ${who}`)}
                        />
                      </td>
                      <td>
                        <CheckCell
                          label={`${who} is in class all day`}
                          checked={g.fullDay === true}
                          errors={at(i, "fullDay")}
                          onChange={(on) =>
                            set(
                              i,
                              "fullDay",
                              `${on ? "Set" : "Clear"} full day of ${who}`,
                            )(on || undefined)
                          }
                        />
                      </td>
                      <DeleteCell label={`Delete group ${who}`} onDelete={() => remove(i)} />
                    </tr>
                    <RowMessages columns={6} messages={errors.rest("groups", i, SHOWN)} />
                  </Fragment>
                );
              })}
          </tbody>
        </table>
      )}
    </SetupSection>
  );
}
