/**
 * A representative day of Kindred, through GraphQL as the web app sends it, for the sharding
 * test to record the SQL of: people sign up and tell us about themselves, a link worker refers
 * someone, a volunteer is vetted and approved, matches are suggested, proposed, accepted, logged
 * and reviewed, the two exchange messages, a concern is raised and triaged, data is exported, the
 * directory is searched, and community builders look at gaps, capacity, the pipeline and outcomes.
 * Every step must succeed, so a statement never seen is never checked.
 */
import { expect } from 'vitest';
import { createKindredPubSub, createLogger, createMailer, remindCheckInsDue, remindReviewsDue } from '@kindred/server';
import { sweepOwedEmails } from '../../../server/src/notifications/owed-emails.ts';
import { notifyLapsedDbsChecks } from '../../../server/src/volunteers/dbs-lapse.ts';
import { buildCast, type Cast } from '../support/actors.ts';
import { expectSuccess } from '../support/assertions.ts';
import type { TestKindred } from '../support/kindred.ts';
import { startAndFinish } from './assignment-support.ts';
import { AUDIT_EVENTS } from './audit-support.ts';
import { CAPACITY, STALE, TO_START } from './community-capacity-support.ts';
import { DRIVES, PUBLIC_DRIVE, driveWithFunnel, pipelineOf, signUpThroughDrive, startDrive } from './community-drives-support.ts';
import { gapPictureOf, recruitSuggestionsOf } from './community-gaps-support.ts';
import { CONCERN, CONCERNS, MY_RAISED, RAISE, TRIAGE } from './concerns-support.ts';
import { exportMine, exportPerson, myConsents } from './data-rights-support.ts';
import { ACTIVITY, MARK_CHECKED, UPDATE, activityInput, createActivity, search } from './directory-helpers.ts';
import {
  END,
  LOG_CONTACT,
  MARK_READ,
  MATCH,
  MY_MATCHES,
  REJECT,
  REVIEW,
  REVIEWS_DUE,
  SCHEME_MATCHES,
  approvedVolunteer,
  notificationsOf,
  propose,
  respond,
  waitingWalker,
} from './matching-support.ts';
import { MARK_MESSAGES_READ, send, summary, thread } from './messages-support.ts';
import { CHECK_INS_DUE, answersFor, londonDaysFromToday, myCheckIns, myProgress, seekerCheckIns, submit } from './outcomes-check-ins-support.ts';
import { outcomeReport } from './outcomes-reports-support.ts';
import {
  RECORD_CONSENT,
  RECORD_CONTACT,
  WITHDRAW_CONSENT,
  consentGiven,
  mySupport,
  refer,
  seekerRecord,
  waitingListOf,
} from './seekers-support.ts';
import { CONFIRM_SKILL, VETTING_QUEUE, VOLUNTEER, myVolunteer } from './volunteers-support.ts';

const SUGGEST = `query Suggest($requestId: ID!) { suggestMatches(requestId: $requestId) {
  requestId suggestions { volunteerId fit } unmatchedReasons { kind text } } }`;

/** Runs every journey once; returns the cast, whose schemes the statements should name. */
export async function aDayOfKindred(kindred: TestKindred): Promise<Cast> {
  const cast = await buildCast(kindred);
  const staff = cast.linkWorker.client;
  const schemeId = cast.scheme.id;

  // A volunteer applies, is vetted and approved; staff look at the queue and the record.
  const vera = await approvedVolunteer(staff, cast.volunteer);
  expectSuccess(await staff.graphql(VETTING_QUEUE, { schemeId }));
  expectSuccess(await staff.graphql(VOLUNTEER, { id: vera }));
  expectSuccess(await staff.graphql(CONFIRM_SKILL, { input: { volunteerId: vera, skill: 'DRIVES_CAR', confirmed: true } }));
  await myVolunteer(cast.volunteer.client);

  // A person tells us about themself and asks for a befriender; another is referred by phone.
  const requestId = await waitingWalker(cast.seeker);
  await mySupport(cast.seeker.client);
  const ellen = await refer(staff, schemeId);
  expectSuccess(await staff.graphql(RECORD_CONTACT, { input: { seekerId: ellen.id, method: 'PHONE', note: 'Called to say hello' } }));
  // Ellen changes her mind about sharing her access needs, then agrees again.
  const accessNeeds = ellen.consents.find((c) => c.purpose === 'ACCESS_NEEDS');
  expectSuccess(await staff.graphql(WITHDRAW_CONSENT, { consentId: accessNeeds?.id }));
  expectSuccess(await staff.graphql(RECORD_CONSENT, { input: { seekerId: ellen.id, ...consentGiven('ACCESS_NEEDS') } }));
  await seekerRecord(staff, ellen.id);
  await waitingListOf(staff, schemeId);

  // Suggestions, a rejected one, a proposal accepted by both, contact logged, a review, an ending.
  const vic = await approvedVolunteer(staff, cast.anotherVolunteer);
  const suggested = expectSuccess(await staff.graphql<{ suggestMatches: { suggestions: Array<{ volunteerId: string }> } }>(SUGGEST, { requestId }));
  expect(suggested.suggestMatches.suggestions.length, 'the walker has suggestions').toBeGreaterThan(0);
  expectSuccess(await staff.graphql(REJECT, { input: { requestId, volunteerId: vic, reason: 'They know each other' } }));
  const match = await propose(staff, requestId, vera, 'Both love walking');
  await respond(cast.volunteer.client, match.id, true);
  await respond(cast.seeker.client, match.id, true);
  expectSuccess(await cast.volunteer.client.graphql(LOG_CONTACT, { input: { matchId: match.id, how: 'PHONE', note: 'A lovely chat' } }));
  expectSuccess(await staff.graphql(REVIEW, { input: { matchId: match.id, notes: 'Going well', continue: true } }));
  expectSuccess(await staff.graphql(MATCH, { id: match.id }));
  expectSuccess(await cast.seeker.client.graphql(MY_MATCHES));
  expectSuccess(await staff.graphql(SCHEME_MATCHES, { schemeId }));
  expectSuccess(await staff.graphql(REVIEWS_DUE, { schemeId }));
  const notes = await notificationsOf(cast.volunteer.client);
  expectSuccess(await cast.volunteer.client.graphql(MARK_READ, { ids: notes.map((n) => n.id) }));

  // Messages between the two; staff see that contact happens.
  await send(cast.seeker.client, match.id, 'Thank you for the walk, Vera!');
  await send(cast.volunteer.client, match.id, 'Same time next Tuesday?');
  await thread(cast.seeker.client, match.id);
  expectSuccess(await cast.seeker.client.graphql(MARK_MESSAGES_READ, { matchId: match.id }));
  await summary(staff, match.id);

  // A concern raised by the volunteer, read by staff (with the messages, while it is open) and closed.
  expectSuccess(await cast.volunteer.client.graphql(RAISE, { input: { subjectKind: 'MATCH', subjectId: match.id, text: 'Sue seemed very low today' } }));
  expectSuccess(await cast.volunteer.client.graphql(MY_RAISED));
  const open = expectSuccess(await staff.graphql<{ concerns: Array<{ id: string }> }>(CONCERNS, { schemeId, status: 'OPEN' })).concerns;
  expect(open.length, 'the concern is in the queue').toBe(1);
  expectSuccess(await staff.graphql(CONCERN, { id: open[0]!.id }));
  await thread(staff, match.id);
  const close = { concernId: open[0]!.id, severity: 'LOW', actionsTaken: 'Phoned Sue', outcome: 'She is fine', close: true };
  expectSuccess(await staff.graphql(TRIAGE, { input: close }));

  // Check-ins: the person answers their baseline; staff see theirs and the scheme's due list.
  const [baseline] = await myCheckIns(cast.seeker.client);
  expect(baseline, 'the walker has a baseline check-in').toBeDefined();
  await submit(cast.seeker.client, baseline!.id, answersFor());
  await myProgress(cast.seeker.client);
  await seekerCheckIns(staff, ellen.id);
  expectSuccess(await staff.graphql(CHECK_INS_DUE, { schemeId }));
  expectSuccess(await cast.seeker.client.graphql(END, { input: { matchId: match.id, reason: 'Moving away' } }));

  // The directory: a listing made, searched for, read, changed and checked.
  const activity = await createActivity(cast.admin.client, schemeId);
  await search(cast.seeker.client, { schemeId, words: 'art group' });
  await search(cast.volunteer.client, { schemeId, postcode: 'HX7 8AF', withinKm: 10, interests: ['painting'] });
  expectSuccess(await cast.seeker.client.graphql(ACTIVITY, { id: activity.id }));
  expectSuccess(await cast.admin.client.graphql(UPDATE, { id: activity.id, input: activityInput({ cost: 'Free' }) }));
  expectSuccess(await cast.admin.client.graphql(MARK_CHECKED, { id: activity.id }));

  // Community builders: gaps, what would help, a recruitment drive and who joined through it.
  const builder = cast.communityBuilder.client;
  await gapPictureOf(builder, schemeId);
  await recruitSuggestionsOf(builder, schemeId);
  const drive = await startDrive(builder, schemeId);
  expectSuccess(await kindred.person('visitor').graphql(PUBLIC_DRIVE, { code: drive.code }));
  await signUpThroughDrive(kindred, cast.scheme, drive.code);
  expectSuccess(await builder.graphql(DRIVES, { schemeId }));
  await driveWithFunnel(builder, drive.id);
  await pipelineOf(builder, schemeId);
  expectSuccess(await builder.graphql(CAPACITY, { schemeId }));
  expectSuccess(await builder.graphql(TO_START, { schemeId }));
  expectSuccess(await builder.graphql(STALE, { schemeId }));
  await outcomeReport(builder, { schemeId, from: londonDaysFromToday(-365), to: londonDaysFromToday(0) });

  // Data rights: the person's own export and consents; staff export a referred person's record.
  await exportMine(cast.seeker.client);
  await myConsents(cast.seeker.client);
  await exportPerson(staff, { seekerId: ellen.id });
  // The admin searches the audit log of their scheme.
  expectSuccess(await cast.admin.client.graphql(AUDIT_EVENTS, { filter: { schemeId }, first: 20 }));

  // A scheme-wide assignment run, in the background job.
  await startAndFinish(cast.admin.client, schemeId);
  return cast;
}

/**
 * The scheduled jobs that sweep every scheme (lapsed DBS checks, reviews due, check-ins due, owed
 * emails), run once here with today's clock; the test turns the schedule off so none runs at a
 * moment of its own.
 */
export async function theJobsOfTheDay(kindred: TestKindred, now = new Date()): Promise<void> {
  const logger = createLogger('silent');
  const mailer = createMailer({ smtpUrl: `smtp://127.0.0.1:${kindred.mail.port}`, from: 'Kindred <no-reply@kindred.invalid>', logger });
  const app = { pubsub: createKindredPubSub(), mailer, publicUrl: kindred.url, logger };
  try {
    await notifyLapsedDbsChecks({ em: kindred.orm.em.fork(), mailer, publicUrl: kindred.url }, now);
    await remindReviewsDue({ em: kindred.orm.em.fork(), app }, now);
    await remindCheckInsDue({ em: kindred.orm.em.fork(), app }, now);
    await sweepOwedEmails({ em: kindred.orm.em.fork(), app }, now);
    await mailer.drain();
  } finally {
    mailer.close();
  }
}
