// What every Setup table works on: the school being edited (the draft when there is one, so that
// fixing one problem never loses the other edits) and the parser's errors placed by field.
import { useMemo } from "react";
import type { School } from "../../../solver/index.ts";
import { useCurrentSchool } from "../school/current-school.tsx";
import { fieldErrors, type FieldErrors } from "./error-paths.ts";

export type SetupDoc = {
  doc: School;
  errors: FieldErrors;
  /** Applies `change` to the school being edited; valid results are saved at once. */
  edit: (label: string, change: (school: School) => School) => unknown;
};

export function useSetup(): SetupDoc {
  const { school, draft, edit } = useCurrentSchool();
  const doc = draft?.school ?? school;
  const errors = useMemo(() => fieldErrors(draft?.errors ?? []), [draft]);
  return { doc, errors, edit };
}
