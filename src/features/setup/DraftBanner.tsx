import { useCurrentSchool } from "../school/current-school.tsx";
import type { ListName } from "./error-paths.ts";
import { useSetup } from "./use-setup.ts";

const LIST_LABELS: Record<ListName, string> = {
  school: "School",
  days: "Days",
  periods: "Bell schedule",
  term: "Term dates",
  lunch: "Lunch",
  teachers: "Teachers",
  rooms: "Rooms",
  groups: "Groups",
  sections: "Sections",
  teams: "Teams",
};

/**
 * While the edited school does not pass the parser, nothing more is saved: say so, say where the
 * problems are, and offer to go back to the last saved school.
 */
export function DraftBanner({ onGo }: { onGo: (list: ListName) => void }) {
  const { draft, discardDraft } = useCurrentSchool();
  const { errors } = useSetup();
  if (!draft) return null;
  const lists = (Object.keys(LIST_LABELS) as ListName[]).filter((l) => errors.countIn(l) > 0);
  const n = errors.count;
  return (
    <div className="banner banner-error draft-banner" role="alert">
      <p className="banner-title">
        Not saved yet: {n} {n === 1 ? "problem" : "problems"} to fix
      </p>
      <p>
        Your changes are kept on this page, and are saved as soon as every problem is fixed (each is
        shown beside its field). Until then the last saved school stays as it was.
      </p>
      {errors.general.length > 0 && (
        <ul>
          {errors.general.map((e, i) => (
            <li key={i}>{e.message}</li>
          ))}
        </ul>
      )}
      <div className="banner-actions">
        {lists.map((list) => (
          <button key={list} type="button" className="button" onClick={() => onGo(list)}>
            Show {LIST_LABELS[list]} ({errors.countIn(list)})
          </button>
        ))}
        <button type="button" className="button button-danger" onClick={discardDraft}>
          Discard unsaved changes
        </button>
      </div>
    </div>
  );
}
