import type { EntityManager } from '@mikro-orm/postgresql';
import { outwardCode } from '@kindred/shared';
import { presentReasons } from '../engine/reason.types.js';
import { firstName } from '../../notifications/notify.js';
import { Activity } from '../../directory/activity.entity.js';
import { Match } from './match.entity.js';
import { MatchContactLogEntry, MatchTransition } from './match-records.entity.js';
import type { MatchSide } from './match-access.js';
import { MatchCompanionView, MatchContactLogView, MatchContactView, MatchTransitionView, MatchView } from './match.types.js';

const ROLE_WORDS = { VOLUNTEER: 'Volunteer', PERSON: 'Person', STAFF: 'Staff', SYSTEM: 'Kindred' } as const;

/**
 * A match as one viewer may see it. Staff see everything; the two people see the shared reasons,
 * and each other's contact details only while the match is active. Needs, address and exact
 * postcode are never part of a match.
 */
export async function presentMatch(em: EntityManager, match: Match, sides: Set<MatchSide>, viewerId: string): Promise<MatchView> {
  const staff = sides.has('STAFF');
  const seeker = match.request.seeker;
  const view = Object.assign(new MatchView(), {
    id: match.id,
    status: match.status,
    paused: match.safeguardingPausedAt != null,
    kind: match.kind,
    personFirstName: firstName(seeker.name),
    volunteerFirstName: firstName(match.volunteer.user.displayName),
    area: seeker.profile.postcode ? outwardCode(seeker.profile.postcode) : null,
    reasons: presentReasons(staff ? match.reasons : match.reasons.filter((r) => r.audience === 'everyone')),
    waysToKeepInTouch: match.waysToKeepInTouch,
    proposedAt: match.proposedAt,
    activatedAt: match.activatedAt ?? null,
    endedAt: match.endedAt ?? null,
    endReason: staff || match.endedBy?.id === viewerId ? (match.endReason ?? null) : null,
    nextReviewDue: match.nextReviewDue ?? null,
    transitions: staff ? await transitionsOf(em, match) : [],
    // While safeguarding has paused the match, the two no longer see how to reach each other.
    contact: match.status === 'ACTIVE' && (staff || !match.safeguardingPausedAt) ? await contactFor(em, match, sides) : null,
    companion: await companionOf(em, match),
    contactLog: await contactLogOf(em, match),
  });
  return view;
}

async function transitionsOf(em: EntityManager, match: Match): Promise<MatchTransitionView[]> {
  const rows = await em.find(MatchTransition, { match: match.id, scheme: match.scheme.id }, { populate: ['by'], orderBy: { at: 'asc', id: 'asc' } });
  return rows.map((t) =>
    Object.assign(new MatchTransitionView(), {
      from: t.from ?? null,
      to: t.to,
      byName: t.by?.displayName ?? 'Kindred',
      byRole: ROLE_WORDS[t.role],
      at: t.at,
      reason: t.reason ?? null,
    }),
  );
}

/** The volunteer (and staff) reach the person; the person reaches the volunteer. */
async function contactFor(em: EntityManager, match: Match, sides: Set<MatchSide>): Promise<MatchContactView> {
  if (sides.has('STAFF') || sides.has('VOLUNTEER')) {
    const seeker = match.request.seeker;
    await em.populate(seeker, ['phone', 'email']);
    return Object.assign(new MatchContactView(), {
      name: seeker.name,
      phone: seeker.phone ?? null,
      email: seeker.email ?? null,
      preferredContact: seeker.preferredContact ?? null,
    });
  }
  const user = match.volunteer.user;
  return Object.assign(new MatchContactView(), { name: user.displayName, phone: null, email: user.email, preferredContact: null });
}

async function companionOf(em: EntityManager, match: Match): Promise<MatchCompanionView | null> {
  const request = match.request;
  if (match.kind !== 'FIRST_SESSION_COMPANION' || !request.activity || !request.sessionStartsAt) return null;
  const activity = await em.findOneOrFail(Activity, { id: request.activity.id, scheme: match.scheme.id });
  const v = activity.venue;
  return Object.assign(new MatchCompanionView(), {
    activityTitle: activity.title,
    sessionStartsAt: request.sessionStartsAt,
    venueName: v.name,
    venueAddress: [v.addressLine1, v.addressLine2, v.town, v.postcode].filter(Boolean).join(', '),
    meetingPoint: match.meetingPoint ?? null,
    attended: match.attended ?? null,
    followUpAt: match.followUpAt ?? null,
  });
}

async function contactLogOf(em: EntityManager, match: Match): Promise<MatchContactLogView[]> {
  const rows = await em.find(MatchContactLogEntry, { match: match.id, scheme: match.scheme.id }, { populate: ['by'], orderBy: { at: 'desc' } });
  return rows.map((e) => Object.assign(new MatchContactLogView(), { at: e.at, byName: e.by.displayName, how: e.how, note: e.note ?? null }));
}
