/**
 * Check-ins through the API: when they fall due (baseline on asking for support, follow-ups when the
 * baseline is answered, an ending when a match ends), answering them (every question skippable,
 * wrong answers named, scores stored as published, once only), taking answers by phone, setting
 * them aside, a scheme's own schedule, and the person's progress in kind words.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INSTRUMENTS, type InstrumentId } from '@kindred/shared';
import { buildCast, type Cast } from '../support/actors.ts';
import { errorCodes, expectErrorCode, expectFieldProblem, expectSuccess } from '../support/assertions.ts';
import { buildPerson, createScheme, signUp, type SignedIn } from '../support/factories.ts';
import { startTestKindred } from '../support/kindred.ts';
import { END, approvedVolunteer, propose, respond, waitingWalker } from './matching-support.ts';
import {
  answersFor,
  CHECK_INS_DUE,
  DECLINE,
  londonDaysFromToday,
  moveBackMonths,
  myCheckIns,
  myProgress,
  RECORD_BY_PHONE,
  seekerCheckIns,
  SET_SCHEDULE,
  sql,
  storedCheckIn,
  submit,
  SUBMIT,
  withAnswer,
  type CheckInView,
  type Responses,
} from './outcomes-check-ins-support.ts';
import { askForBefriender, refer, saveAboutMe, today, waitingListOf, WITHDRAW_MY_REQUEST } from './seekers-support.ts';

const kindred = await startTestKindred({ env: { SCHEDULED_JOBS: 'false' } });
let cast: Cast;
beforeAll(async () => {
  cast = await buildCast(kindred);
}, 120_000);
afterAll(() => kindred.close());

/** Calendar months after a date, as the schedule counts them (the last day of a shorter month). */
function monthsAfter(isoDate: string, months: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const index = y * 12 + m - 1 + months;
  const last = new Date(Date.UTC(Math.floor(index / 12), (index % 12) + 1, 0)).getUTCDate();
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** A new person in `scheme` who has asked for a befriender, with their baseline. */
async function personWithBaseline(name: string, scheme = cast.scheme): Promise<{ person: SignedIn; baseline: CheckInView; seekerId: string }> {
  const person = await signUp(kindred, 'SEEKER', buildPerson({ displayName: name }), scheme);
  await saveAboutMe(person.client);
  const request = await askForBefriender(person.client);
  const [baseline] = await myCheckIns(person.client);
  const [row] = await sql<{ seeker_id: string }>(kindred, 'select seeker_id from support_request where id = ?', [request.id]);
  return { person, baseline: baseline!, seekerId: row!.seeker_id };
}

const onsAnswer = (stored: Awaited<ReturnType<typeof storedCheckIn>>) => stored.responses.find((r) => r.instrument === 'ONS_LONELINESS')?.answers;

const followUpsOf = (seekerId: string) =>
  sql<{ months_after_baseline: number; due_on: string; status: string }>(
    kindred,
    `select months_after_baseline, to_char(due_on, 'YYYY-MM-DD') as due_on, status from check_in where seeker_id = ? and occasion = 'FOLLOW_UP' order by months_after_baseline`,
    [seekerId],
  );

describe('when check-ins fall due', () => {
  it('gives a person who asks for support a baseline due today, with all five instruments in order, once however often they ask', async () => {
    const { person, baseline, seekerId } = await personWithBaseline('Bella Baseline');
    expect(baseline).toMatchObject({ occasion: 'BASELINE', monthsAfterBaseline: null, dueOn: today(), status: 'DUE', completedAt: null, onBehalf: false, personFirstName: 'Bella' });
    expect(baseline.instruments.map((i) => i.id), 'the indirect questions before the direct one').toEqual(['UCLA3', 'ONS_LONELINESS', 'CEL', 'SWEMWBS', 'ONS4']);
    expect(baseline.instruments.flatMap((i) => i.items)).toHaveLength(1 + 3 + 3 + 7 + 4);
    expect(baseline.instruments.find((i) => i.id === 'SWEMWBS')?.licence).toMatch(/© University of Warwick/);
    // The published wording and options, exactly as the shared instruments hold them.
    expect(baseline.instruments.find((i) => i.id === 'UCLA3')?.items[1]).toEqual({ ...INSTRUMENTS.UCLA3.items[1], options: [...INSTRUMENTS.UCLA3.items[1]!.options] });
    expect(baseline.instruments.find((i) => i.id === 'UCLA3')?.items[1]?.text).toBe('How often do you feel left out?');
    for (const instrument of baseline.instruments) expect(instrument.personTitle).not.toMatch(/lonel/i);

    // Withdrawing and asking again is a new request, but not a new start: still one baseline.
    const [request] = (await sql<{ id: string }>(kindred, 'select id from support_request where seeker_id = ?', [seekerId]));
    expectSuccess(await person.client.graphql(WITHDRAW_MY_REQUEST, { requestId: request!.id }));
    await askForBefriender(person.client);
    expect(await sql(kindred, `select id from check_in where seeker_id = ? and occasion = 'BASELINE'`, [seekerId])).toHaveLength(1);
    expect((await myCheckIns(person.client)).map((c) => c.id)).toEqual([baseline.id]);
  });

  it('gives a person referred by a link worker a baseline, on their scheme’s list of check-ins due', async () => {
    const ellen = await refer(cast.linkWorker.client, cast.scheme.id, { name: 'Ellen Phoneonly' });
    const [baseline] = await seekerCheckIns(cast.linkWorker.client, ellen.id);
    expect(baseline).toMatchObject({ occasion: 'BASELINE', status: 'DUE', dueOn: today(), personFirstName: 'Ellen' });
    const due = expectSuccess(await cast.linkWorker.client.graphql<{ checkInsDue: CheckInView[] }>(CHECK_INS_DUE, { schemeId: cast.scheme.id })).checkInsDue;
    expect(due.map((c) => c.id)).toContain(baseline!.id);
    expect(due.map((c) => c.dueOn)).toEqual(due.map((c) => c.dueOn).sort());
  });

  it('makes follow-ups at 3 and 6 months by default once the baseline is answered, not listed until they are due', async () => {
    const { person, baseline, seekerId } = await personWithBaseline('Fiona Followup');
    expect(await followUpsOf(seekerId), 'no follow-ups before the baseline is answered').toEqual([]);
    await submit(person.client, baseline.id, answersFor());
    expect(await followUpsOf(seekerId)).toEqual([
      { months_after_baseline: 3, due_on: monthsAfter(today(), 3), status: 'DUE' },
      { months_after_baseline: 6, due_on: monthsAfter(today(), 6), status: 'DUE' },
    ]);
    expect(await myCheckIns(person.client), 'nothing waiting for her today').toEqual([]);

    const all = await seekerCheckIns(cast.linkWorker.client, seekerId);
    expect(all.map((c) => [c.occasion, c.monthsAfterBaseline, c.status])).toEqual([
      ['BASELINE', null, 'COMPLETED'],
      ['FOLLOW_UP', 3, 'DUE'],
      ['FOLLOW_UP', 6, 'DUE'],
    ]);
    const notYet = await person.client.graphql(SUBMIT, { input: { checkInId: all[1]!.id, responses: answersFor() } });
    expect(expectFieldProblem(notYet, 'checkInId')).toMatch(/opens on/);

    // Three months on (the test clock moves her history back), the first follow-up is due; the second is not.
    await moveBackMonths(kindred, seekerId, 3);
    const [due] = await myCheckIns(person.client);
    expect(due).toMatchObject({ id: all[1]!.id, occasion: 'FOLLOW_UP', monthsAfterBaseline: 3 });
    expect(await myCheckIns(person.client)).toHaveLength(1);
  });

  it('follows a scheme’s own schedule, set by its administrator', async () => {
    const scheme = await createScheme(kindred, 'Monthly Check-in Scheme');
    expect(expectSuccess(await cast.admin.client.graphql<{ setCheckInSchedule: boolean }>(SET_SCHEDULE, { schemeId: scheme.id, followUpMonths: [12, 1] })).setCheckInSchedule).toBe(true);
    const { person, baseline, seekerId } = await personWithBaseline('Sally Schedule', scheme);
    await submit(person.client, baseline.id, answersFor());
    expect(await followUpsOf(seekerId)).toEqual([
      { months_after_baseline: 1, due_on: monthsAfter(today(), 1), status: 'DUE' },
      { months_after_baseline: 12, due_on: monthsAfter(today(), 12), status: 'DUE' },
    ]);
    // The default scheme keeps 3 and 6.
    const [row] = await sql<{ check_in_follow_up_months: number[] }>(kindred, 'select check_in_follow_up_months from scheme where id = ?', [cast.scheme.id]);
    expect(row?.check_in_follow_up_months).toEqual([3, 6]);
  });

  it('refuses a schedule outside 1 to 24 months, repeated, empty or too long, naming the field', async () => {
    for (const followUpMonths of [[], [0], [25], [3, 3], [1, 2, 3, 4, 5, 6, 7], [-3]]) {
      const result = await cast.admin.client.graphql(SET_SCHEDULE, { schemeId: cast.scheme.id, followUpMonths });
      expect(expectFieldProblem(result, 'followUpMonths'), JSON.stringify(followUpMonths)).not.toBe('');
    }
    expectErrorCode(await cast.admin.client.graphql(SET_SCHEDULE, { schemeId: cast.scheme.id, followUpMonths: [1.5] }), 'BAD_USER_INPUT');
    const [row] = await sql<{ check_in_follow_up_months: number[] }>(kindred, 'select check_in_follow_up_months from scheme where id = ?', [cast.scheme.id]);
    expect(row?.check_in_follow_up_months, 'nothing changed').toEqual([3, 6]);
  });

  it('asks for an ending check-in, due at once, when an active match ends, and not when an offer is declined', async () => {
    const volunteer = await approvedVolunteer(cast.linkWorker.client, cast.volunteer);
    const another = await approvedVolunteer(cast.linkWorker.client, cast.anotherVolunteer);
    const eddie = await signUp(kindred, 'SEEKER', buildPerson({ displayName: 'Eddie Ending' }), cast.scheme);
    const requestId = await waitingWalker(eddie);
    const [row] = await sql<{ seeker_id: string }>(kindred, 'select seeker_id from support_request where id = ?', [requestId]);
    const seekerId = row!.seeker_id;

    // An offer the volunteer declines was never support: no ending.
    const declined = await propose(cast.linkWorker.client, requestId, another);
    expectSuccess(await cast.anotherVolunteer.client.graphql(`mutation R($input: RespondToMatchInput!) { respondToMatch(input: $input) { id } }`, { input: { matchId: declined.id, accept: false, reason: 'I am away that month' } }));
    expect(await sql(kindred, `select id from check_in where seeker_id = ? and occasion = 'ENDING'`, [seekerId])).toHaveLength(0);

    const match = await propose(cast.linkWorker.client, requestId, volunteer);
    await respond(cast.volunteer.client, match.id, true);
    await respond(eddie.client, match.id, true);
    expectSuccess(await cast.linkWorker.client.graphql(END, { input: { matchId: match.id, reason: 'Eddie is moving to his daughter’s' } }));

    const endings = await sql<{ match_id: string; due_on: string; status: string; scheme_id: string }>(
      kindred,
      `select match_id, to_char(due_on, 'YYYY-MM-DD') as due_on, status, scheme_id from check_in where seeker_id = ? and occasion = 'ENDING'`,
      [seekerId],
    );
    expect(endings).toEqual([{ match_id: match.id, due_on: today(), status: 'DUE', scheme_id: cast.scheme.id }]);
    const waiting = await myCheckIns(eddie.client);
    expect(waiting.map((c) => c.occasion).sort()).toEqual(['BASELINE', 'ENDING']);
  }, 120_000);
});

describe('answering a check-in', () => {
  it('stores each answer as given and each published score, with a null score for an instrument left incomplete', async () => {
    const { person, baseline } = await personWithBaseline('Sam Scores');
    // UCLA3 not sent at all; one SWEMWBS question skipped; ONS4 half answered.
    const chosen: Record<InstrumentId, number> = { UCLA3: 2, ONS_LONELINESS: 4, CEL: 3, SWEMWBS: 2, ONS4: 1 };
    let responses: Responses = answersFor((instrument, item) => (instrument === 'ONS4' && (item === 'HAPPINESS' || item === 'ANXIETY') ? null : chosen[instrument]));
    responses = withAnswer(responses, 'SWEMWBS', 'RELAXED', null).filter((r) => r.instrument !== 'UCLA3');
    const done = await submit(person.client, baseline.id, responses);
    expect(done).toMatchObject({ id: baseline.id, status: 'COMPLETED', onBehalf: false });
    expect(Date.now() - new Date(done.completedAt!).getTime()).toBeLessThan(60_000);

    const stored = await storedCheckIn(kindred, baseline.id);
    expect(stored.on_behalf).toBe(false);
    expect(stored.recorded_by_id).toBe(person.viewer.id);
    expect(stored.responses.map((r) => r.instrument)).toEqual(['UCLA3', 'ONS_LONELINESS', 'CEL', 'SWEMWBS', 'ONS4']);
    const byInstrument = Object.fromEntries(stored.responses.map((r) => [r.instrument, r]));
    // ONS: "Some of the time" (4), not chronic.
    expect(byInstrument.ONS_LONELINESS).toEqual({ instrument: 'ONS_LONELINESS', answers: { HOW_OFTEN: 4 }, score: { instrument: 'ONS_LONELINESS', value: 4, label: 'Some of the time', chronic: false } });
    expect(byInstrument.UCLA3).toEqual({ instrument: 'UCLA3', answers: { LACK_COMPANIONSHIP: null, LEFT_OUT: null, ISOLATED: null }, score: null });
    // CEL: "Disagree" (3) to each of three statements.
    expect(byInstrument.CEL?.score).toEqual({ instrument: 'CEL', total: 9 });
    expect(byInstrument.SWEMWBS?.answers.RELAXED).toBeNull();
    expect(byInstrument.SWEMWBS?.answers.OPTIMISTIC).toBe(2);
    expect(byInstrument.SWEMWBS?.score, 'SWEMWBS is never prorated').toBeNull();
    expect(byInstrument.ONS4).toEqual({
      instrument: 'ONS4',
      answers: { LIFE_SATISFACTION: 1, WORTHWHILE: 1, HAPPINESS: null, ANXIETY: null },
      score: { instrument: 'ONS4', items: [{ item: 'LIFE_SATISFACTION', value: 1, band: 'Low' }, { item: 'WORTHWHILE', value: 1, band: 'Low' }] },
    });
  });

  it('scores complete answers with Warwick’s conversion for SWEMWBS and the UCLA total', async () => {
    const { person, baseline } = await personWithBaseline('Walt Warwick');
    // The highest value of each: UCLA "Often" (3) ×3, SWEMWBS "All of the time" (5) ×7; the ONS question's lowest, "Never".
    await submit(person.client, baseline.id, answersFor((instrument, _item, values) => (instrument === 'ONS_LONELINESS' ? Math.min(...values) : Math.max(...values))));
    const scores = Object.fromEntries((await storedCheckIn(kindred, baseline.id)).responses.map((r) => [r.instrument, r.score]));
    expect(scores.UCLA3).toEqual({ instrument: 'UCLA3', total: 9 });
    expect(scores.SWEMWBS).toEqual({ instrument: 'SWEMWBS', raw: 35, metric: 35 });
    expect(scores.ONS_LONELINESS).toMatchObject({ value: 1, label: 'Never', chronic: false });
  });

  it('refuses wrong answers, naming the question in plain words, and stores nothing', async () => {
    const { person, baseline } = await personWithBaseline('Wendy Wrong');
    const full = answersFor();
    const ucla = full.findIndex((r) => r.instrument === 'UCLA3');
    const cel = full.findIndex((r) => r.instrument === 'CEL');
    const ons4 = full.findIndex((r) => r.instrument === 'ONS4');
    const tryWith = (responses: unknown) => person.client.graphql(SUBMIT, { input: { checkInId: baseline.id, responses } });

    // Out of range: "Often" is 3 at most.
    const outOfRange = await tryWith(withAnswer(full, 'UCLA3', 'LEFT_OUT', 7));
    expect(expectFieldProblem(outOfRange, `responses.${ucla}.answers.1.value`)).toContain('How often do you feel left out?');
    // Below the scale.
    expect(expectFieldProblem(await tryWith(withAnswer(full, 'ONS4', 'ANXIETY', -1)), `responses.${ons4}.answers.3.value`)).toContain('how anxious did you feel yesterday');
    // Not a question of the instrument.
    const unknown = full.map((r, i) => (i === cel ? { ...r, answers: [...r.answers, { item: 'FAVOURITE_COLOUR', value: 1 }] } : r));
    expect(expectFieldProblem(await tryWith(unknown), `responses.${cel}.answers.3.item`)).toContain('FAVOURITE_COLOUR');
    // The same instrument twice, and the same question twice.
    expect(expectFieldProblem(await tryWith([...full, full[0]]), `responses.${full.length}.instrument`)).toMatch(/twice/);
    const repeated = full.map((r, i) => (i === ucla ? { ...r, answers: [...r.answers, { item: 'LEFT_OUT', value: 1 }] } : r));
    expect(expectFieldProblem(await tryWith(repeated), `responses.${ucla}.answers.3.item`)).toContain('How often do you feel left out?');
    // Nothing answered at all, or nothing sent.
    expect(expectFieldProblem(await tryWith(answersFor(() => null)), 'responses')).toMatch(/Not now, thank you/);
    expectFieldProblem(await tryWith([]), 'responses');
    // Several wrong at once: every one is named.
    const several = await tryWith(withAnswer(withAnswer(full, 'UCLA3', 'LEFT_OUT', 0), 'SWEMWBS', 'USEFUL', 6));
    expectFieldProblem(several, `responses.${ucla}.answers.1.value`);
    expectFieldProblem(several, `responses.${full.findIndex((r) => r.instrument === 'SWEMWBS')}.answers.1.value`);
    // An instrument Kindred does not have is refused before anything runs.
    const notAnInstrument = await tryWith([{ instrument: 'HAPPINESS_INDEX', answers: [] }]);
    expect(errorCodes(notAnInstrument)[0]).toBe('BAD_USER_INPUT');

    const stored = await storedCheckIn(kindred, baseline.id);
    expect(stored.responses).toEqual([]);
    expect((await myCheckIns(person.client)).map((c) => c.status)).toEqual(['DUE']);
  });

  it('cannot be answered twice', async () => {
    const { person, baseline } = await personWithBaseline('Terry Twice');
    await submit(person.client, baseline.id, answersFor());
    const again = await person.client.graphql(SUBMIT, { input: { checkInId: baseline.id, responses: answersFor((_i, _item, v) => v[v.length - 1]!) } });
    expect(expectFieldProblem(again, 'checkInId')).toMatch(/already been answered/);
    expect(onsAnswer(await storedCheckIn(kindred, baseline.id))).toEqual({ HOW_OFTEN: 5 });
  });

  it('lets exactly one of two submissions at the same moment win, and makes the follow-ups once', async () => {
    const { person, baseline, seekerId } = await personWithBaseline('Rory Race');
    const first = answersFor();
    const second = answersFor((_i, _item, v) => v[v.length - 1]!);
    const results = await Promise.all([
      person.client.graphql(SUBMIT, { input: { checkInId: baseline.id, responses: first } }),
      person.client.graphql(SUBMIT, { input: { checkInId: baseline.id, responses: second } }),
    ]);
    const won = results.filter((r) => !r.errors);
    const lost = results.filter((r) => r.errors);
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(expectFieldProblem(lost[0]!, 'checkInId')).toMatch(/already been answered/);
    const winner = results.indexOf(won[0]!) === 0 ? first : second;
    expect(onsAnswer(await storedCheckIn(kindred, baseline.id))?.HOW_OFTEN).toBe(winner.find((r) => r.instrument === 'ONS_LONELINESS')!.answers[0]!.value);
    expect(await followUpsOf(seekerId)).toHaveLength(2);
  });

  it('is the person’s own: someone else’s, or a made-up id, does not exist', async () => {
    const { baseline } = await personWithBaseline('Olga Own');
    for (const client of [cast.anotherSeeker.client, cast.linkWorker.client, cast.admin.client]) {
      expectErrorCode(await client.graphql(SUBMIT, { input: { checkInId: baseline.id, responses: answersFor() } }), 'NOT_FOUND');
    }
    expectErrorCode(await cast.seeker.client.graphql(SUBMIT, { input: { checkInId: 'not-an-id', responses: answersFor() } }), 'NOT_FOUND');
    expectErrorCode(await cast.seeker.client.graphql(SUBMIT, { input: { checkInId: '7d3f6c1e-0000-4000-8000-000000000000', responses: answersFor() } }), 'NOT_FOUND');
    expect((await storedCheckIn(kindred, baseline.id)).responses).toEqual([]);
  });

  it('can be set aside by the person, “not now, thank you”, and then is not asked again', async () => {
    const { person, baseline, seekerId } = await personWithBaseline('Nora Notnow');
    const declined = expectSuccess(await person.client.graphql<{ declineCheckIn: CheckInView }>(DECLINE, { checkInId: baseline.id })).declineCheckIn;
    expect(declined).toMatchObject({ status: 'DECLINED', onBehalf: false, completedAt: null });
    expect(await myCheckIns(person.client)).toEqual([]);
    expect(expectFieldProblem(await person.client.graphql(SUBMIT, { input: { checkInId: baseline.id, responses: answersFor() } }), 'checkInId')).toMatch(/set aside/);
    expectFieldProblem(await person.client.graphql(DECLINE, { checkInId: baseline.id }), 'checkInId');
    expect(await followUpsOf(seekerId), 'no follow-ups without a baseline').toEqual([]);
  });
});

describe('answers taken by phone', () => {
  it('are recorded by the link worker, marked as on the person’s behalf, and bring the follow-ups', async () => {
    const ellen = await refer(cast.linkWorker.client, cast.scheme.id, { name: 'Ellen Bytelephone' });
    const [baseline] = await seekerCheckIns(cast.linkWorker.client, ellen.id);
    const recorded = expectSuccess(
      await cast.linkWorker.client.graphql<{ recordCheckInByPhone: CheckInView }>(RECORD_BY_PHONE, { input: { checkInId: baseline!.id, responses: answersFor() } }),
    ).recordCheckInByPhone;
    expect(recorded).toMatchObject({ status: 'COMPLETED', onBehalf: true, personFirstName: 'Ellen' });
    const stored = await storedCheckIn(kindred, baseline!.id);
    expect(stored.on_behalf).toBe(true);
    expect(stored.recorded_by_id).toBe(cast.linkWorker.viewer.id);
    expect(await followUpsOf(ellen.id)).toHaveLength(2);
    // And checked like any other answers.
    const [followUp] = (await seekerCheckIns(cast.linkWorker.client, ellen.id)).filter((c) => c.occasion === 'FOLLOW_UP');
    await moveBackMonths(kindred, ellen.id, 3);
    expectFieldProblem(
      await cast.linkWorker.client.graphql(RECORD_BY_PHONE, { input: { checkInId: followUp!.id, responses: withAnswer(answersFor(), 'ONS_LONELINESS', 'HOW_OFTEN', 9) } }),
      `responses.${answersFor().findIndex((r) => r.instrument === 'ONS_LONELINESS')}.answers.0.value`,
    );
  });

  it('cannot be recorded by a link worker of another scheme, nor by the person, nor twice', async () => {
    const ellen = await refer(cast.linkWorker.client, cast.scheme.id, { name: 'Ellen Elsewhere' });
    const [baseline] = await seekerCheckIns(cast.linkWorker.client, ellen.id);
    const input = { checkInId: baseline!.id, responses: answersFor() };
    expectErrorCode(await cast.otherSchemeLinkWorker.client.graphql(RECORD_BY_PHONE, { input }), 'NOT_FOUND');
    expectErrorCode(await cast.seeker.client.graphql(RECORD_BY_PHONE, { input }), 'FORBIDDEN');
    expectErrorCode(await cast.communityBuilder.client.graphql(RECORD_BY_PHONE, { input }), 'FORBIDDEN');
    expect((await storedCheckIn(kindred, baseline!.id)).responses).toEqual([]);
    expectSuccess(await cast.admin.client.graphql(RECORD_BY_PHONE, { input }));
    expectFieldProblem(await cast.linkWorker.client.graphql(RECORD_BY_PHONE, { input }), 'checkInId');
  });

  it('can be set aside by staff on the person’s behalf', async () => {
    const ellen = await refer(cast.linkWorker.client, cast.scheme.id, { name: 'Ellen Notnow' });
    const [baseline] = await seekerCheckIns(cast.linkWorker.client, ellen.id);
    const declined = expectSuccess(await cast.linkWorker.client.graphql<{ declineCheckIn: CheckInView }>(DECLINE, { checkInId: baseline!.id })).declineCheckIn;
    expect(declined).toMatchObject({ status: 'DECLINED', onBehalf: true });
    const due = expectSuccess(await cast.linkWorker.client.graphql<{ checkInsDue: CheckInView[] }>(CHECK_INS_DUE, { schemeId: cast.scheme.id })).checkInsDue;
    expect(due.map((c) => c.id)).not.toContain(baseline!.id);
  });
});

describe('the person’s own progress', () => {
  /** Baseline answered with `before`, then the 3-month follow-up, three months on, with `after`. */
  async function progressAfter(name: string, before: Responses, after: Responses) {
    const { person, baseline, seekerId } = await personWithBaseline(name);
    await submit(person.client, baseline.id, before);
    expect(await myProgress(person.client), 'nothing to compare with one check-in').toEqual([]);
    await moveBackMonths(kindred, seekerId, 3);
    const [followUp] = await myCheckIns(person.client);
    await submit(person.client, followUp!.id, after);
    return { person, points: await myProgress(person.client), seekerId };
  }

  const monthOf = (iso: string) => new Intl.DateTimeFormat('en-GB', { month: 'long', timeZone: 'Europe/London' }).format(new Date(iso));

  it('says what changed since the first check-in in kind words, happier changes first, never a score, never “lonely”', async () => {
    // First: felt close to others "Rarely" (2), left out "Often" (3), first question "Often/always" (5).
    const before = withAnswer(withAnswer(withAnswer(answersFor(), 'SWEMWBS', 'CLOSE_TO_OTHERS', 2), 'UCLA3', 'LEFT_OUT', 3), 'ONS_LONELINESS', 'HOW_OFTEN', 5);
    const after = withAnswer(withAnswer(withAnswer(answersFor(), 'SWEMWBS', 'CLOSE_TO_OTHERS', 4), 'UCLA3', 'LEFT_OUT', 1), 'ONS_LONELINESS', 'HOW_OFTEN', 3);
    const { points } = await progressAfter('Paula Progress', before, after);
    expect(points).toHaveLength(1);
    const [point] = points;
    expect(point?.occasion).toBe('FOLLOW_UP');
    const [baselineRow] = await sql<{ completed_at: Date }>(kindred, `select c.completed_at from check_in c join seeker s on s.id = c.seeker_id where s.name = 'Paula Progress' and c.occasion = 'BASELINE'`);
    const month = monthOf(new Date(baselineRow!.completed_at).toISOString());
    expect(point?.sentences[0]).toMatch(new RegExp(`^Compared with your first check-in in ${month}( \\d{4})?, you said you’ve felt left out less often\\.$`));
    expect(point?.sentences).toContain('You answered “Occasionally” to question 4, where before you said “Often/always”.');
    expect(point?.sentences).toContain('You said you felt close to other people more often.');
    for (const sentence of point?.sentences ?? []) {
      expect(sentence).not.toMatch(/lonel/i);
      expect(sentence.replace(/question \d+/, ''), 'no scores: only the person’s words').not.toMatch(/\b\d{1,2}\b/);
    }
  });

  it('mentions harder changes gently, with somewhere to turn', async () => {
    const before = withAnswer(answersFor(), 'ONS4', 'ANXIETY', 2);
    const after = withAnswer(answersFor(), 'ONS4', 'ANXIETY', 7);
    const { points } = await progressAfter('Harriet Harder', before, after);
    expect(points[0]?.sentences[0]).toMatch(/you said you felt more anxious the day before\.$/);
    expect(points[0]?.sentences.at(-1)).toMatch(/Everyone has ups and downs/);
    for (const sentence of points[0]?.sentences ?? []) expect(sentence).not.toMatch(/lonel/i);
  });

  it('says the answers were much the same when nothing changed, and leaves out questions skipped either time', async () => {
    const before = withAnswer(answersFor(), 'SWEMWBS', 'USEFUL', null);
    const after = withAnswer(answersFor(), 'SWEMWBS', 'USEFUL', 5);
    const { points, person } = await progressAfter('Stella Same', before, after);
    expect(points[0]?.sentences).toEqual([expect.stringMatching(/^Compared with your first check-in in \w+( \d{4})?, your answers were much the same\.$/)]);
    // Nobody else sees it.
    expect(await myProgress(cast.anotherSeeker.client)).toEqual([]);
    expect(person).toBeDefined();
  });
});

describe('the list of check-ins due', () => {
  it('holds the scheme’s due check-ins only, oldest first, and not those answered, set aside or not yet due', async () => {
    const scheme = await createScheme(kindred, 'Due List Scheme');
    const older = await personWithBaseline('Olive Older', scheme);
    await sql(kindred, `update check_in set due_on = ?::date where id = ?`, [londonDaysFromToday(-10), older.baseline.id]);
    const newer = await personWithBaseline('Nigel Newer', scheme);
    const answered = await personWithBaseline('Andy Answered', scheme);
    await submit(answered.person.client, answered.baseline.id, answersFor());
    const due = expectSuccess(await cast.admin.client.graphql<{ checkInsDue: CheckInView[] }>(CHECK_INS_DUE, { schemeId: scheme.id })).checkInsDue;
    expect(due.map((c) => c.personFirstName)).toEqual(['Olive', 'Nigel']);
    expect(due.map((c) => c.id)).toEqual([older.baseline.id, newer.baseline.id]);
    const defaultList = expectSuccess(await cast.admin.client.graphql<{ checkInsDue: CheckInView[] }>(CHECK_INS_DUE, { schemeId: cast.scheme.id })).checkInsDue;
    expect(defaultList.map((c) => c.personFirstName)).not.toContain('Olive');
    expect((await waitingListOf(cast.admin.client, scheme.id)).length).toBeGreaterThan(0);
  });
});
