import type { EntityManager } from '@mikro-orm/postgresql';
import type { AuditAction, AuditOutcome } from './actions.js';
import { AuditEvent } from './audit-event.entity.js';

/**
 * One audit event: who, what, when and how it ended. Never values: no names, emails, answers or
 * free text — only ids, the kind of thing acted on, and the action.
 */
export type AuditEntry = {
  actorId: string | null;
  schemeId: string | null;
  action: AuditAction;
  /** What kind of thing was acted on, such as "Seeker", "Membership", "Volunteer", "UserAccount". */
  subjectType: string;
  subjectId: string | null;
  outcome: AuditOutcome;
  requestId?: string | null;
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SUBJECT_TYPE = /^[A-Za-z][A-Za-z0-9_.]{0,79}$/;

function rowOf(entry: AuditEntry): AuditEvent {
  // A guard against a caller passing a value by mistake: subject types are code names, and subject
  // ids are ids. Anything else (a typed email, someone's answer, text an attacker sent) is refused.
  if (!SUBJECT_TYPE.test(entry.subjectType)) throw new Error(`Audit subject types are code names, not values: "${entry.subjectType.slice(0, 40)}"`);
  if (entry.subjectId !== null && !UUID.test(entry.subjectId)) throw new Error('Audit subject ids must be ids (uuids)');
  if (entry.actorId !== null && !UUID.test(entry.actorId)) throw new Error('Audit actor ids must be user ids');
  if (entry.schemeId !== null && !UUID.test(entry.schemeId)) throw new Error('Audit scheme ids must be scheme ids');
  const row = new AuditEvent();
  row.actorId = entry.actorId;
  row.schemeId = entry.schemeId;
  row.action = entry.action;
  row.subjectType = entry.subjectType;
  row.subjectId = entry.subjectId;
  row.outcome = entry.outcome;
  row.requestId = entry.requestId ?? null;
  return row;
}

/**
 * Records an action in the same transaction as the action itself, so an action without its audit
 * row cannot commit. The row joins `em`'s unit of work and is flushed now, together with whatever
 * the caller has persisted: call it after making your change and instead of (or before) your own
 * flush, or inside `em.transactional(...)`. If the write fails, the error propagates and the action
 * fails with it — never silently.
 */
export async function recordAudit(em: EntityManager, entry: AuditEntry): Promise<void> {
  em.persist(rowOf(entry));
  await em.flush();
}

/**
 * Records a read or a denial in a transaction of its own, so it stays recorded whatever happens to
 * the rest of the request (a denial is followed by an error; a read changes nothing to commit), and
 * nothing the caller has pending is flushed with it. If the write fails the error propagates: a read
 * returns nothing rather than go unrecorded, and a denial becomes an internal error rather than an
 * unrecorded refusal.
 */
export async function recordAuditApart(em: EntityManager, entry: AuditEntry): Promise<void> {
  const fork = em.fork({ clear: true, useContext: false });
  await fork.insert(rowOf(entry));
}

/** A subject id as given by a caller: kept when it is an id, dropped when it is anything else. */
export function idOrNull(id: string | null | undefined): string | null {
  return id && UUID.test(id) ? id : null;
}
