import type { EntityManager } from '@mikro-orm/postgresql';
import { Membership } from '../accounts/membership.entity.js';
import { Scheme } from '../accounts/scheme.entity.js';
import { recordAudit } from '../audit/audit.js';
import type { Logger } from '../logger.js';
import { LIVE_STATUSES } from '../matching/lifecycle/match.entity.js';
import { recordNotices } from '../notifications/notify.js';
import { Seeker } from '../seekers/seeker.entity.js';
import { Volunteer } from '../volunteers/volunteer.entity.js';
import { eraseAccount, handOverReferences } from './erase-account.js';
import { ErasureRecord } from './erasure-record.entity.js';
import { ERASED_NAME } from './erasure-words.js';
import { eraseCase } from './erasure.js';
import { pgArray } from '../db/sql-array.js';

export const DEFAULT_RETENTION_MONTHS = 72;
const BATCH = 200;

/** The moment before which a closed case counts as old: `months` calendar months before `now`. */
export function retentionCutoff(now: Date, months: number): Date {
  const cutoff = new Date(now);
  cutoff.setUTCMonth(cutoff.getUTCMonth() - months);
  return cutoff;
}

type StaleCase = { id: string; scheme_id: string; account_id: string | null };

/**
 * Closed cases: people seeking company whose requests are all closed (or who never asked), with no
 * live match, and with nothing at all happening since the cutoff: not a request, match, message,
 * check-in, contact, consent, change to their record, nor a sign-in.
 */
export function findStaleCases(em: EntityManager, cutoff: Date, limit = BATCH): Promise<StaleCase[]> {
  return em.execute<StaleCase[]>(
    `select s.id, s.scheme_id, s.account_id from seeker s
      where not (s.name = ? and s.account_id is null)
        and not exists (select 1 from support_request r where r.seeker_id = s.id and r.status <> 'CLOSED')
        and not exists (select 1 from match m join support_request r on r.id = m.request_id
                         where r.seeker_id = s.id and m.status = any(?::text[]))
        and coalesce(greatest(
              s.created_at, s.updated_at, s.last_contacted_at,
              (select max(greatest(r.created_at, r.status_changed_at)) from support_request r where r.seeker_id = s.id),
              (select max(greatest(m.proposed_at, m.activated_at, m.ended_at)) from match m
                 join support_request r on r.id = m.request_id where r.seeker_id = s.id),
              (select max(msg.sent_at) from message msg join match m on m.id = msg.match_id
                 join support_request r on r.id = m.request_id where r.seeker_id = s.id),
              (select max(greatest(c.created_at, c.completed_at, c.due_on::timestamptz)) from check_in c where c.seeker_id = s.id),
              (select max(greatest(c.contacted_at, c.recorded_at)) from seeker_contact c where c.seeker_id = s.id),
              (select max(greatest(c.recorded_at, c.withdrawn_at)) from consent_record c where c.seeker_id = s.id),
              (select max(a.last_seen_at) from account_session a where a.user_id = s.account_id)
            ), s.created_at) < ?::timestamptz
      order by s.id
      limit ?`,
    [ERASED_NAME, pgArray(LIVE_STATUSES), cutoff.toISOString(), limit],
  );
}

/**
 * The daily retention job: anonymises closed cases older than the retention period, exactly as an
 * erasure would. A person's account goes too when it existed only for that case; otherwise it lives
 * on, and the case's rows are handed to an empty stand-in. Each case is its own transaction, so one
 * that fails does not stop the others (the job then fails, and the queue tries again).
 */
export async function anonymiseClosedCases(
  deps: { em: () => EntityManager; retentionMonths: number; logger?: Logger },
  now: Date,
): Promise<{ anonymised: number }> {
  const cutoff = retentionCutoff(now, deps.retentionMonths);
  const reason = `Nothing had happened for ${deps.retentionMonths} months after their support ended`;
  let anonymised = 0;
  let failed = 0;
  const tried = new Set<string>();
  for (;;) {
    const cases = (await findStaleCases(deps.em(), cutoff)).filter((c) => !tried.has(c.id));
    if (cases.length === 0) break;
    for (const stale of cases) {
      tried.add(stale.id);
      try {
        await deps.em().transactional((tx) => anonymiseCase(tx, stale, reason, now));
        anonymised++;
      } catch (error) {
        failed++;
        deps.logger?.error({ err: error, seekerId: stale.id }, 'a closed case could not be anonymised');
      }
    }
  }
  if (failed > 0) throw new Error(`${failed} closed cases could not be anonymised`);
  return { anonymised };
}

async function anonymiseCase(tx: EntityManager, stale: StaleCase, reason: string, now: Date): Promise<void> {
  const erased = await eraseCase(tx, { seekerIds: [stale.id], volunteerIds: [] }, { userId: null, kind: 'RETENTION' }, now);
  if (stale.account_id) {
    if (await onlyForThisCase(tx, stale.account_id)) await eraseAccount(tx, stale.account_id, now);
    else await handOverReferences(tx, stale.account_id, { caseOf: erased }, now);
  }
  recordNotices(tx, erased.notices);
  tx.create(ErasureRecord, {
    scheme: tx.getReference(Scheme, stale.scheme_id),
    subjectType: 'Seeker',
    subjectId: stale.id,
    way: 'BY_RETENTION',
    reason,
    erasedAt: now,
  });
  await recordAudit(tx, { actorId: null, schemeId: stale.scheme_id, action: 'PERSON_ERASED', subjectType: 'Seeker', subjectId: stale.id, outcome: 'ALLOWED' });
}

/** Whether the account has nothing else: no other record, no volunteering, no staff role. (Its case is already unlinked.) */
async function onlyForThisCase(tx: EntityManager, accountId: string): Promise<boolean> {
  const [seekers, volunteers, otherRoles] = await Promise.all([
    tx.count(Seeker, { account: accountId }),
    tx.count(Volunteer, { user: accountId }),
    tx.count(Membership, { user: accountId, role: { $ne: 'SEEKER' } }),
  ]);
  return seekers + volunteers + otherRoles === 0;
}
