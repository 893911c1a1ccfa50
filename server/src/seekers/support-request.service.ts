import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { freeTextProblem, REQUEST_NOTES_MAX_LENGTH, upcomingSessions, type ContactMode, type SupportKind } from '@kindred/shared';
import { schemesWhere } from '../accounts/policy.js';
import type { Viewer } from '../accounts/sessions.js';
import { UserAccount } from '../accounts/user.entity.js';
import { Activity } from '../directory/activity.entity.js';
import { badInput, notFound, type FieldProblem } from '../graphql/errors.js';
import { scheduleBaseline } from '../outcomes/check-ins/scheduling.service.js';
import type { Voice } from './about-me.service.js';
import { addOwnConsent, hasActiveConsent } from './consent.service.js';
import { ensureOwnSeeker, isUuid, ownSchemeId } from './seeker-access.js';
import type { Seeker } from './seeker.entity.js';
import { OPEN_STATUSES, SupportRequest } from './support-request.entity.js';

export type RequestFacts = {
  kind: SupportKind;
  /** For a companion: the activity's id in the directory. */
  activityId?: string | null | undefined;
  sessionStartsAt?: Date | null | undefined;
  contactModes: ContactMode[];
  notes?: string | null | undefined;
};

const ALREADY_WAITING = {
  self: 'You have already asked for a befriender. You can see your place in the queue on your Finding company page.',
  staff: 'They have already asked for a befriender. You can see their request on their page.',
};

/** Problems with what a person asks for, each named `${prefix}field`. */
export function requestProblems(facts: RequestFacts, prefix: string, voice: Voice, now = new Date()): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const add = (field: string, message: string | null) => message && problems.push({ field: `${prefix}${field}`, message });
  if (facts.kind === 'FIRST_SESSION_COMPANION') {
    add('activityId', !facts.activityId || !isUuid(facts.activityId) ? 'Choose the activity you would like company at' : null);
    add(
      'sessionStartsAt',
      !facts.sessionStartsAt ? 'Choose the session you would like to go to' : facts.sessionStartsAt <= now ? 'Choose a session that has not started yet' : null,
    );
  } else if (facts.activityId || facts.sessionStartsAt) {
    add('activityId', 'Only a companion for a first visit is for a particular activity');
  }
  if (facts.contactModes.length === 0) {
    add('contactModes', voice === 'self' ? 'Select at least one way you would like to keep in touch' : 'Select at least one way they would like to keep in touch');
  }
  if (facts.notes) add('notes', freeTextProblem(facts.notes, REQUEST_NOTES_MAX_LENGTH, 'Anything else'));
  return problems;
}

/** How far ahead a companion may be asked for: the next this-many sessions of the activity. */
const BOOKABLE_SESSIONS = 52;

/**
 * The directory activity a companion is asked for, checked: in the person's scheme, still listed, and
 * with a session starting exactly when asked. Adds a problem and returns null otherwise.
 */
export async function chosenActivity(
  em: EntityManager,
  schemeId: string,
  facts: RequestFacts,
  prefix: string,
  problems: FieldProblem[],
  now = new Date(),
): Promise<Activity | null> {
  if (facts.kind !== 'FIRST_SESSION_COMPANION' || !facts.activityId || !isUuid(facts.activityId) || !facts.sessionStartsAt) return null;
  const activity = await em.findOne(Activity, { id: facts.activityId, scheme: schemeId, removedAt: null });
  if (!activity) {
    problems.push({ field: `${prefix}activityId`, message: 'Choose an activity from the directory' });
    return null;
  }
  const startsAt = facts.sessionStartsAt.getTime();
  if (!upcomingSessions(activity.schedules, now, BOOKABLE_SESSIONS).some((s) => s.startsAt.getTime() === startsAt)) {
    problems.push({ field: `${prefix}sessionStartsAt`, message: 'Choose one of the sessions listed for this activity' });
    return null;
  }
  return activity;
}

/** Whether the person already has a befriending request that is waiting or matched. */
export async function hasOpenBefriending(em: EntityManager, seeker: Seeker): Promise<boolean> {
  return (await em.count(SupportRequest, { scheme: seeker.scheme, seeker, kind: 'BEFRIENDING', status: { $in: OPEN_STATUSES } })) > 0;
}

/** A new waiting request. Facts must already be checked, and `activity` found by chosenActivity. */
export function addRequest(em: EntityManager, seeker: Seeker, viewer: Viewer, facts: RequestFacts, activity: Activity | null): SupportRequest {
  const now = new Date();
  const companion = facts.kind === 'FIRST_SESSION_COMPANION';
  return em.create(SupportRequest, {
    scheme: seeker.scheme,
    seeker,
    kind: facts.kind,
    activity: companion ? activity : null,
    sessionStartsAt: companion ? (facts.sessionStartsAt ?? null) : null,
    contactModes: [...new Set(facts.contactModes)],
    notes: facts.notes?.trim() ? facts.notes.trim() : null,
    status: 'WAITING',
    statusChangedAt: now,
    createdAt: now,
    createdBy: em.getReference(UserAccount, viewer.id),
  });
}

/** Flushes a new request; the partial unique index turns a second open befriending request into bad input. */
export async function flushNewRequest(em: EntityManager, voice: Voice, prefix = ''): Promise<void> {
  try {
    await em.flush();
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) throw badInput([{ field: `${prefix}kind`, message: ALREADY_WAITING[voice] }]);
    throw error;
  }
}

/** A person asks for a befriender or a companion. The first time, they agree we may share what a volunteer needs to know. */
export async function askForSupport(
  em: EntityManager,
  viewer: Viewer,
  input: RequestFacts & { schemeId?: string; agreeToShareWithVolunteer?: boolean },
): Promise<SupportRequest> {
  const schemeId = ownSchemeId(viewer, input.schemeId);
  const problems = requestProblems(input, '', 'self');
  const activity = await chosenActivity(em, schemeId, input, '', problems);
  if (problems.length > 0) throw badInput(problems);
  const seeker = await ensureOwnSeeker(em, viewer, schemeId);
  if (input.kind === 'BEFRIENDING' && (await hasOpenBefriending(em, seeker))) {
    throw badInput([{ field: 'kind', message: ALREADY_WAITING.self }]);
  }
  const agreed = await hasActiveConsent(em, seeker, 'SHARE_WITH_VOLUNTEER');
  if (!agreed && input.agreeToShareWithVolunteer !== true) {
    throw badInput([
      {
        field: 'agreeToShareWithVolunteer',
        message: 'Tick the box to agree that we can share these details with a volunteer. We cannot suggest a volunteer without it.',
      },
    ]);
  }
  if (!agreed) addOwnConsent(em, seeker, viewer, 'SHARE_WITH_VOLUNTEER');
  const request = addRequest(em, seeker, viewer, input, activity);
  await flushNewRequest(em, 'self');
  await scheduleBaseline(em, request);
  return request;
}

/** A person stops waiting. Only their own waiting requests; anything else looks like it does not exist. */
export async function withdrawMyRequest(em: EntityManager, viewer: Viewer, requestId: string): Promise<SupportRequest> {
  const request = isUuid(requestId)
    ? await em.findOne(SupportRequest, { id: requestId, scheme: { $in: schemesWhere(viewer, 'SEEKER') }, seeker: { account: viewer.id } })
    : null;
  // Their own requests only, and only in a scheme where they still seek company.
  if (!request) throw notFound('That request');
  if (request.status !== 'WAITING') {
    throw badInput([{ field: 'requestId', message: 'This request is no longer waiting. Talk to your link worker about it.' }]);
  }
  const now = new Date();
  request.status = 'CLOSED';
  request.closedReason = 'WITHDRAWN_BY_PERSON';
  request.statusChangedAt = now;
  await em.flush();
  return request;
}
