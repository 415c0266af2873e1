// Small inline icons (no font or emoji needed). They always sit next to words or carry a label:
// a colour or a shape alone never says anything in the grid.
type IconName = "pin" | "check" | "cross" | "warning" | "lunch" | "team" | "here";

const PATHS: Record<IconName, string> = {
  pin: "M9 2h6l-1 5 3 3v2h-4v6l-1 4-1-4v-6H7v-2l3-3z",
  check: "M4 12l5 5L20 6",
  cross: "M6 6l12 12M18 6L6 18",
  warning: "M12 3l10 18H2zM12 10v5M12 17.5v.5",
  lunch: "M7 3v8M5 3v5a2 2 0 004 0V3M7 11v10M16 3c-2 2-2 7 0 9v9",
  team: "M8 11a3 3 0 100-6 3 3 0 000 6zM16 11a3 3 0 100-6 3 3 0 000 6zM2 20c0-3 3-5 6-5s6 2 6 5M12 20c0-3 2-5 4-5s6 2 6 5",
  here: "M12 8a4 4 0 100 8 4 4 0 000-8z",
};

export function Icon({ name, label }: { name: IconName; label?: string }) {
  const filled = name === "pin" || name === "here";
  return (
    <svg
      className={`icon icon-${name}`}
      viewBox="0 0 24 24"
      width="12"
      height="12"
      role={label ? "img" : undefined}
      aria-label={label}
      aria-hidden={label ? undefined : true}
      focusable="false"
    >
      <path
        d={PATHS[name]}
        fill={filled ? "currentColor" : "none"}
        stroke="currentColor"
        strokeWidth={filled ? 1 : 2.2}
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
