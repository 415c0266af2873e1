import { Fragment, useState } from "react";
import type { Planning, Team } from "../../../solver/index.ts";
import { CheckCell, NumberCell, RowMessages, SelectCell, TextCell } from "./cells.tsx";
import { PickCell, TogglesCell } from "./pick-cells.tsx";
import { newTeam } from "./defaults.ts";
import { setField, withField } from "./edit.ts";
import { fieldSetter, idSetter, pasteInto } from "./item-setters.ts";
import { AddForm, AddInput, SetupSection } from "./SetupSection.tsx";
import { useRowWindow } from "./row-window.tsx";
import { useSetup } from "./use-setup.ts";
import { Detail } from "./Detail.tsx";
import { ActionsHeader, DeleteCell } from "./RowActions.tsx";

const KINDS = [
  { value: "grade", label: "Grade" },
  { value: "subject", label: "Subject" },
  { value: "department", label: "Department" },
];
const SHOWN = [
  "id",
  "name",
  "kind",
  "members",
  "lead",
  "planning.perCycle",
  "planning.maxPerDay",
  "planning.periods",
  "planning.samePeriod",
];
const COLUMNS = 6;
type PlanningField = "perCycle" | "maxPerDay" | "periods" | "samePeriod";

export function TeamsEditor() {
  const { doc, errors, edit } = useSetup();
  const [name, setName] = useState("");
  const [first, setFirst] = useState("");
  const teams = doc.teams ?? [];
  const teachers = doc.teachers.map((t) => ({ value: t.id, label: t.name || t.id }));
  const periods = doc.calendar.periods.map((p) => ({ value: p.id, label: p.name ?? p.id }));
  const at = (i: number, field: string) => errors.at("teams", i, field);
  const win = useRowWindow(
    "teams",
    teams.map((t) => [t.name ?? "", t.id, ...t.members].join(" ")),
    (i) => errors.rest("teams", i, []).length > 0,
  );
  const member = first || teachers[0]?.value || "";

  const setTeam = fieldSetter(edit, "teams");
  const set = (i: number, t: Team, field: string, what: string) =>
    setTeam(i, field, `${what} of team ${t.name ?? t.id}`);
  const setTeamId = idSetter(edit, "teams");
  /** Planning fields; a team whose perCycle is cleared has no planning requirement. */
  const plan = (i: number, t: Team, field: PlanningField, what: string) => (value: unknown) => {
    if (field === "perCycle" && value === undefined) {
      set(i, t, "planning", "Remove the planning requirement")(undefined);
      return;
    }
    const current: Planning = t.planning ?? { perCycle: doc.calendar.days.length };
    set(i, t, "planning", what)(withField(current, field, value));
  };

  const add = () => {
    const team = newTeam(doc, name, [member]);
    edit(`Add team ${team.name}`, (s) => ({ ...s, teams: [...(s.teams ?? []), team] }));
    setName("");
  };

  return (
    <SetupSection
      window={win}
      title="Teams"
      hint="Every team gets its common planning time: that many periods a cycle when all its members are free together. Clear the planning count for a team that needs none."
      paste={pasteInto(edit, "teams")}
      add={
        teachers.length === 0 ? (
          <p className="muted">Add teachers first: a team needs members.</p>
        ) : (
          <AddForm label="Add team" disabled={name.trim() === ""} onSubmit={add}>
            <AddInput
              label="New team's name"
              placeholder="Name, e.g. 6A core team"
              value={name}
              onChange={setName}
            />
            <select
              className="input"
              aria-label="New team's first member"
              value={member}
              onChange={(e) => setFirst(e.target.value)}
            >
              {teachers.map((t) => (
                <option key={t.value} value={t.value}>
                  {t.label}
                </option>
              ))}
            </select>
          </AddForm>
        )
      }
    >
      {teams.length === 0 ? (
        <p className="empty">No teams yet.</p>
      ) : (
        <table className="setup-table">
          <caption className="visually-hidden">Teams</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">ID</th>
              <th scope="col">Kind</th>
              <th scope="col">Members</th>
              <th scope="col">Lead</th>
              <ActionsHeader />
            </tr>
          </thead>
          <tbody>
            {win.shown
              .map((i) => [teams[i]!, i] as const)
              .map(([t, i]) => {
                const who = t.name || t.id;
                const p = t.planning;
                return (
                  <Fragment key={i}>
                    <tr className="team-row">
                      <td>
                        <TextCell
                          label={`Name of team ${who}`}
                          value={t.name ?? ""}
                          errors={at(i, "name")}
                          onCommit={(v) => set(i, t, "name", "Rename")(v.trim() || undefined)}
                        />
                      </td>
                      <td>
                        <TextCell
                          label={`ID of team ${who}`}
                          value={t.id}
                          width="narrow"
                          errors={at(i, "id")}
                          onCommit={setTeamId(i, `Change the ID of team ${who}`)}
                        />
                      </td>
                      <td>
                        <SelectCell
                          label={`Kind of team ${who}`}
                          value={t.kind ?? ""}
                          empty="Other"
                          choices={KINDS}
                          errors={at(i, "kind")}
                          onChange={(v) => set(i, t, "kind", "Change kind")(v || undefined)}
                        />
                      </td>
                      <td>
                        <PickCell
                          label={`Members of team ${who}`}
                          values={t.members}
                          choices={teachers}
                          none="nobody"
                          errors={at(i, "members")}
                          onChange={(members) =>
                            edit(`Change members of team ${who}`, (s) => {
                              const next = setField(s, "teams", i, "members", members);
                              // A lead who leaves the team stops being its lead.
                              return t.lead && !members.includes(t.lead)
                                ? setField(next, "teams", i, "lead", undefined)
                                : next;
                            })
                          }
                        />
                      </td>
                      <td>
                        <SelectCell
                          label={`Lead of team ${who}`}
                          value={t.lead ?? ""}
                          empty="No lead"
                          choices={teachers.filter((c) => t.members.includes(c.value))}
                          errors={at(i, "lead")}
                          onChange={(v) => set(i, t, "lead", "Change lead")(v || undefined)}
                        />
                      </td>
                      <DeleteCell
                        label={`Delete team ${who}`}
                        onDelete={() =>
                          edit(`Delete team ${who}`, (s) => ({
                            ...s,
                            teams: (s.teams ?? []).filter((_, k) => k !== i),
                          }))
                        }
                      />
                    </tr>
                    <tr className="details-row">
                      <td colSpan={COLUMNS}>
                        <div className="details">
                          <Detail label="Planning periods a cycle">
                            <NumberCell
                              label={`Planning periods a cycle of team ${who}`}
                              value={p?.perCycle}
                              placeholder="none"
                              errors={at(i, "planning.perCycle")}
                              onCommit={plan(i, t, "perCycle", "Change planning per cycle")}
                            />
                          </Detail>
                          {p && (
                            <>
                              <Detail label="At most a day">
                                <NumberCell
                                  label={`Planning periods a day of team ${who}`}
                                  value={p.maxPerDay}
                                  placeholder="1"
                                  errors={at(i, "planning.maxPerDay")}
                                  onCommit={plan(i, t, "maxPerDay", "Change planning a day")}
                                />
                              </Detail>
                              <Detail label="In periods">
                                <TogglesCell
                                  label={`Planning periods of team ${who}`}
                                  values={p.periods}
                                  choices={periods}
                                  none="any period"
                                  errors={at(i, "planning.periods")}
                                  onChange={plan(i, t, "periods", "Change planning periods")}
                                />
                              </Detail>
                              <span className="detail">
                                <CheckCell
                                  label={`Team ${who} plans at the same period every time`}
                                  checked={p.samePeriod === true}
                                  errors={at(i, "planning.samePeriod")}
                                  onChange={(on) =>
                                    plan(
                                      i,
                                      t,
                                      "samePeriod",
                                      "Change same planning period",
                                    )(on || undefined)
                                  }
                                >
                                  Same period every time
                                </CheckCell>
                              </span>
                            </>
                          )}
                        </div>
                      </td>
                    </tr>
                    <RowMessages columns={COLUMNS} messages={errors.rest("teams", i, SHOWN)} />
                  </Fragment>
                );
              })}
          </tbody>
        </table>
      )}
    </SetupSection>
  );
}
