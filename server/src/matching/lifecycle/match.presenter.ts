import type { EntityManager } from '@mikro-orm/postgresql';
import { outwardCode } from '@kindred/shared';
import { presentReasons } from '../engine/reason.types.js';
import { firstName } from '../../notifications/notify.js';
import { Seeker } from '../../seekers/seeker.entity.js';
import type { Match } from './match.entity.js';
import { MatchContactLogEntry, MatchTransition } from './match-records.entity.js';
import type { MatchSide } from './match-access.js';
import { MatchCompanionView, MatchContactLogView, MatchContactView, MatchTransitionView, MatchView } from './match.types.js';

const ROLE_WORDS = { VOLUNTEER: 'Volunteer', PERSON: 'Person', STAFF: 'Staff', SYSTEM: 'Kindred' } as const;

/** One match to present, with the sides from which the viewer sees it. */
export type MatchSeen = { match: Match; sides: Set<MatchSide> };

/**
 * Matches as one viewer may see them. Staff see everything; the two people see the shared reasons,
 * and each other's contact details only while the match is active. Needs, address and exact
 * postcode are never part of a match. Beyond what the matches were loaded with (MATCH_POPULATE),
 * at most three statements are read here, whatever the number of matches: their contact logs,
 * their histories (for staff), and the person's contact details where they will be shown.
 */
export async function presentMatches(em: EntityManager, seen: MatchSeen[], viewerId: string): Promise<MatchView[]> {
  const transitions = await transitionsOf(em, seen.filter((s) => s.sides.has('STAFF')).map((s) => s.match));
  const contactLogs = await contactLogsOf(em, seen.map((s) => s.match));
  await loadPersonContact(em, seen.filter(showsPersonContact).map((s) => s.match.request.seeker));
  return seen.map(({ match, sides }) => {
    const staff = sides.has('STAFF');
    const seeker = match.request.seeker;
    return Object.assign(new MatchView(), {
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
      transitions: staff ? (transitions.get(match.id) ?? []) : [],
      contact: showsContact(match, sides) ? contactFor(match, sides) : null,
      companion: companionOf(match),
      contactLog: contactLogs.get(match.id) ?? [],
      seen: { match, sides },
    });
  });
}

/** While safeguarding has paused the match, the two no longer see how to reach each other. */
function showsContact(match: Match, sides: Set<MatchSide>): boolean {
  return match.status === 'ACTIVE' && (sides.has('STAFF') || !match.safeguardingPausedAt);
}

/** The volunteer (and staff) reach the person; the person reaches the volunteer. */
const reachesPerson = (sides: Set<MatchSide>) => sides.has('STAFF') || sides.has('VOLUNTEER');

const showsPersonContact = ({ match, sides }: MatchSeen) => showsContact(match, sides) && reachesPerson(sides);

/** Matches by id, each with its rows in the order read. */
function byMatch<T>(rows: T[], matchOf: (row: T) => string): Map<string, T[]> {
  const grouped = new Map<string, T[]>();
  for (const row of rows) {
    const list = grouped.get(matchOf(row));
    if (list) list.push(row);
    else grouped.set(matchOf(row), [row]);
  }
  return grouped;
}

const schemesOf = (matches: Match[]) => [...new Set(matches.map((m) => m.scheme.id))];

async function transitionsOf(em: EntityManager, matches: Match[]): Promise<Map<string, MatchTransitionView[]>> {
  if (matches.length === 0) return new Map();
  const rows = await em.find(
    MatchTransition,
    { match: { $in: matches.map((m) => m.id) }, scheme: { $in: schemesOf(matches) } },
    { populate: ['by'], orderBy: { at: 'asc', id: 'asc' } },
  );
  const views = byMatch(rows, (t) => t.match.id);
  return new Map(
    [...views].map(([id, list]) => [
      id,
      list.map((t) =>
        Object.assign(new MatchTransitionView(), {
          from: t.from ?? null,
          to: t.to,
          byName: t.by?.displayName ?? 'Kindred',
          byRole: ROLE_WORDS[t.role],
          at: t.at,
          reason: t.reason ?? null,
        }),
      ),
    ]),
  );
}

/**
 * The person's phone and email are lazy (loaded only for someone allowed to see them): read here
 * for just the people whose details will be shown, all in one statement.
 */
async function loadPersonContact(em: EntityManager, seekers: Seeker[]): Promise<void> {
  const missing = [...new Set(seekers)].filter((s) => s.phone === undefined || s.email === undefined);
  if (missing.length === 0) return;
  await em.find(Seeker, { id: { $in: missing.map((s) => s.id) }, scheme: { $in: [...new Set(missing.map((s) => s.scheme.id))] } }, { fields: ['phone', 'email'] });
}

function contactFor(match: Match, sides: Set<MatchSide>): MatchContactView {
  if (reachesPerson(sides)) {
    const seeker = match.request.seeker;
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

/** The session a companion goes to: the activity came with the request (MATCH_POPULATE). */
function companionOf(match: Match): MatchCompanionView | null {
  const request = match.request;
  const activity = request.activity;
  if (match.kind !== 'FIRST_SESSION_COMPANION' || !activity || !request.sessionStartsAt) return null;
  // An activity is always of the request's scheme; anything else is a fault, never something to show.
  if (activity.scheme.id !== match.scheme.id) throw new Error(`Match ${match.id}: its activity is of another scheme`);
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

/** Newest first. Only a match that was once active can have any: contact is logged only then. */
async function contactLogsOf(em: EntityManager, matches: Match[]): Promise<Map<string, MatchContactLogView[]>> {
  const everActive = matches.filter((m) => m.activatedAt);
  if (everActive.length === 0) return new Map();
  const rows = await em.find(
    MatchContactLogEntry,
    { match: { $in: everActive.map((m) => m.id) }, scheme: { $in: schemesOf(everActive) } },
    { populate: ['by'], orderBy: { at: 'desc' } },
  );
  const entries = byMatch(rows, (e) => e.match.id);
  return new Map(
    [...entries].map(([id, list]) => [
      id,
      list.map((e) => Object.assign(new MatchContactLogView(), { at: e.at, byName: e.by.displayName, how: e.how, note: e.note ?? null })),
    ]),
  );
}
