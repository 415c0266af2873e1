// Which school the app opens on. The first start (an empty database) stores the sample school and
// makes it current; later starts open the current school from the settings, or the most recently
// edited one when that school is gone (deleted in another tab, or a restored backup without it).
import type { School } from "../../../solver/index.ts";
import {
  createSchool,
  getDb,
  getSetting,
  listSchools,
  setCurrentSchool,
  type CommonsDb,
  type Result,
  type SchoolId,
} from "../../data/index.ts";

export type StartSchool = { schoolId: SchoolId; created: boolean };

export async function openStartSchool(
  loadSample: () => School,
  db: CommonsDb = getDb(),
): Promise<Result<StartSchool>> {
  const current = await getSetting("currentSchoolId", db);
  if (!current.ok) return current;
  const schools = await listSchools({}, db);
  if (!schools.ok) return schools;
  const live = schools.value;
  if (current.value !== null && live.some((s) => s.id === current.value)) {
    return { ok: true, value: { schoolId: current.value, created: false } };
  }
  const recent = live[0];
  if (recent !== undefined) {
    const set = await setCurrentSchool(recent.id, db);
    return set.ok ? { ok: true, value: { schoolId: recent.id, created: false } } : set;
  }
  const created = await createSchool(loadSample(), db);
  if (!created.ok) return created;
  const set = await setCurrentSchool(created.value.id, db);
  return set.ok ? { ok: true, value: { schoolId: created.value.id, created: true } } : set;
}

const starting = new WeakMap<CommonsDb, Promise<Result<StartSchool>>>();

/**
 * openStartSchool, at most once at a time per database: React's strict mode runs effects twice,
 * and two concurrent first starts would store the sample twice.
 */
export function openStartSchoolOnce(
  loadSample: () => School,
  db: CommonsDb = getDb(),
): Promise<Result<StartSchool>> {
  const running = starting.get(db);
  if (running) return running;
  const started = openStartSchool(loadSample, db).finally(() => starting.delete(db));
  starting.set(db, started);
  return started;
}
