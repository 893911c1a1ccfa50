import type { EntityManager } from '@mikro-orm/postgresql';
import { Membership } from '../accounts/membership.entity.js';
import { PasswordReset } from '../accounts/password-reset.entity.js';
import { Scheme } from '../accounts/scheme.entity.js';
import { AccountSession } from '../accounts/session.entity.js';
import { RecoveryCode, TwoFactorSecret } from '../accounts/two-factor/two-factor.entity.js';
import { UserAccount } from '../accounts/user.entity.js';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { Notification } from '../notifications/notification.entity.js';
import { Concern } from '../safeguarding/concerns/concern.entity.js';
import { matchesJson, matchesOf } from './export-matches.js';
import { seekerRecordsJson, volunteerRecordsJson } from './export-records.js';
import { schemeFilter, seekersInScope, volunteersInScope, type PersonScope } from './person-scope.js';

/** Raised whenever the document's shape changes in a way a reader must know about. */
export const EXPORT_SCHEMA_VERSION = 1;

/** What is deliberately left out, and why: said in the document itself. */
export const NOT_INCLUDED = [
  {
    what: 'Safeguarding concerns other people raised about you, and what staff did about them',
    why:
      'These are safeguarding records. The law lets us withhold them where telling you could put someone at risk or get in the way of keeping people safe (the safeguarding exemption in the Data Protection Act 2018, Schedule 2 and 3). If you want to know more, ask your scheme.',
  },
  {
    what: 'The reason a member of staff gave for suspending you as a volunteer while they looked into a concern',
    why: 'This is part of the same safeguarding record. When you were suspended is included.',
  },
  {
    what: 'Your password, and the secret behind your sign-in codes',
    why: 'We keep only a one-way scramble (hash) of your password, which cannot be turned back into it, and the sign-in code secret is never shown again once set up.',
  },
];

export type ExportMadeBy = 'THE_PERSON' | 'STAFF';

/**
 * One machine-readable JSON document of everything Kindred holds about the person within the scope.
 * Account-wide records (sessions, password resets, the activity log) only come with the person's
 * own export: staff see what their schemes hold.
 */
export async function buildExport(em: EntityManager, scope: PersonScope, madeBy: ExportMadeBy, now: Date) {
  const everything = scope.schemeIds === null;
  const userId = scope.userId;
  const [account, memberships, seekers, volunteers] = await Promise.all([
    userId ? em.findOne(UserAccount, { id: userId }) : null,
    userId ? em.find(Membership, { user: userId, ...schemeFilter(scope) }, { populate: ['scheme'], orderBy: { createdAt: 'asc' } }) : [],
    seekersInScope(em, scope),
    volunteersInScope(em, scope),
  ]);
  const seekerIds = seekers.map((s) => s.id);
  const matches = await matchesOf(em, seekerIds, volunteers.map((v) => v.id), scope.schemeIds);
  const [twoFactor, recoveryCodes, sessions, resets, notifications, concerns, activity, schemes] = await Promise.all([
    userId && everything ? em.findOne(TwoFactorSecret, { user: userId }) : null,
    userId && everything ? em.find(RecoveryCode, { user: userId }, { orderBy: { createdAt: 'asc' } }) : [],
    userId && everything ? em.find(AccountSession, { user: userId }, { orderBy: { createdAt: 'asc' } }) : [],
    userId && everything ? em.find(PasswordReset, { user: userId }, { orderBy: { createdAt: 'asc' } }) : [],
    userId ? em.find(Notification, { user: userId, ...schemeFilter(scope) }, { orderBy: { createdAt: 'asc' } }) : [],
    userId ? em.find(Concern, { raisedBy: userId, ...schemeFilter(scope) }, { populate: ['scheme'], orderBy: { raisedAt: 'asc' } }) : [],
    userId && everything ? em.find(AuditEvent, { actorId: userId }, { orderBy: { at: 'asc' } }) : [],
    em.find(Scheme, scope.schemeIds ? { id: { $in: scope.schemeIds } } : { id: { $in: schemeIdsOf(memberships, seekers, volunteers) } }, { orderBy: { name: 'asc' } }),
  ]);
  return {
    schemaVersion: EXPORT_SCHEMA_VERSION,
    kind: 'kindred.personal-data',
    generatedAt: now,
    scope: {
      madeBy,
      everyScheme: everything,
      schemes: schemes.map((s) => ({ id: s.id, name: s.name })),
      note: everything
        ? 'Everything Kindred holds about you, in every scheme.'
        : 'What these schemes hold about the person. The person can download everything themself from "Your data" when signed in.',
    },
    notIncluded: NOT_INCLUDED,
    account: account
      ? { id: account.id, email: account.email, displayName: account.displayName, createdAt: account.createdAt, disabledAt: account.disabledAt ?? null }
      : null,
    memberships: memberships.map((m) => ({ scheme: { id: m.scheme.id, name: m.scheme.name }, role: m.role, since: m.createdAt })),
    sessions: sessions.map((s) => ({ signedInAt: s.createdAt, lastActiveAt: s.lastSeenAt, endsAt: s.expiresAt })),
    twoFactor: twoFactor
      ? {
          setUpAt: twoFactor.createdAt,
          turnedOnAt: twoFactor.enabledAt ?? null,
          recoveryCodes: recoveryCodes.map((c) => ({ madeAt: c.createdAt, usedAt: c.usedAt ?? null })),
        }
      : null,
    passwordResets: resets.map((r) => ({ askedAt: r.createdAt, expiresAt: r.expiresAt, usedAt: r.usedAt ?? null })),
    seekerRecords: await seekerRecordsJson(em, seekers),
    volunteerRecords: await volunteerRecordsJson(em, volunteers),
    matches: await matchesJson(em, matches, seekerIds, userId),
    notifications: notifications.map((n) => ({ kind: n.kind, text: n.text, link: n.link ?? null, createdAt: n.createdAt, readAt: n.readAt ?? null })),
    concernsRaised: concerns.map((c) => ({ id: c.id, scheme: { id: c.scheme.id, name: c.scheme.name }, about: c.subjectKind, text: c.text, raisedAt: c.raisedAt })),
    activityLog: activity.map((a) => ({ at: a.at, action: a.action, subjectType: a.subjectType, outcome: a.outcome })),
  };
}

export type PersonalDataExport = Awaited<ReturnType<typeof buildExport>>;

function schemeIdsOf(...groups: Array<Array<{ scheme: { id: string } }>>): string[] {
  return [...new Set(groups.flat().map((row) => row.scheme.id))];
}
