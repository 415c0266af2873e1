import type { Model } from "../../../solver/index.ts";
import { routeHref } from "./planning-route.ts";
import { minutesWords, sessionsWords, shortBlockText, teamStatusWords } from "./report-text.ts";
import type { TeamReport } from "./team-report.ts";

const KIND_LABELS: Record<string, string> = {
  grade: "Grade",
  subject: "Subject",
  department: "Department",
  other: "Other",
};

export function TeamStatus({ team }: { team: TeamReport }) {
  const words = teamStatusWords(team);
  return (
    <div className={`status status-${team.status.kind}`}>
      <span className="status-icon" aria-hidden="true">
        {words.icon}
      </span>{" "}
      <strong>{words.label}</strong>
      {words.detail && <p className="status-detail">{words.detail}</p>}
    </div>
  );
}

export function Members({ team }: { team: TeamReport }) {
  return (
    <ul className="members">
      {team.members.map((m) => (
        <li key={m.id}>
          <a href={routeHref({ page: "teacher", id: m.id })}>{m.name}</a>
          {team.lead?.id === m.id && <span className="lead"> (lead)</span>}
        </li>
      ))}
    </ul>
  );
}

/** Every team with its planning slots, status, minutes and weekly sessions. */
export function TeamTable({ model, teams }: { model: Model; teams: readonly TeamReport[] }) {
  if (teams.length === 0) return <p>This school has no teams.</p>;
  return (
    <div className="table-scroll">
      <table className="report-teams">
        <caption className="visually-hidden">Common planning of every team</caption>
        <thead>
          <tr>
            <th scope="col">Team</th>
            <th scope="col">Members</th>
            <th scope="col">Planning slots</th>
            <th scope="col">Status</th>
            <th scope="col">Minutes per cycle</th>
            <th scope="col">Sessions of 30+ minutes</th>
          </tr>
        </thead>
        <tbody>
          {teams.map((team) => {
            const sessions = sessionsWords(team);
            return (
              <tr key={team.id}>
                <th scope="row">
                  <a href={routeHref({ page: "team", id: team.id })}>{team.name}</a>
                  <span className="team-kind">{KIND_LABELS[team.kind] ?? team.kind} team</span>
                </th>
                <td>
                  <Members team={team} />
                </td>
                <td>
                  {team.blocks.length === 0 ? (
                    <span className="muted">None</span>
                  ) : (
                    <ul className="slot-list">
                      {team.blocks.map((b) => (
                        <li key={`${b.day}-${b.period}`}>
                          {shortBlockText(model, b)}
                          {!b.given && <strong> (not shared: see status)</strong>}
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
                <td>
                  <TeamStatus team={team} />
                </td>
                <td className="number">
                  {team.required > 0 ? minutesWords(team.minutesPerCycle) : ""}
                </td>
                <td>
                  {sessions.short ? (
                    <span className="flag">
                      <span aria-hidden="true">⚠ </span>
                      {sessions.text}
                    </span>
                  ) : (
                    sessions.text
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
