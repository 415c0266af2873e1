import type { TeamRow } from "./summary.ts";

const KIND_LABELS: Record<string, string> = {
  grade: "Grade",
  subject: "Subject",
  department: "Department",
  other: "Other",
};

export function TeamsTable({ teams }: { teams: readonly TeamRow[] }) {
  if (teams.length === 0) return <p>This school has no teams yet.</p>;
  return (
    <div className="table-scroll">
      <table className="teams">
        <caption className="visually-hidden">Teams, their members and planning time</caption>
        <thead>
          <tr>
            <th scope="col">Team</th>
            <th scope="col">Kind</th>
            <th scope="col">Members</th>
            <th scope="col">Common planning</th>
          </tr>
        </thead>
        <tbody>
          {teams.map((team) => (
            <tr key={team.id}>
              <th scope="row">{team.name}</th>
              <td>{KIND_LABELS[team.kind] ?? team.kind}</td>
              <td>
                <ul className="members">
                  {team.members.map((member) => (
                    <li key={member.id}>
                      {member.name}
                      {member.isLead && <span className="lead"> (lead)</span>}
                    </li>
                  ))}
                </ul>
              </td>
              <td>{team.planning ?? <span className="muted">No planning requirement</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
