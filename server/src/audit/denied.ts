import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../accounts/sessions.js';
import { idOrNull, recordAuditApart } from './audit.js';

/** What a denial was about: the kind of thing, and the id asked for (dropped unless it is an id). */
export type DeniedSubject = { type: string; id?: string | null; schemeId?: string | null };

/**
 * Records that something was withheld for access reasons (the service then answers "not found").
 * Call it where a service hides an object from the viewer; `ctx` may be the GraphQL context or any
 * `{ em, viewer }`. Written in its own transaction, before the error leaves.
 */
export async function denied(ctx: { em: EntityManager; viewer: Viewer | null }, subject: DeniedSubject): Promise<void> {
  await recordAuditApart(ctx.em, {
    actorId: ctx.viewer?.id ?? null,
    schemeId: idOrNull(subject.schemeId),
    action: 'ACCESS_DENIED',
    subjectType: subject.type,
    subjectId: idOrNull(subject.id),
    outcome: 'DENIED',
  });
}
