/**
 * A PostgreSQL array literal for one query parameter (`= any(?::uuid[])`, `?::text[]`): the ORM would
 * spread a JavaScript array into a list of parameters instead. Every element is quoted, so spaces, commas,
 * quotes and backslashes in values (postcodes, links) are taken as they are.
 */
export function pgArray(values: readonly string[]): string {
  return `{${values.map((v) => `"${v.replace(/["\\]/g, (c) => `\\${c}`)}"`).join(',')}}`;
}
