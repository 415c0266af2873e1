export type Figure = { label: string; value: string; note?: string };

/** Headline figures as a description list: the value reads first, the label names it. */
export function Figures({ items }: { items: readonly Figure[] }) {
  return (
    <dl className="counts report-figures">
      {items.map((item) => (
        <div key={item.label} className="count">
          <dt>{item.label}</dt>
          <dd>
            {item.value}
            {item.note && <span className="figure-note">{item.note}</span>}
          </dd>
        </div>
      ))}
    </dl>
  );
}
