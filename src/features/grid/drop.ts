// What a drop does, decided once for both the handler and the screen-reader announcement: save
// a legal move, refuse an illegal one with its reason, or keep it anyway when the person chose
// to, marked as breaking rules. Pure.
import type { MoveVerdict } from "../../../solver/index.ts";

export type DropOutcome =
  | { kind: "none"; text: string }
  | { kind: "save"; label: string; text: string; breaks: number }
  | { kind: "refuse"; text: string };

const rules = (n: number): string => `${n} rule${n === 1 ? "" : "s"}`;

export function dropOutcome(
  verdict: MoveVerdict | null,
  label: string,
  placeAnyway: boolean,
): DropOutcome {
  if (verdict === null)
    return { kind: "none", text: "Not moved: that row is not one it can go to." };
  if (verdict.unchanged) return { kind: "none", text: "Not moved: it is already there." };
  if (verdict.allowed) return { kind: "save", label, text: `${label}: done.`, breaks: 0 };
  const first = verdict.reasons[0]!;
  const n = verdict.reasons.length;
  if (placeAnyway) {
    return {
      kind: "save",
      label: `${label} (breaks ${rules(n)})`,
      text: `${label}: kept although it breaks ${rules(n)}. ${first.label}: ${first.message}`,
      breaks: n,
    };
  }
  const more = n > 1 ? ` It would break ${rules(n)} in all.` : "";
  return { kind: "refuse", text: `Not moved. ${first.label}: ${first.message}${more}` };
}
