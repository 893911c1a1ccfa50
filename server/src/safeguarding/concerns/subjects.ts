import type { EntityManager } from '@mikro-orm/postgresql';
import { CASEWORK_ROLES, hasRoleIn } from '../../accounts/policy.js';
import type { Viewer } from '../../accounts/sessions.js';
import { Activity } from '../../directory/activity.entity.js';
import { LIVE_STATUSES, Match } from '../../matching/lifecycle/match.entity.js';
import { MATCH_POPULATE, sidesOf } from '../../matching/lifecycle/match-access.js';
import { firstName } from '../../notifications/notify.js';
import { Seeker } from '../../seekers/seeker.entity.js';
import { isUuid } from '../../seekers/seeker-access.js';
import { Volunteer } from '../../volunteers/volunteer.entity.js';
import type { ConcernSubjectKind } from './concern.entity.js';

/**
 * What a concern is about, as staff see it: its scheme, words naming it, the accounts of the
 * people it is about (who must never see it), and the volunteer and live matches a pause or a
 * suspension would reach.
 */
export type ConcernSubject = {
  kind: ConcernSubjectKind;
  id: string;
  schemeId: string;
  label: string;
  /** Where staff read about the subject in the web app. */
  link: string;
  aboutUserIds: string[];
  volunteer: Volunteer | null;
  liveMatches: Match[];
};

/** The subject, found whoever asks; null when there is no such thing. Access is decided by the callers. */
export async function loadSubject(
  em: EntityManager,
  kind: ConcernSubjectKind,
  id: string,
  schemes?: string | readonly string[],
): Promise<ConcernSubject | null> {
  if (!isUuid(id)) return null;
  // The scheme(s) it may be in, when known, go in the query (sharding by scheme).
  const inSchemes = schemes === undefined ? {} : { scheme: { $in: [schemes].flat() } };
  switch (kind) {
    case 'PERSON': {
      const seeker = await em.findOne(Seeker, { id, ...inSchemes }, { populate: ['account'] });
      if (!seeker) return null;
      const liveMatches = await em.find(
        Match,
        { scheme: seeker.scheme.id, request: { seeker: seeker.id }, status: { $in: [...LIVE_STATUSES] } },
        { populate: [...MATCH_POPULATE] },
      );
      return {
        kind,
        id,
        schemeId: seeker.scheme.id,
        label: `${seeker.name} (a person seeking company)`,
        link: `/seekers/${seeker.id}`,
        aboutUserIds: seeker.account ? [seeker.account.id] : [],
        volunteer: null,
        liveMatches,
      };
    }
    case 'VOLUNTEER': {
      const volunteer = await em.findOne(Volunteer, { id, ...inSchemes }, { populate: ['user', 'scheme'] });
      if (!volunteer) return null;
      const liveMatches = await em.find(
        Match,
        { scheme: volunteer.scheme.id, volunteer: volunteer.id, status: { $in: [...LIVE_STATUSES] } },
        { populate: [...MATCH_POPULATE] },
      );
      return {
        kind,
        id,
        schemeId: volunteer.scheme.id,
        label: `${volunteer.user.displayName} (a volunteer)`,
        link: `/volunteers/${volunteer.id}`,
        aboutUserIds: [volunteer.user.id],
        volunteer,
        liveMatches,
      };
    }
    case 'MATCH': {
      const match = await em.findOne(Match, { id, ...inSchemes }, { populate: [...MATCH_POPULATE] });
      if (!match) return null;
      const account = match.request.seeker.account;
      return {
        kind,
        id,
        schemeId: match.scheme.id,
        label: `The match of ${firstName(match.request.seeker.name)} and ${firstName(match.volunteer.user.displayName)}`,
        link: `/matches/${match.id}`,
        aboutUserIds: [match.volunteer.user.id, ...(account ? [account.id] : [])],
        volunteer: match.volunteer,
        liveMatches: LIVE_STATUSES.includes(match.status) ? [match] : [],
      };
    }
    case 'ACTIVITY': {
      const activity = await em.findOne(Activity, { id, ...inSchemes, removedAt: null });
      if (!activity) return null;
      return {
        kind,
        id,
        schemeId: activity.scheme.id,
        label: `${activity.title} (an activity)`,
        link: `/activities/${activity.id}`,
        aboutUserIds: [],
        volunteer: null,
        liveMatches: [],
      };
    }
  }
}

/**
 * Whether the viewer may raise a concern about the subject: something they can see in Kindred.
 * Staff of the scheme (link workers, administrators) may about anyone and anything in it; a
 * volunteer about a person they are matched with and about their matches; a person about the
 * volunteer they are matched with and their matches; anyone in the scheme about its activities.
 * Never about oneself.
 */
export async function mayRaiseAbout(em: EntityManager, viewer: Viewer, subject: ConcernSubject): Promise<boolean> {
  if (subject.kind === 'ACTIVITY') return viewer.memberships.some((m) => m.schemeId === subject.schemeId);
  if (subject.aboutUserIds.includes(viewer.id) && subject.kind !== 'MATCH') return false;
  if (hasRoleIn(viewer, subject.schemeId, ...CASEWORK_ROLES)) return true;
  const matches = await matchesWith(em, viewer, subject);
  return matches.length > 0;
}

/**
 * The matches through which the viewer, as one of the two people, knows the subject: the match
 * itself, or their matches with that person or volunteer (as far as each side may see them).
 */
export async function matchesWith(em: EntityManager, viewer: Viewer, subject: ConcernSubject): Promise<Match[]> {
  const mine = (match: Match) => {
    const sides = sidesOf(viewer, match);
    return sides.has('VOLUNTEER') || sides.has('PERSON');
  };
  if (subject.kind === 'MATCH') {
    const match = await em.findOne(Match, { id: subject.id, scheme: subject.schemeId }, { populate: [...MATCH_POPULATE] });
    return match && mine(match) ? [match] : [];
  }
  if (subject.kind === 'PERSON') {
    const matches = await em.find(
      Match,
      { scheme: subject.schemeId, request: { seeker: subject.id }, volunteer: { user: viewer.id } },
      { populate: [...MATCH_POPULATE] },
    );
    return matches.filter((m) => sidesOf(viewer, m).has('VOLUNTEER'));
  }
  if (subject.kind === 'VOLUNTEER') {
    const matches = await em.find(
      Match,
      { scheme: subject.schemeId, volunteer: subject.id, request: { seeker: { account: viewer.id } } },
      { populate: [...MATCH_POPULATE] },
    );
    return matches.filter((m) => sidesOf(viewer, m).has('PERSON'));
  }
  return [];
}
