import type { Calendar, Room, Section } from "../../../solver/index.ts";
import { NumberCell, TextCell, WordsCell, type Choice } from "./cells.tsx";
import { pinsProblem, pinsText, readPinsText } from "./pins-text.ts";
import { TogglesCell } from "./pick-cells.tsx";
import { Detail } from "./Detail.tsx";
import { RowButton } from "./RowActions.tsx";

type Props = {
  section: Section;
  /** How labels name the section: "Algebra 1 (alg1-3)". */
  who: string;
  errors: (field: string) => string[];
  set: (field: string, what: string) => (value: unknown) => void;
  periods: readonly Choice[];
  days: readonly Choice[];
  /** For the pinned meetings, written with the calendar's days and periods and the rooms. */
  calendar: Calendar;
  rooms: readonly Room[];
  onDelete: () => void;
};

/** A section's less common fields, shown under its row on demand (or when one has a problem). */
export function SectionDetails({
  section,
  who,
  errors,
  set,
  periods,
  days,
  calendar,
  rooms,
  onDelete,
}: Props) {
  // A draft that does not read as pins says why in the cells' own words; stored pins get the
  // school's checks (a room that does not exist, two pins on one day).
  const pinProblems = pinsProblem(calendar, rooms, section.pinned);
  return (
    <div className="details">
      <Detail label="Department">
        <TextCell
          label={`Department of ${who}`}
          value={section.department ?? ""}
          errors={errors("department")}
          onCommit={(v) => set("department", "Change department")(v.trim() || undefined)}
        />
      </Detail>
      <Detail label="Students">
        <NumberCell
          label={`Students in ${who}`}
          value={section.size}
          placeholder="from groups"
          errors={errors("size")}
          onCommit={set("size", "Change size")}
        />
      </Detail>
      <Detail label="Room features">
        <WordsCell
          label={`Room features of ${who}`}
          value={section.roomFeatures}
          placeholder="science-lab"
          errors={errors("roomFeatures")}
          onCommit={set("roomFeatures", "Change room features")}
        />
      </Detail>
      <Detail label="Allowed periods">
        <TogglesCell
          label={`Allowed periods of ${who}`}
          values={section.allowedPeriods}
          choices={periods}
          none="any period"
          errors={errors("allowedPeriods")}
          onChange={set("allowedPeriods", "Change allowed periods")}
        />
      </Detail>
      <Detail label="Allowed days">
        <TogglesCell
          label={`Allowed days of ${who}`}
          values={section.allowedDays}
          choices={days}
          none="any day"
          errors={errors("allowedDays")}
          onChange={set("allowedDays", "Change allowed days")}
        />
      </Detail>
      <Detail label="Pinned meetings" wide>
        <TextCell
          label={`Pinned meetings of ${who}`}
          value={pinsText(section.pinned)}
          placeholder={`${calendar.days[0]?.id ?? "Mon"} ${calendar.periods[0]?.id ?? "1"}; ${calendar.days[1]?.id ?? "Tue"} ${calendar.periods[0]?.id ?? "1"} (room)`}
          errors={pinProblems.length > 0 ? pinProblems : errors("pinned")}
          width="wide"
          onCommit={(text) =>
            set("pinned", "Change pinned meetings")(readPinsText(calendar, rooms, text))
          }
        />
      </Detail>
      <RowButton label={`Delete section ${who}`} onClick={onDelete}>
        Delete section
      </RowButton>
    </div>
  );
}
