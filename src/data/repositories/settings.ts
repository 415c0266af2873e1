// Key/value settings: which school and version are open, and the UI's own preferences.
import { getDb, type CommonsDb } from "../db.ts";
import { attempt, fail, notFound, ok, type Result } from "../errors.ts";
import type { SchoolId, VersionId } from "../ids.ts";
import type { Json } from "../json.ts";
import { liveVersion } from "./versions.ts";
import { liveSchool } from "./schools.ts";

/** Settings this layer knows; the UI keeps its own under `ui.` keys (any JSON value). */
export type KnownSettings = { currentSchoolId: SchoolId; currentVersionId: VersionId };
export type SettingKey = keyof KnownSettings | `ui.${string}`;
export type SettingValue<K extends SettingKey> = K extends keyof KnownSettings
  ? KnownSettings[K]
  : Json;

/** The value, or null when the setting was never set. */
export function getSetting<K extends SettingKey>(
  key: K,
  db: CommonsDb = getDb(),
): Promise<Result<SettingValue<K> | null>> {
  return attempt(async () => {
    const record = await db.settings.get(key);
    return ok(record ? (record.value as SettingValue<K>) : null);
  });
}

export function setSetting<K extends SettingKey>(
  key: K,
  value: SettingValue<K>,
  db: CommonsDb = getDb(),
): Promise<Result<void>> {
  return attempt(async () => {
    await db.settings.put({ key, value });
    return ok(undefined);
  });
}

export function deleteSetting(key: SettingKey, db: CommonsDb = getDb()): Promise<Result<void>> {
  return attempt(async () => {
    await db.settings.delete(key);
    return ok(undefined);
  });
}

/** Opens a school: sets it current and forgets the current version if it belongs elsewhere. */
export function setCurrentSchool(id: SchoolId, db: CommonsDb = getDb()): Promise<Result<void>> {
  return attempt(() =>
    db.transaction("rw", db.schools, db.versions, db.settings, async (): Promise<Result<void>> => {
      const school = await liveSchool(db, id, undefined);
      if (!school.ok) return school;
      const currentVersion = await db.settings.get("currentVersionId");
      const version =
        typeof currentVersion?.value === "string"
          ? await db.versions.get(currentVersion.value as VersionId)
          : undefined;
      await db.settings.put({ key: "currentSchoolId", value: id });
      if (version?.schoolId !== id) await db.settings.delete("currentVersionId");
      return ok(undefined);
    }),
  );
}

/** Opens a version: sets it and its school current. */
export function setCurrentVersion(id: VersionId, db: CommonsDb = getDb()): Promise<Result<void>> {
  return attempt(() =>
    db.transaction("rw", db.schools, db.versions, db.settings, async (): Promise<Result<void>> => {
      const version = await liveVersion(db, id, undefined);
      if (!version.ok) return version;
      const school = await db.schools.get(version.value.schoolId);
      if (!school || school.deletedAt !== null)
        return fail(notFound("School", version.value.schoolId));
      await db.settings.bulkPut([
        { key: "currentSchoolId", value: version.value.schoolId },
        { key: "currentVersionId", value: id },
      ]);
      return ok(undefined);
    }),
  );
}
