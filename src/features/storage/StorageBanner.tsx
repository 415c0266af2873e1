import "./storage.css";
import { useState } from "react";
import { useStorageProblem } from "../../data/index.ts";
import { useCurrentSchool } from "../school/current-school.tsx";
import { downloadBackup, downloadSchool } from "./downloads.ts";
import { storageNotice, type StorageNotice } from "./storage-notice.ts";

/**
 * What is wrong with saving, and what to do about it: a problem from outside any call (another
 * tab upgrading Commons), a failed write (full disk, a conflict with another tab), or a browser
 * that keeps nothing. Edits are never dropped here: the buttons retry, export, or reload.
 */
export function StorageBanner() {
  const problem = useStorageProblem();
  const { save, school, retry, discardUnsaved, notice: historyNotice } = useCurrentSchool();
  const [exportProblem, setExportProblem] = useState<string | null>(null);
  const notice: StorageNotice | null = storageNotice(problem, save);

  const exportBackup = async () => {
    const done = await downloadBackup();
    setExportProblem(done.ok ? null : done.error.message);
  };

  return (
    <>
      {notice && (
        <div
          className={notice.tone === "error" ? "banner banner-error" : "banner"}
          role={notice.tone === "error" ? "alert" : "status"}
        >
          <p className="banner-title">{notice.title}</p>
          <p>{notice.message}</p>
          <div className="banner-actions">
            {notice.actions.includes("retry") && (
              <button type="button" className="button" onClick={retry}>
                Retry saving
              </button>
            )}
            {notice.actions.includes("reload-school") && (
              <button type="button" className="button" onClick={discardUnsaved}>
                Reload the saved school
              </button>
            )}
            {notice.actions.includes("reload-page") && (
              <button type="button" className="button" onClick={() => window.location.reload()}>
                Reload this tab
              </button>
            )}
            {notice.actions.includes("save-school") && (
              <button type="button" className="button" onClick={() => downloadSchool(school)}>
                Save school file
              </button>
            )}
            {notice.actions.includes("export-backup") && (
              <button type="button" className="button" onClick={() => void exportBackup()}>
                Export backup
              </button>
            )}
          </div>
          {exportProblem && <p>{exportProblem}</p>}
        </div>
      )}
      {historyNotice && (
        <p className="banner" role="status">
          {historyNotice}
        </p>
      )}
    </>
  );
}
