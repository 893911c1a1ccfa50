import type { Viewer } from '../../accounts/sessions.js';
import { CASEWORK_ROLES, hasRoleIn } from '../../accounts/policy.js';
import { recordAudit } from '../../audit/audit.js';
import { assertValid, badInput, notFound } from '../../graphql/errors.js';
import { Match } from '../../matching/lifecycle/match.entity.js';
import { MATCH_POPULATE } from '../../matching/lifecycle/match-access.js';
import { deliver, recordNotices, type Delivery } from '../../notifications/notify.js';
import { isUuid } from '../../seekers/seeker-access.js';
import { Volunteer } from '../../volunteers/volunteer.entity.js';
import { cleanText, LIFT_NOTE_MAX, requiredTextProblem } from './concern-rules.js';
import type { LiftSafeguardingPauseInput } from './concern.inputs.js';
import { resumeMatch, resumeVolunteer } from './pause.js';
import type { ConcernDeps } from './raise.service.js';
import { volunteerChangedNow } from './triage.service.js';

/**
 * Staff of the scheme let a paused match, or a suspended volunteer, carry on, saying why. The
 * people affected are told they can carry on; the note stays with the concerns that caused the
 * pause, for staff. Nobody lifts a pause on their own match or their own suspension.
 */
export async function liftSafeguardingPause(deps: ConcernDeps, viewer: Viewer, input: LiftSafeguardingPauseInput): Promise<boolean> {
  const now = deps.now ?? new Date();
  const one = [input.matchId, input.volunteerId].filter(Boolean).length === 1;
  if (!one) throw badInput([{ field: 'matchId', message: 'Choose either a match or a volunteer to let carry on' }]);
  assertValid({ note: requiredTextProblem(input.note, LIFT_NOTE_MAX, 'The note', 'Say why it is safe to carry on') });
  const note = cleanText(input.note)!;

  let deliveries: Delivery[] = [];
  let volunteerId: string | null = null;
  await deps.em.transactional(async (tx) => {
    const acting = { actorId: viewer.id, now };
    if (input.matchId) {
      const match = isUuid(input.matchId) ? await tx.findOne(Match, { id: input.matchId }, { populate: [...MATCH_POPULATE] }) : null;
      const own = match && (match.volunteer.user.id === viewer.id || match.request.seeker.account?.id === viewer.id);
      if (!match || own || !hasRoleIn(viewer, match.scheme.id, ...CASEWORK_ROLES)) throw notFound('That match');
      if (!match.safeguardingPausedAt) throw badInput([{ field: 'matchId', message: 'This match is not paused' }]);
      deliveries = recordNotices(tx, resumeMatch(match));
      await tx.execute(
        `update concern set lifted_at = ?, lifted_by_id = ?, lift_note = ? where scheme_id = ? and ? = any(paused_match_ids)`,
        [acting.now, acting.actorId, note, match.scheme.id, match.id],
      );
      await recordAudit(tx, { actorId: viewer.id, schemeId: match.scheme.id, action: 'SAFEGUARDING_PAUSE_LIFTED', subjectType: 'Match', subjectId: match.id, outcome: 'ALLOWED' });
      return;
    }
    const id = input.volunteerId!;
    const volunteer = isUuid(id) ? await tx.findOne(Volunteer, { id }, { populate: ['user', 'scheme'] }) : null;
    if (!volunteer || volunteer.user.id === viewer.id || !hasRoleIn(viewer, volunteer.scheme.id, ...CASEWORK_ROLES)) throw notFound('That volunteer');
    if (!volunteer.suspendedAt) throw badInput([{ field: 'volunteerId', message: 'This volunteer is not suspended' }]);
    deliveries = recordNotices(tx, resumeVolunteer(volunteer));
    await tx.execute(
      `update concern set lifted_at = ?, lifted_by_id = ?, lift_note = ? where scheme_id = ? and suspended_volunteer_id = ?`,
      [acting.now, acting.actorId, note, volunteer.scheme.id, volunteer.id],
    );
    await recordAudit(tx, { actorId: viewer.id, schemeId: volunteer.scheme.id, action: 'SAFEGUARDING_PAUSE_LIFTED', subjectType: 'Volunteer', subjectId: volunteer.id, outcome: 'ALLOWED' });
    volunteerId = volunteer.id;
  });
  await deliver(deps.em, deps.app, deliveries);
  if (volunteerId) await volunteerChangedNow(deps, volunteerId);
  return true;
}
