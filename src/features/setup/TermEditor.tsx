import { CheckCell, SelectCell, TextCell, WordsCell } from "./cells.tsx";
import { defaultTerm, setTerm } from "./calendar-edits.ts";
import { useSetup } from "./use-setup.ts";
import { Detail } from "./Detail.tsx";

/** The optional term: the real dates the cycle runs over, for calendars and exports. */
export function TermEditor() {
  const { doc, errors, edit } = useSetup();
  const term = doc.calendar.term;
  const setTermField = (field: string, value: unknown, what: string) =>
    edit(what, (s) => {
      const current = s.calendar.term ?? defaultTerm(new Date(), s.calendar.days);
      const next = { ...current } as Record<string, unknown>;
      if (value === undefined) delete next[field];
      else next[field] = value;
      return setTerm(s, next as typeof current);
    });

  return (
    <>
      <h3>Term dates</h3>
      <CheckCell
        label="Map the cycle onto real dates"
        checked={term != null}
        onChange={(on) =>
          edit(on ? "Add term dates" : "Remove term dates", (s) =>
            setTerm(s, on ? defaultTerm(new Date(), s.calendar.days) : undefined),
          )
        }
      >
        Map the cycle onto real dates (for team calendars and exports)
      </CheckCell>
      {term && (
        <div className="details">
          <Detail label="First day">
            <TextCell
              type="date"
              label="First day of the term"
              value={term.start}
              errors={errors.at("term", 0, "start")}
              onCommit={(v) => setTermField("start", v, "Change the term's first day")}
            />
          </Detail>
          <Detail label="Last day">
            <TextCell
              type="date"
              label="Last day of the term"
              value={term.end}
              errors={errors.at("term", 0, "end")}
              onCommit={(v) => setTermField("end", v, "Change the term's last day")}
            />
          </Detail>
          <Detail label="Days follow">
            <SelectCell
              label="How the days of the cycle fall on dates"
              value={term.rotation ?? ""}
              empty="—"
              choices={[
                { value: "weekdays", label: "the weekday (Mon is Monday)" },
                { value: "cycle", label: "the cycle, school day by school day" },
              ]}
              errors={errors.at("term", 0, "rotation")}
              onChange={(v) => setTermField("rotation", v || undefined, "Change the rotation")}
            />
          </Detail>
          <Detail label="No school on" wide>
            <WordsCell
              label="Dates without school"
              value={term.skip}
              width="wide"
              placeholder="2026-11-26, 2026-11-27"
              errors={errors.at("term", 0, "skip")}
              onCommit={(v) => setTermField("skip", v, "Change the skipped dates")}
            />
          </Detail>
        </div>
      )}
    </>
  );
}
