import type { EntityManager } from '@mikro-orm/postgresql';
import { normaliseEmail } from '@kindred/shared';
import { schemesWhere } from '../accounts/policy.js';
import type { Viewer } from '../accounts/sessions.js';
import { badInput, notFound } from '../graphql/errors.js';
import { AUDIT_OUTCOMES, type AuditOutcome } from './actions.js';
import { idOrNull, recordAuditApart } from './audit.js';
import { decodeCursor, encodeCursor } from './audit-cursor.js';
import { branchesOf, narrowOf, pageOf, type Clause, type Scope } from './audit-query.js';
import { denied } from './denied.js';
import { pgArray } from '../db/sql-array.js';

export type AuditFilter = {
  schemeId?: string | null;
  actorEmail?: string | null;
  action?: string | null;
  subjectId?: string | null;
  outcome?: string | null;
  from?: Date | null;
  to?: Date | null;
};

export type AuditRow = {
  id: string;
  at: Date;
  actorName: string | null;
  actorEmail: string | null;
  schemeName: string | null;
  action: string;
  subjectType: string;
  subjectId: string | null;
  outcome: string;
};

export type AuditPageResult = { events: AuditRow[]; nextCursor: string | null };

export const MAX_PAGE = 200;

/**
 * Which events an administrator may see, for the schemes in scope (all they run, or the one asked for):
 * - events of those schemes;
 * - installation-wide events (no scheme: sign-ins, refusals) about a person — as the actor, or as
 *   the account signed in to — who currently belongs to one of those schemes;
 * - when no scheme was asked for, installation-wide events about nobody known (a failed sign-in to
 *   an address with no account, a refusal to someone not signed in): they name no one.
 * An administrator of one scheme never sees another scheme's events or its people's sign-ins.
 * How the SQL reads this quickly is in audit-query.ts.
 */
async function scopeOf(em: EntityManager, schemeIds: string[], includeAnonymous: boolean): Promise<Scope> {
  const [row] = await em.getConnection().execute<Array<{ n: number }>>(
    'select count(distinct m.user_id)::int as n from membership m where m.scheme_id = any(?::uuid[])',
    [pgArray(schemeIds)],
  );
  return { schemeIds, members: row?.n ?? 0, includeAnonymous };
}

function checkFilter(filter: AuditFilter, first: number): void {
  const problems: Array<{ field: string; message: string }> = [];
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE) problems.push({ field: 'first', message: `Ask for between 1 and ${MAX_PAGE} events` });
  if (filter.outcome && !AUDIT_OUTCOMES.includes(filter.outcome as AuditOutcome)) problems.push({ field: 'outcome', message: 'Choose an outcome from the list' });
  if (filter.action && !/^[A-Z_]{1,60}$/.test(filter.action)) problems.push({ field: 'action', message: 'Choose an action from the list' });
  if (filter.subjectId && filter.subjectId.length > 100) problems.push({ field: 'subjectId', message: 'Enter an id of 100 characters or fewer' });
  if (filter.actorEmail && filter.actorEmail.length > 320) problems.push({ field: 'actorEmail', message: 'Enter an email address of 320 characters or fewer' });
  if (filter.from && filter.to && filter.from > filter.to) problems.push({ field: 'to', message: 'The end of the period must be after its start' });
  if (problems.length > 0) throw badInput(problems);
}

/**
 * One page of the audit log, newest first, for an administrator: keyset-paginated on (at, id) so a
 * page costs the same however deep it is. The search itself is recorded (who looked at the log).
 */
export async function searchAudit(
  em: EntityManager,
  viewer: Viewer,
  filter: AuditFilter,
  page: { first: number; after?: string | null },
): Promise<AuditPageResult> {
  checkFilter(filter, page.first);
  const after = page.after ? decodeCursor(page.after) : null;
  if (page.after && !after) throw badInput([{ field: 'after', message: 'That page link is out of date; start the search again' }]);

  const administered = schemesWhere(viewer, 'ADMIN');
  if (filter.schemeId && !administered.includes(filter.schemeId)) {
    await denied({ em, viewer }, { type: 'Scheme', id: filter.schemeId });
    throw notFound('That scheme');
  }
  // The action is not one filter among the others: the query is shaped around it (audit-query.ts).
  const action = filter.action || null;
  const clauses: Clause[] = [];
  let narrow = false;
  let nobody = false;
  if (filter.actorEmail?.trim()) {
    const [person] = await em.getConnection().execute<Array<{ id: string }>>('select id from person_account where email = ?', [normaliseEmail(filter.actorEmail)]);
    // A person's events: what they did, and attempts to sign in to their account.
    if (person) clauses.push({ sql: `(e.actor_id = ? or (e.subject_type = 'UserAccount' and e.subject_id = ?))`, params: [person.id, person.id] });
    nobody = !person;
    narrow = true;
  }
  if (filter.subjectId?.trim()) {
    clauses.push({ sql: 'e.subject_id = ?', params: [filter.subjectId.trim()] });
    narrow = true;
  }
  if (filter.outcome) clauses.push({ sql: 'e.outcome = ?', params: [filter.outcome] });
  if (filter.from) clauses.push({ sql: 'e.at >= ?', params: [filter.from] });
  if (filter.to) clauses.push({ sql: 'e.at <= ?', params: [filter.to] });
  if (after) clauses.push({ sql: '(e.at, e.id) < (?::timestamptz, ?::uuid)', params: [after.at, after.id] });

  const scope = await scopeOf(em, filter.schemeId ? [filter.schemeId] : administered, !filter.schemeId);
  const limit = page.first + 1;
  const query = pageOf(narrow ? narrowOf(scope, action, clauses, limit) : branchesOf(scope, action, clauses, limit), limit);
  const rows = nobody
    ? []
    : await em.getConnection().execute<
        Array<{ id: string; at: string; at_key: string; actor_name: string | null; actor_email: string | null; scheme_name: string | null; action: string; subject_type: string; subject_id: string | null; outcome: string }>
      >(query.sql, query.params);

  await recordAuditApart(em, {
    actorId: viewer.id,
    schemeId: idOrNull(filter.schemeId),
    action: 'AUDIT_SEARCHED',
    subjectType: 'AuditEvent',
    subjectId: null,
    outcome: 'ALLOWED',
  });

  const shown = rows.slice(0, page.first);
  const events = shown.map((r) => ({
    id: r.id,
    at: new Date(r.at),
    actorName: r.actor_name,
    actorEmail: r.actor_email,
    schemeName: r.scheme_name,
    action: r.action,
    subjectType: r.subject_type,
    subjectId: r.subject_id,
    outcome: r.outcome,
  }));
  const last = shown.at(-1);
  return { events, nextCursor: rows.length > page.first && last ? encodeCursor({ at: last.at_key, id: last.id }) : null };
}
