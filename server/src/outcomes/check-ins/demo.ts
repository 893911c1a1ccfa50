import type { EntityManager } from '@mikro-orm/postgresql';
import { INSTRUMENT_IDS, INSTRUMENTS, londonDate, type InstrumentId } from '@kindred/shared';
import { Scheme } from '../../accounts/scheme.entity.js';
import { UserAccount } from '../../accounts/user.entity.js';
import { ProfileDetails } from '../../people/profile.embeddable.js';
import { ConsentRecord } from '../../seekers/consent-record.entity.js';
import { Seeker } from '../../seekers/seeker.entity.js';
import { SupportRequest } from '../../seekers/support-request.entity.js';
import { scoreResponses, type ResponseInput } from './answers.js';
import { CheckIn, type CheckInStatus } from './check-in.entity.js';
import { addMonths } from './schedule.js';

const DAY_MS = 86_400_000;
const CALDER = 'Calder Valley Connect';
const LINK_WORKER = 'linkworker@example.org';

/**
 * Check-ins for the demo: the people waiting today each have a baseline due (Margaret, the demo seeker
 * account, can try hers; Ellen has no account, so Sam can take hers by phone), Joan answered hers when
 * she asked, and fourteen people Calder Valley supported earlier have a baseline and a 3-month
 * follow-up, spread so the outcome report has something to show: most feel better, some move out of
 * chronic loneliness, one moves in, one is unchanged.
 */
export async function addCheckInDemoData(em: EntityManager, now = new Date()): Promise<void> {
  const sam = await em.findOneOrFail(UserAccount, { email: LINK_WORKER });
  for (const email of ['seeker@example.org', 'derek@example.org', 'kwame@example.org']) {
    await baselineDue(em, await em.findOneOrFail(Seeker, { account: { email } }));
  }
  await baselineDue(em, await em.findOneOrFail(Seeker, { name: 'Ellen Greenwood' }));
  await joansBaseline(em, now);
  const calder = await em.findOneOrFail(Scheme, { name: CALDER });
  for (const [index, person] of SUPPORTED.entries()) await addSupportedPerson(em, calder, sam, person, index, now);
  await em.flush();
}

async function firstRequestOf(em: EntityManager, seeker: Seeker): Promise<SupportRequest> {
  return em.findOneOrFail(SupportRequest, { seeker }, { orderBy: { createdAt: 'asc' } });
}

/** Due since the day they asked, as if Kindred had been asking from the start. */
async function baselineDue(em: EntityManager, seeker: Seeker): Promise<void> {
  const request = await firstRequestOf(em, seeker);
  em.create(CheckIn, { scheme: seeker.scheme, seeker, request, occasion: 'BASELINE', dueOn: londonDate(request.createdAt), createdAt: request.createdAt });
}

/** Joan answered hers herself the day she asked; her follow-ups fall due in the months ahead. */
async function joansBaseline(em: EntityManager, now: Date): Promise<void> {
  const joan = await em.findOneOrFail(Seeker, { account: { email: 'joan@example.org' } }, { populate: ['account'] });
  const request = await firstRequestOf(em, joan);
  const completedAt = new Date(request.createdAt.getTime() + 2 * 3_600_000);
  em.create(CheckIn, {
    scheme: joan.scheme,
    seeker: joan,
    request,
    occasion: 'BASELINE',
    dueOn: londonDate(request.createdAt),
    status: 'COMPLETED',
    completedAt,
    recordedBy: joan.account!,
    responses: scoreResponses(answersAt(0.55, 4, () => 0)),
    createdAt: request.createdAt,
  });
  const scheme = await em.findOneOrFail(Scheme, { id: joan.scheme.id });
  for (const months of scheme.checkInFollowUpMonths) {
    const dueOn = addMonths(londonDate(completedAt), months);
    if (dueOn <= londonDate(now)) throw new Error('Joan’s demo follow-ups are meant to lie ahead');
    em.create(CheckIn, { scheme, seeker: joan, occasion: 'FOLLOW_UP', monthsAfterBaseline: months, dueOn, createdAt: completedAt });
  }
}

/**
 * Someone supported earlier. `level` runs from 0 (doing well) to 1 (finding things hard) at the
 * baseline, the 3-month and the 6-month follow-up; `ons` is their answer to the ONS question
 * (5 = Often/always, chronic). `sixMonths` says what became of the 6-month follow-up.
 */
type Supported = {
  name: string;
  postcode: string;
  baselineDaysAgo: number;
  level: [number, number, number];
  ons: [number, number, number];
  sixMonths: CheckInStatus | 'NOT_YET';
  /** A question they skipped at the 3-month follow-up, leaving that instrument unscored. */
  skipped?: string;
};

const SUPPORTED: Supported[] = [
  { name: 'Dorothy Greenwood', postcode: 'HX7 6AB', baselineDaysAgo: 240, level: [0.85, 0.45, 0.4], ons: [5, 3, 3], sixMonths: 'COMPLETED' },
  { name: 'Albert Sutcliffe', postcode: 'HX7 8AF', baselineDaysAgo: 232, level: [0.8, 0.5, 0.45], ons: [5, 4, 3], sixMonths: 'COMPLETED' },
  { name: 'Irene Crossley', postcode: 'OL14 5AB', baselineDaysAgo: 226, level: [0.7, 0.4, 0.4], ons: [4, 3, 3], sixMonths: 'COMPLETED' },
  { name: 'Harold Ackroyd', postcode: 'OL14 6DQ', baselineDaysAgo: 218, level: [0.9, 0.55, 0.5], ons: [5, 3, 3], sixMonths: 'COMPLETED' },
  { name: 'Edna Barker', postcode: 'HX7 5AB', baselineDaysAgo: 210, level: [0.6, 0.45, 0.4], ons: [4, 3, 2], sixMonths: 'COMPLETED' },
  { name: 'Stanley Holt', postcode: 'OL13 9AB', baselineDaysAgo: 203, level: [0.5, 0.6, 0.55], ons: [3, 4, 4], sixMonths: 'COMPLETED' },
  { name: 'Mabel Firth', postcode: 'HX7 7AA', baselineDaysAgo: 196, level: [0.75, 0.65, 0.6], ons: [5, 5, 5], sixMonths: 'DUE' },
  { name: 'Wilfred Haigh', postcode: 'OL14 7DJ', baselineDaysAgo: 188, level: [0.65, 0.35, 0.35], ons: [4, 2, 2], sixMonths: 'DUE' },
  { name: 'Nora Lumb', postcode: 'HX7 6AB', baselineDaysAgo: 176, level: [0.55, 0.5, 0.5], ons: [3, 3, 3], sixMonths: 'NOT_YET', skipped: 'RELAXED' },
  { name: 'Cyril Priestley', postcode: 'HX7 8AF', baselineDaysAgo: 170, level: [0.85, 0.5, 0.5], ons: [5, 3, 3], sixMonths: 'NOT_YET' },
  { name: 'Vera Ogden', postcode: 'OL14 5AB', baselineDaysAgo: 163, level: [0.4, 0.7, 0.7], ons: [3, 5, 5], sixMonths: 'NOT_YET' },
  { name: 'Frank Hirst', postcode: 'OL13 9AB', baselineDaysAgo: 157, level: [0.7, 0.4, 0.4], ons: [4, 2, 2], sixMonths: 'NOT_YET' },
  { name: 'Lilian Marsden', postcode: 'HX7 5AB', baselineDaysAgo: 150, level: [0.6, 0.3, 0.3], ons: [4, 3, 3], sixMonths: 'NOT_YET' },
  { name: 'Eric Bottomley', postcode: 'OL14 6DQ', baselineDaysAgo: 141, level: [0.8, 0.6, 0.6], ons: [5, 4, 4], sixMonths: 'NOT_YET' },
];

async function addSupportedPerson(em: EntityManager, scheme: Scheme, sam: UserAccount, person: Supported, index: number, now: Date): Promise<void> {
  const referredAt = new Date(now.getTime() - (person.baselineDaysAgo + 21) * DAY_MS);
  const profile = Object.assign(new ProfileDetails(), { contactModes: ['IN_PERSON', 'PHONE'], postcode: person.postcode });
  const seeker = em.create(Seeker, {
    scheme,
    account: null,
    name: person.name,
    profile,
    referralRoute: 'LINK_WORKER',
    referredBy: sam,
    preferredContact: 'PHONE',
    createdAt: referredAt,
    updatedAt: referredAt,
  });
  em.create(ConsentRecord, {
    scheme,
    seeker,
    purpose: 'REFERRAL',
    lawfulBasis: 'PUBLIC_TASK',
    specialCategoryCondition: null,
    agreedWords: 'I explained what Kindred is, who sees their details and that they can change their mind at any time. They agreed.',
    agreedOn: londonDate(referredAt),
    recordedBy: sam,
    onBehalf: true,
    recordedAt: referredAt,
  });
  // Their befriending has ended: the request is closed (no waiting time is counted from it).
  const baselineAt = new Date(now.getTime() - person.baselineDaysAgo * DAY_MS);
  const request = em.create(SupportRequest, {
    scheme,
    seeker,
    kind: 'BEFRIENDING',
    contactModes: ['IN_PERSON', 'PHONE'],
    status: 'CLOSED',
    closedReason: 'MATCH_ENDED',
    // Matched a few weeks after asking, so the capacity view does not count them as waiting all along.
    matchedAt: new Date(baselineAt.getTime() + (14 + (index % 3) * 7) * DAY_MS),
    statusChangedAt: new Date(now.getTime() - 20 * DAY_MS),
    createdAt: baselineAt,
    createdBy: sam,
  });
  const vary = variation(index + 1);
  const answered = (occasion: 'BASELINE' | 'FOLLOW_UP', at: Date, dueOn: string, fields: Partial<CheckIn>) =>
    em.create(CheckIn, { scheme, seeker, occasion, dueOn, status: 'COMPLETED', completedAt: at, recordedBy: sam, onBehalf: true, createdAt: at, ...fields });

  answered('BASELINE', baselineAt, londonDate(baselineAt), { request, responses: scoreResponses(answersAt(person.level[0], person.ons[0], vary)) });
  const baselineOn = londonDate(baselineAt);
  const threeMonthsOn = addMonths(baselineOn, 3);
  const threeMonthsAt = new Date(Date.parse(`${threeMonthsOn}T11:00:00Z`) + (index % 6) * DAY_MS);
  answered('FOLLOW_UP', threeMonthsAt, threeMonthsOn, { monthsAfterBaseline: 3, responses: scoreResponses(answersAt(person.level[1], person.ons[1], vary, person.skipped)) });

  const sixMonthsOn = addMonths(baselineOn, 6);
  if (person.sixMonths === 'COMPLETED') {
    const at = new Date(Date.parse(`${sixMonthsOn}T11:00:00Z`) + (index % 4) * DAY_MS);
    answered('FOLLOW_UP', at, sixMonthsOn, { monthsAfterBaseline: 6, responses: scoreResponses(answersAt(person.level[2], person.ons[2], vary)) });
  } else {
    const status = person.sixMonths === 'NOT_YET' ? 'DUE' : person.sixMonths;
    em.create(CheckIn, { scheme, seeker, occasion: 'FOLLOW_UP', monthsAfterBaseline: 6, dueOn: sixMonthsOn, status, ...(status === 'DECLINED' ? { recordedBy: sam, onBehalf: true } : {}), createdAt: baselineAt });
  }
}

/** Which way is better for each instrument's answers (ONS4 anxiety the other way to its siblings). */
const LOWER_IS_BETTER = new Set<string>(['UCLA3', 'ONS_LONELINESS', 'CEL', 'ONS4.ANXIETY']);

/** A small, repeatable nudge (−1, 0 or +1 step) for each question of each person. */
function variation(seed: number): (question: number) => number {
  return (question) => ((seed * 7 + question * 13) % 3) - 1;
}

/** Answers to every question for someone at `level` (0 = doing well, 1 = finding it hard), with their ONS answer. */
function answersAt(level: number, ons: number, vary: (question: number) => number, skipped?: string): ResponseInput[] {
  let question = 0;
  return INSTRUMENT_IDS.map((instrument: InstrumentId) => ({
    instrument,
    answers: INSTRUMENTS[instrument].items.map((item) => {
      question += 1;
      if (item.id === skipped) return { item: item.id, value: null };
      if (instrument === 'ONS_LONELINESS') return { item: item.id, value: ons };
      const values = item.options.map((o) => o.value).sort((a, b) => a - b);
      const best = LOWER_IS_BETTER.has(instrument) || LOWER_IS_BETTER.has(`${instrument}.${item.id}`) ? values : [...values].reverse();
      const step = Math.round(level * (best.length - 1)) + vary(question);
      return { item: item.id, value: best[Math.max(0, Math.min(best.length - 1, step))]! };
    }),
  }));
}
