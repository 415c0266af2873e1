import { FileOpenButton } from "../../ui/FileOpenButton.tsx";

type Props = { onOpen: (file: File) => void; onSave: () => void };

export function SchoolFileActions({ onOpen, onSave }: Props) {
  return (
    <div className="file-actions" role="group" aria-label="School file">
      <FileOpenButton label="Open school file…" accept=".json,application/json" onFile={onOpen} />
      <button type="button" className="button" onClick={onSave}>
        Save school file
      </button>
    </div>
  );
}
