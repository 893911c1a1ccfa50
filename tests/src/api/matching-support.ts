/**
 * Operations and helpers for the match lifecycle tests: an approved volunteer, a waiting person who
 * suits them, and the GraphQL the web app sends.
 */
import { expectSuccess } from '../support/assertions.ts';
import type { SignedIn } from '../support/factories.ts';
import type { Person } from '../support/kindred.ts';
import { ABOUT_MARGARET, ASK_FOR_SUPPORT, askForBefriender, saveAboutMe, type SupportRequest } from './seekers-support.ts';
import { APPROVE_VOLUNTEER, READY_PROFILE, UPDATE_MY_PROFILE, sendApplication, vetUpToApproval } from './volunteers-support.ts';

export const MATCH_FIELDS = `id status kind personFirstName volunteerFirstName area reasons { text audience } waysToKeepInTouch
  proposedAt activatedAt endedAt endReason nextReviewDue
  transitions { from to byName byRole at reason }
  contact { name phone email preferredContact }
  companion { activityTitle sessionStartsAt venueName venueAddress meetingPoint attended followUpAt }
  contactLog { at byName how note }`;

export const MY_MATCHES = `query MyMatches { myMatches { ${MATCH_FIELDS} } }`;
export const MATCH = `query Match($id: ID!) { match(id: $id) { ${MATCH_FIELDS} } }`;
export const SCHEME_MATCHES = `query SchemeMatches($schemeId: ID!, $status: MatchStatus) { schemeMatches(schemeId: $schemeId, status: $status) { ${MATCH_FIELDS} } }`;
export const REVIEWS_DUE = `query ReviewsDue($schemeId: ID!) { reviewsDue(schemeId: $schemeId) { ${MATCH_FIELDS} } }`;
export const MY_NOTIFICATIONS = `query MyNotifications($unreadOnly: Boolean) { myNotifications(unreadOnly: $unreadOnly) { id kind text link createdAt readAt } }`;
export const PROPOSE = `mutation Propose($input: ProposeMatchInput!) { proposeMatch(input: $input) { ${MATCH_FIELDS} } }`;
export const REJECT = `mutation Reject($input: RejectSuggestionInput!) { rejectSuggestion(input: $input) }`;
export const RESPOND = `mutation Respond($input: RespondToMatchInput!) { respondToMatch(input: $input) { ${MATCH_FIELDS} } }`;
export const END = `mutation End($input: EndMatchInput!) { endMatch(input: $input) { ${MATCH_FIELDS} } }`;
export const REVIEW = `mutation Review($input: RecordReviewInput!) { recordReview(input: $input) { ${MATCH_FIELDS} } }`;
export const LOG_CONTACT = `mutation LogContact($input: LogMatchContactInput!) { logMatchContact(input: $input) { ${MATCH_FIELDS} } }`;
export const MEETING_POINT = `mutation MeetingPoint($input: AgreeMeetingPointInput!) { agreeMeetingPoint(input: $input) { ${MATCH_FIELDS} } }`;
export const ATTENDANCE = `mutation Attendance($input: RecordAttendanceInput!) { recordAttendance(input: $input) { ${MATCH_FIELDS} } }`;
export const MARK_READ = `mutation MarkRead($ids: [ID!]!) { markNotificationsRead(ids: $ids) }`;

export type MatchView = {
  id: string;
  status: string;
  kind: string;
  personFirstName: string;
  volunteerFirstName: string;
  area: string | null;
  reasons: Array<{ text: string; audience: string }>;
  waysToKeepInTouch: string[];
  proposedAt: string;
  activatedAt: string | null;
  endedAt: string | null;
  endReason: string | null;
  nextReviewDue: string | null;
  transitions: Array<{ from: string | null; to: string; byName: string; byRole: string; at: string; reason: string | null }>;
  contact: { name: string; phone: string | null; email: string | null; preferredContact: string | null } | null;
  companion: { activityTitle: string; sessionStartsAt: string; venueName: string; meetingPoint: string | null; attended: boolean | null; followUpAt: string | null } | null;
  contactLog: Array<{ at: string; byName: string; how: string; note: string | null }>;
};
export type NotificationView = { id: string; kind: string; text: string; link: string | null; createdAt: string; readAt: string | null };

/** Someone who enjoys walking near Hebden Bridge, free Tuesday afternoons, happy to meet or talk on the phone. */
export const ABOUT_WALKER = {
  ...ABOUT_MARGARET,
  profile: { ...ABOUT_MARGARET.profile, interests: ['walking', 'gardening'], accessNeeds: [], contactModes: ['IN_PERSON', 'PHONE'] },
  volunteerGender: 'NO_PREFERENCE',
};

/** Vetted and approved by `staff`, with READY_PROFILE (capacity 2 unless given). Returns the volunteer's id. */
export async function approvedVolunteer(staff: Person, volunteer: SignedIn, capacity = 2): Promise<string> {
  const sent = await sendApplication(volunteer);
  await vetUpToApproval(staff, sent);
  expectSuccess(await staff.graphql(APPROVE_VOLUNTEER, { volunteerId: sent.id }));
  if (capacity !== READY_PROFILE.capacity) await setCapacity(volunteer.client, sent.id, capacity);
  return sent.id;
}

export async function setCapacity(client: Person, volunteerId: string, capacity: number): Promise<void> {
  expectSuccess(await client.graphql(UPDATE_MY_PROFILE, { volunteerId, input: { capacity } }));
}

/** A person waiting for a befriender who suits the READY_PROFILE volunteer. Returns the request id. */
export async function waitingWalker(seeker: SignedIn): Promise<string> {
  await saveAboutMe(seeker.client, ABOUT_WALKER);
  return (await askForBefriender(seeker.client)).id;
}

export async function propose(staff: Person, requestId: string, volunteerId: string, note?: string): Promise<MatchView> {
  return expectSuccess(await staff.graphql<{ proposeMatch: MatchView }>(PROPOSE, { input: { requestId, volunteerId, note } })).proposeMatch;
}

export async function respond(client: Person, matchId: string, accept: boolean, reason?: string): Promise<MatchView> {
  return expectSuccess(await client.graphql<{ respondToMatch: MatchView }>(RESPOND, { input: { matchId, accept, reason } })).respondToMatch;
}

export async function notificationsOf(client: Person): Promise<NotificationView[]> {
  return expectSuccess(await client.graphql<{ myNotifications: NotificationView[] }>(MY_NOTIFICATIONS)).myNotifications;
}

const CREATE_ACTIVITY = `mutation CreateActivity($schemeId: ID!, $input: ActivityInput!) {
  createActivity(schemeId: $schemeId, input: $input) { id nextSessions { startsAt } } }`;

/**
 * A weekly Tuesday-afternoon activity in Hebden Bridge (step free, free of charge), listed by a
 * link worker, and a person who has asked for a companion to its next-but-one session (their
 * "about me" saved first). The request's id and when that session starts.
 */
export async function companionRequest(
  linkWorker: Person,
  schemeId: string,
  person: Person,
  names: { title: string; organiserName: string; venueName: string },
): Promise<{ requestId: string; sessionStartsAt: string }> {
  const input = {
    ...names,
    addressLine1: 'Hope Street',
    town: 'Hebden Bridge',
    postcode: 'HX7 8AF',
    features: ['STEP_FREE'],
    isFree: true,
    schedules: [{ frequency: 'WEEKLY', interval: 1, byDay: [{ day: 'TUE' }], startTime: '13:30', endTime: '15:30' }],
  };
  const activity = expectSuccess(
    await linkWorker.graphql<{ createActivity: { id: string; nextSessions: Array<{ startsAt: string }> } }>(CREATE_ACTIVITY, { schemeId, input }),
  ).createActivity;
  const sessionStartsAt = activity.nextSessions[1]!.startsAt;
  await saveAboutMe(person, ABOUT_WALKER);
  const request = expectSuccess(
    await person.graphql<{ askForSupport: SupportRequest }>(ASK_FOR_SUPPORT, {
      input: { kind: 'FIRST_SESSION_COMPANION', contactModes: ['IN_PERSON'], agreeToShareWithVolunteer: true, activityId: activity.id, sessionStartsAt },
    }),
  ).askForSupport;
  return { requestId: request.id, sessionStartsAt };
}
