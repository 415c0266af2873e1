export type CountItem = { label: string; value: number };

/** Figures as a description list, so a screen reader reads each label with its number. */
export function CountList({ items }: { items: readonly CountItem[] }) {
  return (
    <dl className="counts">
      {items.map((item) => (
        <div key={item.label} className="count">
          <dt>{item.label}</dt>
          <dd>{item.value.toLocaleString("en-US")}</dd>
        </div>
      ))}
    </dl>
  );
}
