// Checks a whole backup before anything is restored: every record's shape, every school through
// the school parser, every schedule through the schedule parser, and every reference between
// records. Answers the backup or every problem found (paths like `versions[3].schedule.status`).
import {
  createErrorList,
  describe,
  checkSchedule,
  checkSchool,
  type ErrorList,
  type Parsed,
} from "../../../solver/index.ts";
import { isPlainObject } from "../json.ts";
import type { Backup } from "./backup.ts";
import { BACKUP_FORMAT } from "./backup-format.ts";

type Obj = Record<string, unknown>;
type Check = (value: unknown) => string | null;

const isInt = (v: unknown): v is number => Number.isSafeInteger(v);
const checks = {
  id: (v: unknown) => (typeof v === "string" && v !== "" ? null : "must be a non-empty string"),
  string: (v: unknown) => (typeof v === "string" ? null : "must be a string"),
  time: (v: unknown) => (typeof v === "number" && Number.isFinite(v) ? null : "must be a time"),
  revision: (v: unknown) => (isInt(v) && v >= 1 ? null : "must be a whole number from 1"),
  timeOrNull: (v: unknown) =>
    v === null || (typeof v === "number" && Number.isFinite(v)) ? null : "must be a time or null",
  oneOf:
    (...allowed: unknown[]): Check =>
    (v) =>
      allowed.includes(v)
        ? null
        : `must be one of ${allowed.map((a) => JSON.stringify(a)).join(", ")}`,
} satisfies Record<string, Check | ((...a: unknown[]) => Check)>;

function fields(errors: ErrorList, obj: Obj, path: string, spec: Record<string, Check>): void {
  for (const [field, check] of Object.entries(spec)) {
    const problem = check(obj[field]);
    if (problem)
      errors.add(`${path}.${field}`, `${path}.${field} ${problem} (got ${describe(obj[field])})`);
  }
}

function records(errors: ErrorList, backup: Obj, table: string): Obj[] {
  const list = backup[table];
  if (!Array.isArray(list)) {
    errors.add(table, `${table} must be a list (got ${describe(list)})`);
    return [];
  }
  return list.flatMap((item, i) => {
    if (isPlainObject(item)) return [item];
    errors.add(`${table}[${i}]`, `${table}[${i}] must be an object (got ${describe(item)})`);
    return [];
  });
}

function unique(errors: ErrorList, items: Obj[], table: string, key: string): Set<unknown> {
  const seen = new Set<unknown>();
  items.forEach((item, i) => {
    if (seen.has(item[key])) {
      errors.add(
        `${table}[${i}].${key}`,
        `${table}[${i}].${key} ${describe(item[key])} appears twice`,
      );
    }
    seen.add(item[key]);
  });
  return seen;
}

function nested(errors: ErrorList, path: string, parsed: Parsed<unknown>): void {
  if (parsed.ok) return;
  for (const e of parsed.errors)
    errors.add(e.path ? `${path}.${e.path}` : path, `${path}: ${e.message}`);
}

export function checkBackup(value: unknown): Parsed<Backup> {
  const errors = createErrorList();
  if (!isPlainObject(value)) {
    errors.add("", `a backup must be a JSON object (got ${describe(value)})`);
    return { ok: false, errors: errors.list() };
  }
  if (value.format !== BACKUP_FORMAT) {
    errors.add("format", `format must be "${BACKUP_FORMAT}" (got ${describe(value.format)})`);
    return { ok: false, errors: errors.list() };
  }
  const schools = records(errors, value, "schools");
  const versions = records(errors, value, "versions");
  const history = records(errors, value, "history");
  const settings = records(errors, value, "settings");
  const schoolIds = unique(errors, schools, "schools", "id");
  const versionIds = unique(errors, versions, "versions", "id");
  unique(errors, history, "history", "id");
  unique(errors, settings, "settings", "key");
  const school = (v: unknown) => (schoolIds.has(v) ? null : "must name a school of the backup");
  const version = (v: unknown) => (versionIds.has(v) ? null : "must name a version of the backup");

  schools.forEach((s, i) => {
    const path = `schools[${i}]`;
    const checked = checkSchool(s.school);
    nested(errors, `${path}.school`, checked);
    const name = (v: unknown) =>
      !checked.ok || v === checked.value.name ? null : "must be the school document's name";
    fields(errors, s, path, {
      id: checks.id,
      name,
      createdAt: checks.time,
      updatedAt: checks.time,
      revision: checks.revision,
      deletedAt: checks.timeOrNull,
    });
  });
  versions.forEach((v, i) => {
    const path = `versions[${i}]`;
    const checked = checkSchedule(v.schedule);
    nested(errors, `${path}.schedule`, checked);
    const status = (s: unknown) =>
      !checked.ok || s === checked.value.status ? null : "must be the schedule's status";
    fields(errors, v, path, {
      id: checks.id,
      schoolId: school,
      name: checks.id,
      createdAt: checks.time,
      updatedAt: checks.time,
      status,
      origin: checks.oneOf("solver", "manual", "import"),
      sourceVersionId: (s) =>
        s === null || typeof s === "string" ? null : "must be an id or null",
      revision: checks.revision,
      deletedAt: checks.timeOrNull,
    });
  });
  history.forEach((h, i) => {
    const path = `history[${i}]`;
    const log = (l: unknown) => {
      if (typeof l !== "string") return "must be a string";
      const [kind, ...rest] = l.split(":");
      const id = rest.join(":");
      if (kind === "school") return school(id);
      if (kind === "version") return version(id);
      return 'must be "school:<id>" or "version:<id>"';
    };
    fields(errors, h, path, {
      id: (v) => (isInt(v) && v >= 1 ? null : "must be a whole number from 1"),
      log,
      schoolId: school,
      label: checks.string,
      at: checks.time,
      undone: checks.oneOf(0, 1),
    });
    checkChange(errors, `${path}.change`, h.change, school, version);
  });
  settings.forEach((s, i) => fields(errors, s, `settings[${i}]`, { key: checks.id }));

  if (errors.count > 0) return { ok: false, errors: errors.list() };
  return { ok: true, value: value as unknown as Backup };
}

const isPath = (p: unknown) =>
  Array.isArray(p) && p.every((k) => typeof k === "string" || (isInt(k) && k >= 0));
const isMeta = (m: unknown) =>
  isPlainObject(m) && typeof m.name === "string" && checks.timeOrNull(m.deletedAt) === null;

function checkChange(
  errors: ErrorList,
  path: string,
  change: unknown,
  school: Check,
  version: Check,
): void {
  if (!isPlainObject(change)) {
    errors.add(path, `${path} must be an object (got ${describe(change)})`);
    return;
  }
  if (change.kind === "school")
    fields(errors, change, path, { schoolId: school, patch: patchCheck });
  else if (change.kind === "schedule")
    fields(errors, change, path, { versionId: version, patch: patchCheck });
  else if (change.kind === "version-meta") {
    const meta = (m: unknown) => (isMeta(m) ? null : "must be {name, deletedAt}");
    fields(errors, change, path, { versionId: version, before: meta, after: meta });
  } else
    errors.add(`${path}.kind`, `${path}.kind is not a known change (got ${describe(change.kind)})`);
}

function patchCheck(patch: unknown): string | null {
  if (!Array.isArray(patch)) return "must be a list of operations";
  const bad = patch.findIndex(
    (op: unknown) =>
      !isPlainObject(op) ||
      !isPath(op.path) ||
      !(
        op.op === "set" ||
        (op.op === "splice" &&
          isInt(op.index) &&
          Array.isArray(op.removed) &&
          Array.isArray(op.inserted))
      ),
  );
  return bad === -1 ? null : `has a malformed operation at [${bad}]`;
}
