import { useId, type ReactNode } from "react";

/** A panel for a feature that is not built yet, saying honestly what will go there. */
export function Placeholder({ title, children }: { title: string; children: ReactNode }) {
  const headingId = useId();
  return (
    <section className="placeholder" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      <p>{children}</p>
    </section>
  );
}
