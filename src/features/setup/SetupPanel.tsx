import { Placeholder } from "../../ui/Placeholder.tsx";

export function SetupPanel() {
  return (
    <Placeholder title="Setup">
      Editing the calendar, teachers, groups, sections and teams will live here.
    </Placeholder>
  );
}
