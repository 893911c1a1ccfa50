import type { EntityManager } from '@mikro-orm/postgresql';
import { explainPair, scorePair, upcomingSessions, VolunteerIndex } from '@kindred/shared';
import { Scheme } from '../accounts/scheme.entity.js';
import { UserAccount } from '../accounts/user.entity.js';
import { Activity } from '../directory/activity.entity.js';
import { firstName, recordNotices } from '../notifications/notify.js';
import { Seeker } from '../seekers/seeker.entity.js';
import { SupportRequest } from '../seekers/support-request.entity.js';
import { Volunteer } from '../volunteers/volunteer.entity.js';
import { toMatchVolunteer } from './engine/adapters.js';
import { loadVolunteerFacts } from './engine/facts.js';
import { checkPairNow, loadMatchRequest } from './engine/matching-engine.js';
import { blockersInWords, words } from './lifecycle/lifecycle-words.js';
import { LIVE_STATUSES, Match } from './lifecycle/match.entity.js';
import { MatchContactLogEntry } from './lifecycle/match-records.entity.js';
import { firstReviewAfter, transition } from './lifecycle/transitions.js';

const DAY_MS = 86_400_000;
const daysAgo = (days: number, now: Date) => new Date(now.getTime() - days * DAY_MS);

type Ids = { scheme: Scheme; linkWorker: UserAccount; now: Date; rarity: ReturnType<VolunteerIndex['rarity']> };

/**
 * Matches for Calder Valley Connect, so every matching page has something true to show:
 * - Joan and Arthur, ACTIVE for almost six weeks by letter (his letters arrive, her watercolours go back),
 *   with a contact log entry and their first review due within the week;
 * - Margaret offered Aisha, PROPOSED and waiting for Aisha's answer (Aisha has a notification);
 * - Derek and Aisha, an ACTIVE companion match for the next Calder Valley Community Choir session, with a
 *   meeting point agreed.
 * Derek's befriending request stays waiting, and Arthur still has a place for him, so the link worker's
 * "approve a suggested match" journey works on the demo; Ellen still waits (nobody free when she is).
 *
 * The lifecycle services need the running app (mail, jobs), which the demo loader does not have, so each
 * match is written here step by step: the pair is checked against every hard constraint and the
 * volunteer's capacity exactly as proposeMatch does, the reasons are those the engine gives, and every
 * transition is recorded with who, when and why. Called once by loadDemoData, after the other demo data.
 */
export async function addMatchingDemoData(em: EntityManager): Promise<void> {
  await em.flush();
  const scheme = await em.findOneOrFail(Scheme, { name: 'Calder Valley Connect' });
  const linkWorker = await em.findOneOrFail(UserAccount, { email: 'linkworker@example.org' });
  const now = new Date();
  const [volunteers, facts] = await Promise.all([em.find(Volunteer, { scheme }), loadVolunteerFacts(em, { schemeId: scheme.id })]);
  const index = new VolunteerIndex(volunteers.map((v) => toMatchVolunteer(v, facts.get(v.id) ?? { dbsRecheckDueOn: null, liveMatches: 0 })));
  const ids: Ids = { scheme, linkWorker, now, rarity: index.rarity() };

  // Joan and Arthur: befriending by letter, active for 38 days, so the first review is due in four.
  const joanRequest = await befriendingRequestOf(em, 'joan@example.org');
  const arthur = await volunteerOf(em, 'arthur.volunteer@example.org');
  const joanAndArthur = await propose(em, ids, joanRequest, arthur, 40, 'Both love writing letters; Joan finds the phone hard.');
  step(em, joanAndArthur, 'VOLUNTEER_ACCEPTED', arthur.user, 'VOLUNTEER', daysAgo(39, now));
  const activatedAt = daysAgo(38, now);
  activateAt(em, joanAndArthur, joanRequest, await accountOf(em, 'joan@example.org'), activatedAt);
  em.create(MatchContactLogEntry, {
    scheme,
    match: joanAndArthur,
    by: arthur.user,
    at: daysAgo(6, now),
    how: 'LETTER',
    note: 'Third letter each way. Joan sent a watercolour of Stoodley Pike; I sent her some old photographs of the Rochdale Canal.',
  });

  // Margaret offered Aisha: proposed two days ago, waiting for Aisha's answer.
  const margaretRequest = await befriendingRequestOf(em, 'seeker@example.org');
  const aisha = await volunteerOf(em, 'aisha.volunteer@example.org');
  const margaretAndAisha = await propose(em, ids, margaretRequest, aisha, 2, 'Both free on Saturday afternoons and close by in Hebden Bridge.');
  const offered = recordNotices(em, [
    {
      userId: aisha.user.id,
      schemeId: scheme.id,
      kind: 'MATCH_OFFERED',
      link: `/matches/${margaretAndAisha.id}`,
      ...words.offeredToVolunteer(firstName(margaretRequest.seeker.name)),
    },
  ]);
  for (const { notification } of offered) notification.createdAt = margaretAndAisha.proposedAt;

  // Derek and Aisha: a companion to his first Calder Valley Community Choir session, both said yes.
  const derekCompanion = await companionRequestFor(em, 'derek@example.org', 'Calder Valley Community Choir', now);
  const derekAndAisha = await propose(em, ids, derekCompanion, aisha, 3, 'Aisha drives, and Derek cannot use buses.');
  step(em, derekAndAisha, 'VOLUNTEER_ACCEPTED', aisha.user, 'VOLUNTEER', daysAgo(2.5, now));
  activateAt(em, derekAndAisha, derekCompanion, await accountOf(em, 'derek@example.org'), daysAgo(2, now));
  derekAndAisha.meetingPoint = 'Outside Todmorden Town Hall, 15 minutes before it starts. Aisha will drive from there.';
  await em.flush();
}

async function accountOf(em: EntityManager, email: string): Promise<UserAccount> {
  return em.findOneOrFail(UserAccount, { email });
}

async function volunteerOf(em: EntityManager, email: string): Promise<Volunteer> {
  return em.findOneOrFail(Volunteer, { user: { email } }, { populate: ['user'] });
}

async function befriendingRequestOf(em: EntityManager, email: string): Promise<SupportRequest> {
  return em.findOneOrFail(SupportRequest, { seeker: { account: { email } }, kind: 'BEFRIENDING', status: 'WAITING' }, { populate: ['seeker'] });
}

/** A companion request for the activity's next session, asked for three days ago. */
async function companionRequestFor(em: EntityManager, email: string, title: string, now: Date): Promise<SupportRequest> {
  const seeker = await em.findOneOrFail(Seeker, { account: { email } });
  const activity = await em.findOneOrFail(Activity, { title, scheme: seeker.scheme });
  const session = upcomingSessions(activity.schedules, now, 1)[0];
  if (!session) throw new Error(`The demo activity ${title} has no upcoming session`);
  const asked = daysAgo(4, now);
  const request = em.create(SupportRequest, {
    scheme: seeker.scheme,
    seeker,
    kind: 'FIRST_SESSION_COMPANION',
    activity,
    sessionStartsAt: session.startsAt,
    contactModes: ['IN_PERSON'],
    notes: 'I would like to try the choir but do not want to walk in on my own the first time.',
    status: 'WAITING',
    statusChangedAt: asked,
    createdAt: asked,
    createdBy: seeker.account!,
  });
  await em.flush();
  return request;
}

/**
 * What proposeMatch does, at a time in the past: the request must be waiting with no live match, the
 * volunteer must have a free place and pass every hard constraint; the reasons are kept as shown.
 */
async function propose(em: EntityManager, ids: Ids, request: SupportRequest, volunteer: Volunteer, days: number, note: string): Promise<Match> {
  await em.flush();
  const proposedAt = daysAgo(days, ids.now);
  if (request.status !== 'WAITING') throw new Error('Demo matches are proposed only for waiting requests');
  if ((await em.count(Match, { request: request.id, status: { $in: [...LIVE_STATUSES] } })) > 0) throw new Error('Demo request already has a live match');
  const live = await em.count(Match, { volunteer: volunteer.id, status: { $in: [...LIVE_STATUSES] } });
  if (live >= volunteer.capacity) throw new Error(`Demo volunteer ${volunteer.user.displayName} is full`);
  const check = await checkPairNow(em, request.id, volunteer.id, ids.now);
  if (!check.ok) throw new Error(`Demo match for ${volunteer.user.displayName} breaks a rule: ${blockersInWords(check.blockers)}`);
  const loaded = await loadMatchRequest(em, request.id);
  const facts = await loadVolunteerFacts(em, { volunteerIds: [volunteer.id] });
  const engineVolunteer = toMatchVolunteer(volunteer, { dbsRecheckDueOn: facts.get(volunteer.id)?.dbsRecheckDueOn ?? null, liveMatches: live });
  const options = { rarity: ids.rarity, now: ids.now };
  const match = em.create(Match, {
    scheme: ids.scheme,
    request,
    volunteer,
    kind: request.kind,
    fit: Math.round(scorePair(loaded!.match, engineVolunteer, check, options).fit),
    reasons: explainPair(loaded!.match, engineVolunteer, check, options),
    waysToKeepInTouch: check.modes,
    proposalNote: note,
    proposedBy: ids.linkWorker,
    proposedAt,
  });
  transition(em, match, 'PROPOSED', { userId: ids.linkWorker.id, role: 'STAFF' }, proposedAt, note);
  await em.flush();
  return match;
}

function step(em: EntityManager, match: Match, to: 'VOLUNTEER_ACCEPTED', by: UserAccount, role: 'VOLUNTEER', at: Date): void {
  match.volunteerAcceptedAt = at;
  transition(em, match, to, { userId: by.id, role }, at);
}

/** The person said yes: what respondToMatch does on activation. */
function activateAt(em: EntityManager, match: Match, request: SupportRequest, person: UserAccount, at: Date): void {
  match.activatedAt = at;
  match.nextReviewDue = firstReviewAfter(at);
  request.status = 'MATCHED';
  request.matchedAt = at;
  request.statusChangedAt = at;
  transition(em, match, 'ACTIVE', { userId: person.id, role: 'PERSON' }, at);
}
