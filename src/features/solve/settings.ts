// The Generate form's fields, read into solver options. The limits match the command line's
// (`npm run solve -- --seed N --time-limit S`), so a seed from the app reproduces there.

export type SettingsForm = { seed: string; timeLimitSeconds: string; partial: boolean };
export type SolveSettings = { seed: number; timeLimitMs: number; partial: boolean };
export type SettingsProblem = { field: "seed" | "timeLimitSeconds"; message: string };

export const DEFAULT_SETTINGS: SettingsForm = { seed: "1", timeLimitSeconds: "30", partial: false };
export const MAX_SEED = 4_294_967_295;
export const MAX_TIME_LIMIT_S = 86_400;

export function readSettings(
  form: SettingsForm,
): { ok: true; value: SolveSettings } | { ok: false; problems: SettingsProblem[] } {
  const problems: SettingsProblem[] = [];
  const seedText = form.seed.trim();
  const seed = /^\d+$/.test(seedText) ? Number(seedText) : NaN;
  if (!Number.isSafeInteger(seed) || seed > MAX_SEED) {
    problems.push({ field: "seed", message: `The seed is a whole number from 0 to ${MAX_SEED}.` });
  }
  const limitText = form.timeLimitSeconds.trim();
  const seconds = /^\d+(\.\d+)?$/.test(limitText) ? Number(limitText) : NaN;
  if (!(seconds > 0 && seconds <= MAX_TIME_LIMIT_S)) {
    problems.push({
      field: "timeLimitSeconds",
      message: `The time limit is a number of seconds above 0 and at most ${MAX_TIME_LIMIT_S}.`,
    });
  }
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    value: { seed, timeLimitMs: Math.round(seconds * 1000), partial: form.partial },
  };
}
