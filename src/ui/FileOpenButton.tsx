import { useId, type ChangeEvent } from "react";

type Props = { label: string; accept: string; onFile: (file: File) => void };

/**
 * A real file input with a visible label styled as a button. The input stays focusable (only
 * visually hidden), so keyboard and screen-reader users reach it like any control.
 */
export function FileOpenButton({ label, accept, onFile }: Props) {
  const id = useId();
  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    // Clearing the value lets the same file be chosen again after fixing it on disk.
    event.target.value = "";
    if (file) onFile(file);
  };
  return (
    <span className="file-open">
      <input id={id} type="file" accept={accept} className="visually-hidden" onChange={onChange} />
      <label htmlFor={id} className="button">
        {label}
      </label>
    </span>
  );
}
