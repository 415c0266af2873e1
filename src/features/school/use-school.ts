import { useCallback, useReducer } from "react";
import type { School } from "../../../solver/model/format.ts";
import { downloadText, readFileText, schoolFileName } from "../../lib/files.ts";
import { openSchoolText, schoolFileText } from "./school-file.ts";
import { initialSchoolState, schoolReducer, type SchoolState } from "./school-state.ts";

export type SchoolController = {
  state: SchoolState;
  openFile: (file: File) => Promise<void>;
  save: () => void;
  dismissProblems: () => void;
};

export function useSchool(loadInitial: () => School): SchoolController {
  const [state, dispatch] = useReducer(schoolReducer, undefined, () =>
    initialSchoolState(loadInitial()),
  );

  const openFile = useCallback(async (file: File) => {
    const text = await readFileText(file);
    dispatch(
      text.ok
        ? openSchoolText(file.name, text.value)
        : { type: "rejected", fileName: file.name, problems: text.errors },
    );
  }, []);

  const { school } = state;
  const save = useCallback(() => {
    const fileName = schoolFileName(school.name);
    downloadText(fileName, schoolFileText(school));
    dispatch({ type: "saved", fileName });
  }, [school]);

  const dismissProblems = useCallback(() => dispatch({ type: "problemsDismissed" }), []);

  return { state, openFile, save, dismissProblems };
}
