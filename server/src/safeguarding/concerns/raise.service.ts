import type { EntityManager } from '@mikro-orm/postgresql';
import { ROLES } from '@kindred/shared';
import { schemesWhere, viewerSchemes } from '../../accounts/policy.js';
import { Scheme } from '../../accounts/scheme.entity.js';
import type { Viewer } from '../../accounts/sessions.js';
import { UserAccount } from '../../accounts/user.entity.js';
import { idOrNull, recordAudit, recordAuditApart } from '../../audit/audit.js';
import type { AppServices } from '../../graphql/context.js';
import { assertValid, notFound } from '../../graphql/errors.js';
import { LIVE_STATUSES } from '../../matching/lifecycle/match.entity.js';
import { deliver, recordNotices, type Delivery } from '../../notifications/notify.js';
import { CONCERN_SUBJECT_KINDS, Concern, type ConcernSubjectKind } from './concern.entity.js';
import { CONCERN_TEXT_MAX, requiredTextProblem } from './concern-rules.js';
import { noticesToStaff } from './concern-staff.js';
import type { RaiseConcernInput } from './concern.inputs.js';
import { pauseMatches } from './pause.js';
import { loadSubject, matchesWith, mayRaiseAbout } from './subjects.js';

export type ConcernDeps = { em: EntityManager; app: Pick<AppServices, 'pubsub' | 'mailer' | 'publicUrl' | 'logger' | 'matching'>; now?: Date };

const NOT_FOUND_WORDS: Record<ConcernSubjectKind, string> = {
  PERSON: 'That person',
  VOLUNTEER: 'That volunteer',
  MATCH: 'That match',
  ACTIVITY: 'That activity',
};

/**
 * Anyone signed in raises a concern about someone or something they can see in Kindred. The
 * scheme's link workers are told at once. When the person raising it is one of the two people of
 * a live match with whoever it is about, that match is paused at once, until staff have looked.
 * Anything they cannot see looks as if it does not exist.
 */
export async function raiseConcern(deps: ConcernDeps, viewer: Viewer, input: RaiseConcernInput): Promise<Concern> {
  const now = deps.now ?? new Date();
  assertValid({ text: requiredTextProblem(input.text, CONCERN_TEXT_MAX, 'Your concern', 'Write a few words about your concern') });
  const kind = CONCERN_SUBJECT_KINDS.includes(input.subjectKind) ? input.subjectKind : null;
  const subject = kind ? await loadSubject(deps.em, kind, input.subjectId, viewerSchemes(viewer)) : null;
  if (!kind || !subject || !(await mayRaiseAbout(deps.em, viewer, subject))) {
    await recordAuditApart(deps.em, {
      actorId: viewer.id,
      schemeId: subject?.schemeId ?? null,
      action: 'CONCERN_RAISED',
      subjectType: 'Concern',
      subjectId: idOrNull(input.subjectId),
      outcome: 'DENIED',
    });
    throw notFound(kind ? NOT_FOUND_WORDS[kind] : 'That');
  }

  let deliveries: Delivery[] = [];
  const concern = await deps.em.transactional(async (tx) => {
    const concern = tx.create(Concern, {
      scheme: tx.getReference(Scheme, subject.schemeId),
      subjectKind: subject.kind,
      subjectId: subject.id,
      text: input.text.trim(),
      raisedBy: tx.getReference(UserAccount, viewer.id),
      raisedAt: now,
    });
    // The raiser's own live matches with whoever it is about pause at once, pending triage.
    const own = (await matchesWith(tx, viewer, subject)).filter((m) => LIVE_STATUSES.includes(m.status));
    const paused = await pauseMatches({ tx, actorId: viewer.id, now }, own, new Set([viewer.id]));
    concern.pausedMatchIds = paused.pausedIds;
    concern.pausedWhenRaised = paused.pausedIds.length > 0;
    const staff = await noticesToStaff(tx, subject.schemeId, concern.id, { raiserId: viewer.id, aboutUserIds: subject.aboutUserIds });
    deliveries = recordNotices(tx, [...staff, ...paused.notices]);
    await recordAudit(tx, { actorId: viewer.id, schemeId: subject.schemeId, action: 'CONCERN_RAISED', subjectType: 'Concern', subjectId: concern.id, outcome: 'ALLOWED' });
    return concern;
  });
  await deliver(deps.em, deps.app, deliveries);
  return concern;
}

/** The concerns the viewer raised, newest first: only that each was received. */
export function myRaisedConcerns(em: EntityManager, viewer: Viewer): Promise<Concern[]> {
  const schemes = schemesWhere(viewer, ...ROLES);
  if (schemes.length === 0) return Promise.resolve([]);
  return em.find(Concern, { raisedBy: viewer.id, scheme: { $in: schemes } }, { orderBy: { raisedAt: 'desc', id: 'desc' }, limit: 100 });
}
