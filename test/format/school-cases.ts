// Cases that break the tiny school by a few edits and expect one error at a path.
import { it } from "vitest";
import { checkSchool } from "../../solver/format/parse-school.ts";
import { edit, expectError, type DELETE, type Json } from "./json-edit.ts";
import { tinySchool } from "./tiny-school.ts";

export type Edit = [at: string, value: Json | typeof DELETE];
export type Case = [what: string, edits: Edit[], path: string, ...fragments: string[]];

export const apply = (edits: Edit[]): Json =>
  edits.reduce((doc, [at, value]) => edit(doc, at, value), tinySchool());

export function runCases(cases: Case[]) {
  it.each(cases)("%s", (_what, edits, path, ...fragments) => {
    expectError(checkSchool(apply(edits)), path, ...fragments);
  });
}
