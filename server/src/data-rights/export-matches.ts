import type { EntityManager } from '@mikro-orm/postgresql';
import { MatchContactLogEntry, MatchReview, MatchTransition } from '../matching/lifecycle/match-records.entity.js';
import { Match } from '../matching/lifecycle/match.entity.js';
import { Message } from '../messages/message.entity.js';
import { firstName } from '../notifications/notify.js';

/** Every match in which one of these seeker or volunteer records took part. */
export function matchesOf(em: EntityManager, seekerIds: string[], volunteerIds: string[], schemeIds: string[] | null): Promise<Match[]> {
  if (seekerIds.length === 0 && volunteerIds.length === 0) return Promise.resolve([]);
  return em.find(
    Match,
    {
      $or: [{ request: { seeker: { $in: seekerIds } } }, { volunteer: { $in: volunteerIds } }],
      ...(schemeIds ? { scheme: { $in: schemeIds } } : {}),
    },
    { populate: ['scheme', 'request', 'request.seeker', 'request.activity', 'volunteer', 'volunteer.user'], orderBy: { proposedAt: 'asc' } },
  );
}

/**
 * Matches from the person's side: the other person appears by first name only, as they did in the
 * app. Messages are every message of the match, sent and received.
 */
export async function matchesJson(em: EntityManager, matches: Match[], seekerIds: string[], userId: string | null) {
  const ids = matches.map((m) => m.id);
  const [transitions, reviews, contactLog, messages] = await Promise.all([
    em.find(MatchTransition, { match: { $in: ids } }, { orderBy: { at: 'asc' } }),
    em.find(MatchReview, { match: { $in: ids } }, { populate: ['by'], orderBy: { at: 'asc' } }),
    em.find(MatchContactLogEntry, { match: { $in: ids } }, { populate: ['by'], orderBy: { at: 'asc' } }),
    em.find(Message, { match: { $in: ids } }, { populate: ['sender'], orderBy: { sentAt: 'asc' } }),
  ]);
  const of = <T extends { match: { id: string } }>(rows: T[], id: string) => rows.filter((r) => r.match.id === id);
  return matches.map((m) => {
    const side = seekerIds.includes(m.request.seeker.id) ? 'PERSON' : 'VOLUNTEER';
    const mine = (byId: string | null | undefined) => !!userId && byId === userId;
    return {
      id: m.id,
      scheme: { id: m.scheme.id, name: m.scheme.name },
      yourSide: side,
      otherPersonFirstName: side === 'PERSON' ? firstName(m.volunteer.user.displayName) : firstName(m.request.seeker.name),
      kind: m.kind,
      status: m.status,
      activityTitle: m.request.activity?.title ?? null,
      sessionStartsAt: m.request.sessionStartsAt ?? null,
      reasons: m.reasons.filter((r) => r.audience === 'everyone').map((r) => r.text),
      waysToKeepInTouch: m.waysToKeepInTouch,
      linkWorkerNote: m.proposalNote ?? null,
      proposedAt: m.proposedAt,
      volunteerAcceptedAt: m.volunteerAcceptedAt ?? null,
      activatedAt: m.activatedAt ?? null,
      endedAt: m.endedAt ?? null,
      endReason: m.endReason ?? null,
      meetingPoint: m.meetingPoint ?? null,
      attended: m.attended ?? null,
      attendanceNote: m.attendanceNote ?? null,
      steps: of(transitions, m.id).map((t) => ({
        from: t.from ?? null,
        to: t.to,
        at: t.at,
        byRole: t.role,
        byYou: mine(t.by?.id),
        // The other person's own reasons (why they said no) are theirs, not this person's.
        reason: mine(t.by?.id) || t.role === 'STAFF' || t.role === 'SYSTEM' ? (t.reason ?? null) : null,
      })),
      reviews: of(reviews, m.id).map((r) => ({ at: r.at, byName: r.by.displayName, notes: r.notes, continues: r.continues })),
      contactLog: of(contactLog, m.id).map((c) => ({ at: c.at, how: c.how, note: c.note ?? null, byYou: mine(c.by.id) })),
      messages: of(messages, m.id).map((message) => ({
        sentAt: message.sentAt,
        fromYou: mine(message.sender.id),
        senderFirstName: firstName(message.sender.displayName),
        body: message.body,
        readAt: message.readAt ?? null,
      })),
    };
  });
}
