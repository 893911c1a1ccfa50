import type { EntityManager } from '@mikro-orm/postgresql';
import { CASEWORK_ROLES } from '../accounts/policy.js';
import type { Viewer } from '../accounts/sessions.js';
import { recordAudit } from '../audit/audit.js';
import { buildExport } from './export-document.js';
import { selfScope, staffScope, type PersonRef, type PersonScope } from './person-scope.js';

/** The JSON text of an export, pretty-printed so a person can read it too. */
const asText = (document: unknown) => JSON.stringify(document, null, 2);

/** Everything Kindred holds about the signed-in person, in every scheme. */
export async function exportMyData(em: EntityManager, viewer: Viewer, now = new Date()): Promise<string> {
  const document = await buildExport(em, selfScope(viewer), 'THE_PERSON', now);
  await recordAudit(em, { actorId: viewer.id, schemeId: null, action: 'DATA_EXPORTED', subjectType: 'UserAccount', subjectId: viewer.id, outcome: 'ALLOWED' });
  return asText(document);
}

/** What the staff member's schemes hold about one person, for a link worker or administrator of those schemes. */
export async function exportPersonData(em: EntityManager, viewer: Viewer, ref: PersonRef, now = new Date()): Promise<string> {
  const scope = await staffScope(em, viewer, ref, CASEWORK_ROLES);
  const document = await buildExport(em, scope, 'STAFF', now);
  await recordAudit(em, { actorId: viewer.id, schemeId: singleScheme(scope), action: 'DATA_EXPORTED', ...subjectOf(scope), outcome: 'ALLOWED' });
  return asText(document);
}

export function subjectOf(scope: PersonScope): { subjectType: string; subjectId: string } {
  return scope.userId ? { subjectType: 'UserAccount', subjectId: scope.userId } : { subjectType: 'Seeker', subjectId: scope.seekerId as string };
}

export function singleScheme(scope: PersonScope): string | null {
  return scope.schemeIds?.length === 1 ? (scope.schemeIds[0] ?? null) : null;
}
