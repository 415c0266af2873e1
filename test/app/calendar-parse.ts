// A tiny reader of .ics files for tests (RFC 5545, only what our files use): unfolds long
// lines, splits VEVENTs, drops property parameters and undoes text escapes. Kept apart from the
// app's writer so that a test reads the file the way a calendar program would.

export type IcsEvent = Partial<Record<string, string>>;

const unescapeText = (value: string): string =>
  value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === "n" || c === "N" ? "\n" : c));

export function parseIcs(text: string): IcsEvent[] {
  if (!text.startsWith("BEGIN:VCALENDAR\r\n") || !text.endsWith("END:VCALENDAR\r\n")) {
    throw new Error("not a calendar file");
  }
  // A line that starts with a space or a tab continues the one before it.
  const lines = text.replace(/\r\n[ \t]/g, "").split("\r\n");
  const events: IcsEvent[] = [];
  let current: IcsEvent | null = null;
  for (const line of lines) {
    if (line === "BEGIN:VEVENT") current = {};
    else if (line === "END:VEVENT") {
      if (current) events.push(current);
      current = null;
    } else if (current) {
      const colon = line.indexOf(":");
      const name = line.slice(0, colon).split(";")[0]!;
      current[name] = unescapeText(line.slice(colon + 1));
    }
  }
  return events;
}
