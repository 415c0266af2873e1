// The browser's side of files: reading one the person picked and offering one to download.
import { describeError, type Result } from "./errors.ts";
import { slug } from "./slug.ts";

/** A file name for a school: "Lincoln Middle School" becomes "lincoln-middle-school.school.json". */
export function schoolFileName(schoolName: string): string {
  const name = slug(schoolName);
  return `${name === "" ? "school" : name}.school.json`;
}

export async function readFileText(file: File): Promise<Result<string>> {
  try {
    return { ok: true, value: await file.text() };
  } catch (error) {
    return {
      ok: false,
      errors: [{ path: file.name, message: `could not be read: ${describeError(error)}` }],
    };
  }
}

export function downloadText(fileName: string, text: string, type = "application/json"): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.style.display = "none";
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers; a moment later is safe.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * A CSV file for spreadsheets. The byte order mark makes Excel read it as UTF-8: without it,
 * "Sofía" opens as "SofÃ­a".
 */
export function downloadCsv(fileName: string, csv: string): void {
  downloadText(fileName, `\uFEFF${csv}`, "text/csv;charset=utf-8");
}
