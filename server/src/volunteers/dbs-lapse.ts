import type { EntityManager } from '@mikro-orm/postgresql';
import { londonDate } from '@kindred/shared';
import { Membership } from '../accounts/membership.entity.js';
import type { Logger } from '../logger.js';
import type { Mailer } from '../mail/mailer.js';
import { dbsLapsedStaffMail, dbsLapsedVolunteerMail } from './dbs-lapse-mail.js';
import { Volunteer } from './volunteer.entity.js';

export type LapseNoticeDeps = {
  em: EntityManager;
  mailer: Pick<Mailer, 'sendInBackground'>;
  publicUrl: string;
  logger?: Logger;
};

type Claimed = { volunteer_id: string; scheme_id: string; recheck_due_on: string };

/**
 * Tells each volunteer whose DBS check has lapsed, and their scheme's link workers (its
 * administrators when it has none), once per check. The checks are claimed in one statement
 * before any mail is sent, so two API processes running this at once never both send.
 */
export async function notifyLapsedDbsChecks(deps: LapseNoticeDeps, now: Date): Promise<{ volunteersTold: number; staffTold: number }> {
  const { em } = deps;
  const claimed = await em.getConnection().execute<Claimed[]>(
    `update volunteer_dbs_check set lapse_notified_at = ?
     where superseded_at is null and lapse_notified_at is null and recheck_due_on <= ?::date
     returning volunteer_id, scheme_id, to_char(recheck_due_on, 'YYYY-MM-DD') as recheck_due_on`,
    [now, londonDate(now)],
  );
  if (claimed.length === 0) return { volunteersTold: 0, staffTold: 0 };

  const volunteers = await em.find(Volunteer, { id: { $in: claimed.map((c) => c.volunteer_id) } }, { populate: ['user', 'scheme'] });
  const memberships = await em.find(
    Membership,
    { scheme: { $in: [...new Set(claimed.map((c) => c.scheme_id))] }, role: { $in: ['VOLUNTEER', 'LINK_WORKER', 'ADMIN'] } },
    { populate: ['user'] },
  );
  const holds = (userId: string, schemeId: string, role: string) =>
    memberships.some((m) => m.user.id === userId && m.scheme.id === schemeId && m.role === role);

  let volunteersTold = 0;
  const bySchemeId = new Map<string, Array<{ userId: string; name: string; recheckDueOn: string; link: string }>>();
  for (const volunteer of volunteers) {
    // Someone who no longer volunteers here, or whose account is closed, is not written to.
    if (volunteer.user.disabledAt || !holds(volunteer.user.id, volunteer.scheme.id, 'VOLUNTEER')) continue;
    const recheckDueOn = claimed.find((c) => c.volunteer_id === volunteer.id)?.recheck_due_on ?? '';
    deps.mailer.sendInBackground(
      dbsLapsedVolunteerMail({
        to: volunteer.user.email,
        name: volunteer.user.displayName,
        schemeName: volunteer.scheme.name,
        recheckDueOn,
        link: `${deps.publicUrl}/volunteering`,
      }),
    );
    volunteersTold++;
    const list = bySchemeId.get(volunteer.scheme.id) ?? [];
    list.push({ userId: volunteer.user.id, name: volunteer.user.displayName, recheckDueOn, link: `${deps.publicUrl}/volunteers/${volunteer.id}` });
    bySchemeId.set(volunteer.scheme.id, list);
  }

  let staffTold = 0;
  for (const [schemeId, lapsed] of bySchemeId) {
    const scheme = volunteers.find((v) => v.scheme.id === schemeId)?.scheme;
    const staffOf = (role: string) => memberships.filter((m) => m.scheme.id === schemeId && m.role === role && !m.user.disabledAt);
    const linkWorkers = staffOf('LINK_WORKER');
    const recipients = new Map((linkWorkers.length > 0 ? linkWorkers : staffOf('ADMIN')).map((m) => [m.user.id, m.user]));
    for (const user of recipients.values()) {
      // A link worker is never sent news of their own lapse as if it were someone else's.
      const others = lapsed.filter((v) => v.userId !== user.id).map(({ name, recheckDueOn, link }) => ({ name, recheckDueOn, link }));
      if (others.length === 0) continue;
      deps.mailer.sendInBackground(dbsLapsedStaffMail({ to: user.email, name: user.displayName, schemeName: scheme?.name ?? '', volunteers: others }));
      staffTold++;
    }
  }
  deps.logger?.info({ volunteersTold, staffTold }, 'lapsed DBS checks notified');
  return { volunteersTold, staffTold };
}
