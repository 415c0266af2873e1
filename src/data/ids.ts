// Branded ids, so that a version id can never be passed where a school id is expected.
export type SchoolId = string & { readonly __brand: "SchoolId" };
export type VersionId = string & { readonly __brand: "VersionId" };

/** For ids that come from outside the type system (a URL, a setting, a test). */
export const asSchoolId = (id: string): SchoolId => id as SchoolId;
export const asVersionId = (id: string): VersionId => id as VersionId;

function randomId(): string {
  // randomUUID needs a secure context; a page opened from file:// may lack it.
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

export const newSchoolId = (): SchoolId => `school-${randomId()}` as SchoolId;
export const newVersionId = (): VersionId => `version-${randomId()}` as VersionId;
