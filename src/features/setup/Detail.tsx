import type { ReactNode } from "react";

/** One labelled field in a details strip (under a row, or in a small form). */
export function Detail({
  label,
  wide,
  children,
}: {
  label: string;
  /** Takes a whole line, for long values such as lists of dates. */
  wide?: boolean;
  children: ReactNode;
}) {
  return (
    <span className={wide ? "detail detail-wide" : "detail"}>
      <span className="detail-label">{label}</span>
      {children}
    </span>
  );
}
