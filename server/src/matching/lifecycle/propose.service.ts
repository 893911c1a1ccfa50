import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { explainPair, scorePair } from '@kindred/shared';
import { CASEWORK_ROLES, hasRoleIn, schemesWhere } from '../../accounts/policy.js';
import type { Viewer } from '../../accounts/sessions.js';
import { UserAccount } from '../../accounts/user.entity.js';
import type { AppServices } from '../../graphql/context.js';
import { badInput, notFound } from '../../graphql/errors.js';
import { deliver, firstName, recordNotices, type Delivery } from '../../notifications/notify.js';
import { isUuid } from '../../seekers/seeker-access.js';
import { SupportRequest } from '../../seekers/support-request.entity.js';
import { Volunteer } from '../../volunteers/volunteer.entity.js';
import { toMatchVolunteer } from '../engine/adapters.js';
import { loadVolunteerFacts } from '../engine/facts.js';
import { checkPairNow, loadMatchRequest } from '../engine/matching-engine.js';
import { blockersInWords, words } from './lifecycle-words.js';
import { LIVE_STATUSES, Match } from './match.entity.js';
import { SuggestionRejection } from './match-records.entity.js';
import type { ProposeMatchInput, RejectSuggestionInput } from './match.inputs.js';
import { inTurn, pairKeys } from './in-turn.js';
import { transition } from './transitions.js';

export type LifecycleDeps = { em: EntityManager; app: AppServices; now?: Date };

export const requestHasLiveMatch = () =>
  badInput([{ field: 'requestId', message: 'This person already has a match in progress. End or decline it before proposing another.' }]);
export const volunteerIsFull = () =>
  badInput([{ field: 'volunteerId', message: 'This volunteer already supports as many people as they can. Choose someone else.' }]);

/**
 * Rows are always locked in the same order (request, then volunteer), so two proposals never wait
 * on each other in a cycle. Under these locks nothing else can add a live match for the request or
 * take one of the volunteer's places, so the counts below are the truth until commit.
 */
export async function lockRequestAndVolunteer(tx: EntityManager, schemeId: string, requestId: string, volunteerId: string) {
  const request = await tx.findOne(SupportRequest, { id: requestId, scheme: schemeId }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
  const volunteer = request
    ? await tx.findOne(Volunteer, { id: volunteerId, scheme: request.scheme.id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true })
    : null;
  return { request, volunteer };
}

export function liveMatchesOf(tx: EntityManager, schemeId: string, volunteerId: string): Promise<number> {
  return tx.count(Match, { scheme: schemeId, volunteer: volunteerId, status: { $in: [...LIVE_STATUSES] } });
}

/**
 * A link worker proposes a volunteer for a request. Every hard constraint is checked again here,
 * inside the transaction, whatever the suggestion said a moment ago; the reasons are kept with
 * the match exactly as they read now (UK GDPR Article 22: the explanation stays with the decision).
 */
export async function proposeMatch(deps: LifecycleDeps, viewer: Viewer, input: ProposeMatchInput): Promise<Match> {
  const now = deps.now ?? new Date();
  if (!isUuid(input.requestId) || !isUuid(input.volunteerId)) throw notFound('That request');
  const peek = await deps.em.findOne(SupportRequest, { id: input.requestId, scheme: { $in: schemesWhere(viewer, ...CASEWORK_ROLES) } });
  if (!peek || !hasRoleIn(viewer, peek.scheme.id, ...CASEWORK_ROLES)) throw notFound('That request');
  // Built outside the transaction: it reads on its own connection, and only ranks shared interests.
  const rarity = (await deps.app.matching.indexFor(deps.em, peek.scheme.id)).rarity();

  let deliveries: Delivery[] = [];
  let matchId = '';
  try {
    await inTurn(pairKeys(input.requestId, input.volunteerId), () => deps.em.transactional(async (tx) => {
      const { request, volunteer } = await lockRequestAndVolunteer(tx, peek.scheme.id, input.requestId, input.volunteerId);
      if (!request) throw notFound('That request');
      if (!volunteer) throw notFound('That volunteer');
      if (request.status !== 'WAITING') throw badInput([{ field: 'requestId', message: 'This request is not waiting for a match.' }]);
      if ((await tx.count(Match, { scheme: request.scheme.id, request: request.id, status: { $in: [...LIVE_STATUSES] } })) > 0) throw requestHasLiveMatch();
      const live = await liveMatchesOf(tx, request.scheme.id, volunteer.id);
      if (live >= volunteer.capacity) throw volunteerIsFull();

      const check = await checkPairNow(tx, request.id, volunteer.id, now, request.scheme.id);
      if (!check.ok) throw badInput([{ field: 'volunteerId', message: blockersInWords(check.blockers) }]);
      const loaded = await loadMatchRequest(tx, request.id, request.scheme.id);
      const facts = await loadVolunteerFacts(tx, { schemeId: request.scheme.id, volunteerIds: [volunteer.id] });
      const engineVolunteer = toMatchVolunteer(volunteer, { dbsRecheckDueOn: facts.get(volunteer.id)?.dbsRecheckDueOn ?? null, liveMatches: live });
      if (!loaded) throw notFound('That request');
      const { fit } = scorePair(loaded.match, engineVolunteer, check, { rarity, now });
      const reasons = explainPair(loaded.match, engineVolunteer, check, { rarity, now });

      const match = tx.create(Match, {
        scheme: request.scheme,
        request,
        volunteer,
        kind: request.kind,
        fit: Math.round(fit),
        reasons,
        waysToKeepInTouch: check.modes,
        proposalNote: input.note?.trim() || null,
        proposedBy: tx.getReference(UserAccount, viewer.id),
        proposedAt: now,
      });
      transition(tx, match, 'PROPOSED', { userId: viewer.id, role: 'STAFF' }, now, input.note?.trim() || null);
      await tx.populate(volunteer, ['user']);
      const offer = words.offeredToVolunteer(firstName(loaded.seeker.name));
      deliveries = recordNotices(tx, [
        { userId: volunteer.user.id, schemeId: request.scheme.id, kind: 'MATCH_OFFERED', link: `/matches/${match.id}`, ...offer },
      ]);
      matchId = match.id;
    }));
  } catch (error) {
    // The partial unique index is the last word if anything slipped past the locks.
    if (error instanceof UniqueConstraintViolationException) throw requestHasLiveMatch();
    throw error;
  }
  await deliver(deps.em, deps.app, deliveries);
  return deps.em.findOneOrFail(Match, { id: matchId, scheme: peek.scheme.id });
}

/** A link worker sets a suggested volunteer aside for this request, with a reason only staff see. */
export async function rejectSuggestion(deps: LifecycleDeps, viewer: Viewer, input: RejectSuggestionInput): Promise<boolean> {
  const reason = input.reason.trim();
  if (!reason) throw badInput([{ field: 'reason', message: 'Say why this volunteer is not right' }]);
  const request = isUuid(input.requestId) ? await deps.em.findOne(SupportRequest, { id: input.requestId, scheme: { $in: schemesWhere(viewer, ...CASEWORK_ROLES) } }) : null;
  if (!request || !hasRoleIn(viewer, request.scheme.id, ...CASEWORK_ROLES)) throw notFound('That request');
  const volunteer = isUuid(input.volunteerId) ? await deps.em.findOne(Volunteer, { id: input.volunteerId, scheme: request.scheme.id }) : null;
  if (!volunteer) throw notFound('That volunteer');
  deps.em.create(SuggestionRejection, {
    scheme: request.scheme,
    request,
    volunteer,
    by: deps.em.getReference(UserAccount, viewer.id),
    at: deps.now ?? new Date(),
    reason,
  });
  await deps.em.flush();
  return true;
}
