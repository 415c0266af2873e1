// File reading and writing for the commands, with failures as values that name the file.
import { readFileSync, writeFileSync } from "node:fs";

const REASONS: Record<string, string> = {
  ENOENT: "no such file",
  EISDIR: "it is a folder, not a file",
  EACCES: "permission denied",
  ENOTDIR: "a folder on its path is a file",
};

const reason = (error: unknown): string => {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === "string" && REASONS[code]) return REASONS[code];
  return error instanceof Error ? error.message : String(error);
};

export function readText(
  file: string,
): { ok: true; text: string } | { ok: false; message: string } {
  try {
    return { ok: true, text: readFileSync(file, "utf8") };
  } catch (error) {
    return { ok: false, message: `${file}: cannot read the file (${reason(error)})` };
  }
}

export function writeText(file: string, text: string): string | null {
  try {
    writeFileSync(file, text, "utf8");
    return null;
  } catch (error) {
    return `${file}: cannot write the file (${reason(error)}); check that its folder exists`;
  }
}
