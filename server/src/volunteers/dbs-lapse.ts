import type { EntityManager } from '@mikro-orm/postgresql';
import { londonDate } from '@kindred/shared';
import { Membership } from '../accounts/membership.entity.js';
import type { Logger } from '../logger.js';
import type { Mailer } from '../mail/mailer.js';
import { whileMailIsLocked } from '../mail/owed-mail.js';
import { dbsLapsedStaffMail, dbsLapsedVolunteerMail } from './dbs-lapse-mail.js';
import { Volunteer } from './volunteer.entity.js';
import { pgArray } from '../db/sql-array.js';

export type LapseNoticeDeps = {
  em: EntityManager;
  mailer: Pick<Mailer, 'send'>;
  publicUrl: string;
  logger?: Logger;
};

type Owed = { id: string; scheme_id: string; volunteer_id: string; volunteer_owed: boolean; staff_owed: boolean };
type Locked = { id: string; volunteer_id: string; recheck_due_on: string };

// A notice is owed from the claim until its email has gone; a newer check cancels it.
const OWED = 'lapse_notified_at is not null and superseded_at is null';

/**
 * Tells each volunteer whose DBS check has lapsed, and their scheme's link workers (its
 * administrators when it has none), once per check; a notice is never lost to a process dying
 * mid-job. Each step is safe to run again, and to run in two processes at once:
 * 1. the lapsed checks are claimed in one statement, so each is claimed once;
 * 2. each volunteer owed an email is sent it, and their check marked, in one transaction holding the
 *    check's row;
 * 3. each scheme's link workers are sent the volunteers not yet named to them, and those checks
 *    marked, in one transaction holding their rows.
 * A run that dies anywhere leaves the rest owed, for pg-boss's rerun or the next hourly run
 * (whileMailIsLocked says which one moment can send an email twice instead).
 */
export async function notifyLapsedDbsChecks(deps: LapseNoticeDeps, now: Date): Promise<{ volunteersTold: number; staffTold: number }> {
  await claimLapsedDbsChecks(deps.em, now);
  // Every notice still owed, this run's and any an earlier run left behind.
  const owed = await deps.em.getConnection().execute<Owed[]>(
    `select id, scheme_id, volunteer_id, lapse_volunteer_told_at is null as volunteer_owed, lapse_staff_told_at is null as staff_owed
       from volunteer_dbs_check
      where ${OWED} and (lapse_volunteer_told_at is null or lapse_staff_told_at is null)
      order by scheme_id, id`,
  );
  // An email that could not go stays owed; the rest are tried all the same, and the job then fails, to be run again.
  const failures: unknown[] = [];
  const failed = (error: unknown) => {
    failures.push(error);
    return 0;
  };
  let volunteersTold = 0;
  for (const check of owed.filter((c) => c.volunteer_owed)) {
    if (await tellVolunteer(deps, check, now).catch(failed)) volunteersTold++;
  }
  let staffTold = 0;
  for (const schemeId of new Set(owed.filter((c) => c.staff_owed).map((c) => c.scheme_id))) {
    staffTold += await tellStaff(deps, schemeId, now).catch(failed);
  }
  if (owed.length > 0) deps.logger?.info({ volunteersTold, staffTold, failed: failures.length }, 'lapsed DBS checks notified');
  if (failures.length > 0) throw failures[0];
  return { volunteersTold, staffTold };
}

/**
 * Step 1: marks every lapsed check that has not been claimed, in one statement (two processes at
 * once claim each check once). From here its notices are owed. Returns how many were claimed.
 */
export async function claimLapsedDbsChecks(em: EntityManager, now: Date): Promise<number> {
  const claimed = await em.getConnection().execute<Array<{ id: string }>>(
    `update volunteer_dbs_check set lapse_notified_at = ?
     where superseded_at is null and lapse_notified_at is null and recheck_due_on <= ?::date
     returning id`,
    [now, londonDate(now)],
  );
  return claimed.length;
}

/** Someone who no longer volunteers here, or whose account is closed, is not written to. */
async function stillVolunteering(em: EntityManager, schemeId: string, volunteerIds: string[]): Promise<Volunteer[]> {
  if (volunteerIds.length === 0) return [];
  const volunteers = await em.find(Volunteer, { id: { $in: volunteerIds }, scheme: schemeId }, { populate: ['user', 'scheme'] });
  const members = await em.find(Membership, { scheme: schemeId, role: 'VOLUNTEER', user: { $in: volunteers.map((v) => v.user.id) } });
  return volunteers.filter((v) => !v.user.disabledAt && members.some((m) => m.user.id === v.user.id));
}

/** Step 2, for one check: true when an email went. */
async function tellVolunteer(deps: LapseNoticeDeps, check: Owed, now: Date): Promise<boolean> {
  return whileMailIsLocked(deps.em, async (tx, sql) => {
    const [row] = await sql<Locked>(
      `select id, volunteer_id, to_char(recheck_due_on, 'YYYY-MM-DD') as recheck_due_on from volunteer_dbs_check
        where id = ? and scheme_id = ? and ${OWED} and lapse_volunteer_told_at is null
          for update`,
      [check.id, check.scheme_id],
    );
    if (!row) return false; // told meanwhile by another process, or renewed
    const [volunteer] = await stillVolunteering(tx, check.scheme_id, [row.volunteer_id]);
    const outcome = volunteer
      ? await deps.mailer.send(
          dbsLapsedVolunteerMail({
            to: volunteer.user.email,
            name: volunteer.user.displayName,
            schemeName: volunteer.scheme.name,
            recheckDueOn: row.recheck_due_on,
            link: `${deps.publicUrl}/volunteering`,
          }),
        )
      : null;
    await sql(`update volunteer_dbs_check set lapse_volunteer_told_at = ? where id = ? and scheme_id = ?`, [now, row.id, check.scheme_id]);
    return outcome === 'SENT';
  });
}

/** Step 3, for one scheme: how many of its staff were emailed. */
async function tellStaff(deps: LapseNoticeDeps, schemeId: string, now: Date): Promise<number> {
  return whileMailIsLocked(deps.em, async (tx, sql) => {
    const rows = await sql<Locked>(
      `select id, volunteer_id, to_char(recheck_due_on, 'YYYY-MM-DD') as recheck_due_on from volunteer_dbs_check
        where scheme_id = ? and ${OWED} and lapse_staff_told_at is null
        order by id
          for update`,
      [schemeId],
    );
    if (rows.length === 0) return 0;
    const volunteers = await stillVolunteering(tx, schemeId, rows.map((r) => r.volunteer_id));
    const lapsed = volunteers.map((v) => ({
      userId: v.user.id,
      name: v.user.displayName,
      recheckDueOn: rows.find((r) => r.volunteer_id === v.id)?.recheck_due_on ?? '',
      link: `${deps.publicUrl}/volunteers/${v.id}`,
    }));
    const staff = await tx.find(Membership, { scheme: schemeId, role: { $in: ['LINK_WORKER', 'ADMIN'] } }, { populate: ['user', 'scheme'] });
    const staffOf = (role: string) => staff.filter((m) => m.role === role && !m.user.disabledAt);
    const linkWorkers = staffOf('LINK_WORKER');
    const recipients = new Map((linkWorkers.length > 0 ? linkWorkers : staffOf('ADMIN')).map((m) => [m.user.id, m]));
    let told = 0;
    for (const { user, scheme } of recipients.values()) {
      // A link worker is never sent news of their own lapse as if it were someone else's.
      const others = lapsed.filter((v) => v.userId !== user.id).map(({ name, recheckDueOn, link }) => ({ name, recheckDueOn, link }));
      if (others.length === 0) continue;
      const outcome = await deps.mailer.send(dbsLapsedStaffMail({ to: user.email, name: user.displayName, schemeName: scheme.name, volunteers: others }));
      if (outcome === 'SENT') told++;
    }
    await sql(`update volunteer_dbs_check set lapse_staff_told_at = ? where scheme_id = ? and id = any(?::uuid[])`, [now, schemeId, pgArray(rows.map((r) => r.id))]);
    return told;
  });
}
