import type { EntityManager } from '@mikro-orm/postgresql';
import { Match } from '../../matching/lifecycle/match.entity.js';
import { MATCH_POPULATE } from '../../matching/lifecycle/match-access.js';
import { firstName } from '../../notifications/notify.js';
import type { Concern } from './concern.entity.js';
import { ConcernMatchPauseView, ConcernView, ConcernVolunteerView, RaisedConcernView } from './concern.types.js';
import type { ConcernSubject } from './subjects.js';

/** A concern as staff see it, with the matches and volunteer a pause or suspension reaches and their state now. */
export async function presentConcern(em: EntityManager, concern: Concern, subject: ConcernSubject): Promise<ConcernView> {
  const ids = [...new Set([...subject.liveMatches.map((m) => m.id), ...concern.pausedMatchIds])];
  const matches = ids.length > 0 ? await em.find(Match, { id: { $in: ids }, scheme: concern.scheme.id }, { populate: [...MATCH_POPULATE], orderBy: { proposedAt: 'asc' }, refresh: true }) : [];
  const volunteer = subject.volunteer;
  return Object.assign(new ConcernView(), {
    id: concern.id,
    subjectKind: concern.subjectKind,
    subjectId: concern.subjectId,
    subjectLabel: subject.label,
    subjectLink: subject.link,
    text: concern.text,
    raisedByName: concern.raisedBy.displayName,
    raisedAt: concern.raisedAt,
    status: concern.status,
    severity: concern.severity ?? null,
    actionsTaken: concern.actionsTaken ?? null,
    outcome: concern.outcome ?? null,
    triagedByName: concern.triagedBy?.displayName ?? null,
    triagedAt: concern.triagedAt ?? null,
    closedAt: concern.closedAt ?? null,
    matchPaused: matches.some((m) => m.safeguardingPausedAt != null),
    volunteerSuspended: volunteer?.suspendedAt != null,
    pausedWhenRaised: concern.pausedWhenRaised,
    matches: matches.map((m) =>
      Object.assign(new ConcernMatchPauseView(), {
        matchId: m.id,
        label: `${firstName(m.request.seeker.name)} and ${firstName(m.volunteer.user.displayName)}`,
        paused: m.safeguardingPausedAt != null,
      }),
    ),
    volunteer: volunteer
      ? Object.assign(new ConcernVolunteerView(), { volunteerId: volunteer.id, name: volunteer.user.displayName, suspended: volunteer.suspendedAt != null })
      : null,
    liftedAt: concern.liftedAt ?? null,
    liftNote: concern.liftNote ?? null,
  });
}

/** All the person who raised a concern sees of it. */
export function presentRaised(concern: Concern): RaisedConcernView {
  return Object.assign(new RaisedConcernView(), { id: concern.id, raisedAt: concern.raisedAt, received: true, matchPaused: concern.pausedWhenRaised });
}
