import { FileOpenButton } from "../../ui/FileOpenButton.tsx";

type Props = { onOpen: (file: File) => void; onSave: () => void };

/**
 * Opening a file stores it (a school file becomes a new school, a schedule file a new version, a
 * backup asks before replacing everything); saving exports the school as a file. Storage itself
 * needs no Save button: every change is kept as it happens.
 */
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
