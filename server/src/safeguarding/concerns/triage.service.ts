import type { Viewer } from '../../accounts/sessions.js';
import { UserAccount } from '../../accounts/user.entity.js';
import { recordAudit } from '../../audit/audit.js';
import { assertValid, badInput } from '../../graphql/errors.js';
import { LIVE_STATUSES, Match } from '../../matching/lifecycle/match.entity.js';
import { MATCH_POPULATE } from '../../matching/lifecycle/match-access.js';
import { deliver, recordNotices, type Delivery, type Notice } from '../../notifications/notify.js';
import { CONCERN_SEVERITIES, Concern } from './concern.entity.js';
import { concernForStaff, concernNotFound, mayReadAsStaff, type SeenConcern } from './concern-access.js';
import { cleanText, optionalTextProblem, TRIAGE_TEXT_MAX } from './concern-rules.js';
import type { TriageConcernInput } from './concern.inputs.js';
import { pauseMatches, suspendVolunteer } from './pause.js';
import type { ConcernDeps } from './raise.service.js';
import { loadSubject } from './subjects.js';

/**
 * A link worker or administrator of the scheme records how serious a concern is, what was done
 * and the outcome, and may close it. A serious concern pauses the live matches it reaches at once,
 * and suspends the volunteer when it is about one; staff may also choose either for any concern.
 * The people affected are told only that things are paused, never why or by whom.
 */
export async function triageConcern(deps: ConcernDeps, viewer: Viewer, input: TriageConcernInput): Promise<SeenConcern> {
  const now = deps.now ?? new Date();
  const seen = await concernForStaff(deps.em, viewer, input.concernId);
  assertValid({
    severity: CONCERN_SEVERITIES.includes(input.severity) ? null : 'Choose how serious the concern is',
    actionsTaken: optionalTextProblem(input.actionsTaken, TRIAGE_TEXT_MAX, 'Actions taken'),
    outcome:
      optionalTextProblem(input.outcome, TRIAGE_TEXT_MAX, 'The outcome') ??
      (input.close && !cleanText(input.outcome) ? 'Write the outcome before closing the concern' : null),
    suspendVolunteer: input.suspendVolunteer && !seen.subject.volunteer ? 'There is no volunteer to suspend for this concern' : null,
  });
  if (seen.concern.status === 'CLOSED') throw badInput([{ field: 'concernId', message: 'This concern is closed. Raise a new concern if something else has happened.' }]);

  const serious = input.severity === 'SERIOUS';
  const suspend = !!input.suspendVolunteer || (serious && seen.subject.kind === 'VOLUNTEER');
  const pause = serious || !!input.pauseMatch || suspend;
  let deliveries: Delivery[] = [];
  let suspendedVolunteerId: string | null = null;
  await deps.em.transactional(async (tx) => {
    const concern = await tx.findOneOrFail(Concern, { id: seen.concern.id, scheme: seen.concern.scheme.id });
    const subject = await loadSubject(tx, concern.subjectKind, concern.subjectId, concern.scheme.id);
    if (!subject || !mayReadAsStaff(viewer, concern, subject)) throw concernNotFound();
    concern.severity = input.severity;
    concern.actionsTaken = cleanText(input.actionsTaken);
    concern.outcome = cleanText(input.outcome);
    concern.triagedBy = tx.getReference(UserAccount, viewer.id);
    concern.triagedAt = now;
    concern.status = input.close ? 'CLOSED' : 'TRIAGED';
    concern.closedAt = input.close ? now : null;

    const acting = { tx, actorId: viewer.id, now };
    const notices: Notice[] = [];
    const quiet = new Set([viewer.id]);
    let targets = subject.liveMatches;
    if (suspend && subject.volunteer) {
      notices.push(...(await suspendVolunteer(acting, subject.volunteer)));
      concern.suspendedVolunteer = subject.volunteer;
      suspendedVolunteerId = subject.volunteer.id;
      // A suspended volunteer is told about the suspension, not about each match; every live match of theirs pauses.
      quiet.add(subject.volunteer.user.id);
      targets = await tx.find(
        Match,
        { scheme: concern.scheme.id, volunteer: subject.volunteer.id, status: { $in: [...LIVE_STATUSES] } },
        { populate: [...MATCH_POPULATE] },
      );
    }
    if (pause) {
      const paused = await pauseMatches(acting, targets, quiet);
      concern.pausedMatchIds = [...new Set([...concern.pausedMatchIds, ...paused.pausedIds])];
      notices.push(...paused.notices);
    }
    deliveries = recordNotices(tx, notices);
    await recordAudit(tx, { actorId: viewer.id, schemeId: concern.scheme.id, action: 'CONCERN_TRIAGED', subjectType: 'Concern', subjectId: concern.id, outcome: 'ALLOWED' });
  });
  await deliver(deps.em, deps.app, deliveries);
  if (suspendedVolunteerId) await volunteerChangedNow(deps, suspendedVolunteerId);
  return concernForStaff(deps.em.fork(), viewer, seen.concern.id);
}

/** The engine's index learns of a suspension (or its end) before the answer goes back, not a moment later. */
export async function volunteerChangedNow(deps: ConcernDeps, volunteerId: string): Promise<void> {
  try {
    await deps.app.matching.volunteerChanged(deps.em, volunteerId);
  } catch (error) {
    deps.app.logger.warn({ err: error }, 'matching index could not reload a volunteer; it will rebuild on restart');
  }
}
