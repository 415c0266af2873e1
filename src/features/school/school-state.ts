// The school the app is working on, behind a reducer so that persistence (IndexedDB, another
// issue) can replace where it comes from without touching the components.
import type { School } from "../../../solver/model/format.ts";
import type { Problem } from "../../lib/errors.ts";

export type SchoolSource = { kind: "sample" } | { kind: "file"; fileName: string };

export type SchoolState = {
  school: School;
  source: SchoolSource;
  /** Why the last file could not be opened; the school above is then unchanged. */
  rejected: { fileName: string; problems: Problem[] } | null;
  /** A short status sentence for a polite live region ("Opened lincoln.school.json"). */
  notice: string | null;
};

export type SchoolAction =
  | { type: "opened"; school: School; fileName: string }
  | { type: "rejected"; fileName: string; problems: Problem[] }
  | { type: "saved"; fileName: string }
  | { type: "problemsDismissed" };

export function initialSchoolState(school: School): SchoolState {
  return { school, source: { kind: "sample" }, rejected: null, notice: null };
}

export function schoolReducer(state: SchoolState, action: SchoolAction): SchoolState {
  switch (action.type) {
    case "opened":
      return {
        school: action.school,
        source: { kind: "file", fileName: action.fileName },
        rejected: null,
        notice: `Opened ${action.fileName}.`,
      };
    case "rejected":
      return {
        ...state,
        rejected: { fileName: action.fileName, problems: action.problems },
        notice: null,
      };
    case "saved":
      return { ...state, notice: `Saved ${action.fileName}.` };
    case "problemsDismissed":
      return { ...state, rejected: null };
  }
}
