import type { EntityManager } from '@mikro-orm/postgresql';
import { outwardCode } from '@kindred/shared';
import { presentReasons } from '../engine/reason.types.js';
import { firstName } from '../../notifications/notify.js';
import { MatchTransition } from './match-records.entity.js';
import type { MatchSide } from './match-access.js';
import { readContactLogs, readPersonContacts, type ContactLogLine, type MatchFacts } from './match-facts.js';
import { MatchCompanionView, MatchContactLogView, MatchContactView, MatchTransitionView, MatchView } from './match.types.js';

const ROLE_WORDS = { VOLUNTEER: 'Volunteer', PERSON: 'Person', STAFF: 'Staff', SYSTEM: 'Kindred' } as const;

/** One match to present, with the sides from which the viewer sees it. */
export type MatchSeen = { match: MatchFacts; sides: Set<MatchSide> };

/**
 * Matches as one viewer may see them. Staff see everything; the two people see the shared reasons,
 * and each other's contact details only while the match is active. Needs, address and exact
 * postcode are never part of a match. Beyond the facts the matches come with, at most three
 * statements are read here, whatever the number of matches: their histories (for staff), their
 * contact logs (unless read with the matches), and the person's contact details where they will be
 * shown (unless already held).
 */
export async function presentMatches(em: EntityManager, seen: MatchSeen[], viewerId: string): Promise<MatchView[]> {
  const transitions = await transitionsOf(em, seen.filter((s) => s.sides.has('STAFF')).map((s) => s.match));
  // Only a match that was once active can have any: contact is logged only then.
  const contactLogs = await readContactLogs(em, seen.map((s) => s.match).filter((m) => !m.contactLog && m.activatedAt));
  const personContacts = await readPersonContacts(em, seen.filter(showsPersonContact).map((s) => s.match).filter((m) => !m.seekerContact));
  return seen.map(({ match, sides }) => {
    const staff = sides.has('STAFF');
    return Object.assign(new MatchView(), {
      id: match.id,
      status: match.status,
      paused: match.safeguardingPausedAt != null,
      kind: match.kind,
      personFirstName: firstName(match.seekerName),
      volunteerFirstName: firstName(match.volunteerName),
      area: match.seekerPostcode ? outwardCode(match.seekerPostcode) : null,
      reasons: presentReasons(staff ? match.reasons : match.reasons.filter((r) => r.audience === 'everyone')),
      waysToKeepInTouch: match.waysToKeepInTouch,
      proposedAt: match.proposedAt,
      activatedAt: match.activatedAt,
      endedAt: match.endedAt,
      endReason: staff || match.endedById === viewerId ? match.endReason : null,
      nextReviewDue: match.nextReviewDue,
      transitions: staff ? (transitions.get(match.id) ?? []) : [],
      contact: showsContact(match, sides) ? contactFor(match, sides, match.seekerContact ?? personContacts.get(match.seekerId)) : null,
      companion: companionOf(match),
      contactLog: presentContactLog(match.contactLog ?? contactLogs.get(match.id) ?? []),
    });
  });
}

/** While safeguarding has paused the match, the two no longer see how to reach each other. */
function showsContact(match: MatchFacts, sides: Set<MatchSide>): boolean {
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

const schemesOf = (matches: MatchFacts[]) => [...new Set(matches.map((m) => m.schemeId))];

async function transitionsOf(em: EntityManager, matches: MatchFacts[]): Promise<Map<string, MatchTransitionView[]>> {
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

/** `personContact`: the person's phone and email, read only where the viewer reaches the person. */
function contactFor(match: MatchFacts, sides: Set<MatchSide>, personContact: { phone: string | null; email: string | null } | undefined): MatchContactView {
  if (reachesPerson(sides)) {
    return Object.assign(new MatchContactView(), {
      name: match.seekerName,
      phone: personContact?.phone ?? null,
      email: personContact?.email ?? null,
      preferredContact: match.seekerPreferredContact,
    });
  }
  return Object.assign(new MatchContactView(), { name: match.volunteerName, phone: null, email: match.volunteerEmail, preferredContact: null });
}

/** The session a companion goes to. */
function companionOf(match: MatchFacts): MatchCompanionView | null {
  const activity = match.activity;
  if (match.kind !== 'FIRST_SESSION_COMPANION' || !activity || !match.sessionStartsAt) return null;
  // An activity is always of the request's scheme; anything else is a fault, never something to show.
  if (activity === 'OTHER_SCHEME') throw new Error(`Match ${match.id}: its activity is of another scheme`);
  return Object.assign(new MatchCompanionView(), {
    activityTitle: activity.title,
    sessionStartsAt: match.sessionStartsAt,
    venueName: activity.venueName,
    venueAddress: [activity.venueAddressLine1, activity.venueAddressLine2, activity.venueTown, activity.venuePostcode].filter(Boolean).join(', '),
    meetingPoint: match.meetingPoint,
    attended: match.attended,
    followUpAt: match.followUpAt,
  });
}

function presentContactLog(lines: ContactLogLine[]): MatchContactLogView[] {
  return lines.map((e) => Object.assign(new MatchContactLogView(), { at: e.at, byName: e.byName, how: e.how, note: e.note }));
}
