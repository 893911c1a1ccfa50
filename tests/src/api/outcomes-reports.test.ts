/**
 * The outcome report through GraphQL, on check-ins recorded by phone with the check-in engineer's
 * mutations: who is in the period (both ends included, in London time), the paired change with its
 * interval worked out by hand, the 6-month follow-up, one district, other schemes kept out, bad input,
 * and nothing about any one person in the answer. Also the CSV download at /reports/outcomes.csv.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appoint, buildCast, type Cast } from '../support/actors.ts';
import { expectFieldProblem } from '../support/assertions.ts';
import { createScheme, type SignedIn } from '../support/factories.ts';
import { startTestKindred } from '../support/kindred.ts';
import { OUTCOME_REPORT, changeOf, outcomeReport, personWithCheckIns, type OutcomeReport, type PersonPlan } from './outcomes-reports-support.ts';

const kindred = await startTestKindred();
let cast: Cast;
let formulaSchemeWorker: SignedIn;
let formulaSchemeId: string;
const seekerIds: string[] = [];
const PERIOD = { from: '2025-01-01', to: '2025-06-30' };
const IN_PERIOD = '2025-03-15T10:00:00Z';

// UCLA 3-item totals at the baseline, after 3 months and after 6 months (HX7; the sixth person has no 6-month follow-up).
const HX7 = [
  [9, 7, 6],
  [8, 6, 6],
  [7, 7, 6],
  [9, 5, 5],
  [6, 5, 5],
  [8, 7, null],
] as const;

const plans = (): PersonPlan[] => [
  ...HX7.map(([before, three, six], i) => ({
    name: `Hebden Person ${i + 1}`,
    postcode: `HX7 8A${'ABDEFG'[i]}`,
    baselineAt: IN_PERIOD,
    baseline: { ucla: before },
    followUps: { 3: { ucla: three }, ...(six === null ? {} : { 6: { ucla: six } }) },
  })),
  // Set the 3-month follow-up aside: measured at the start only.
  { name: 'Hebden Person 7', postcode: 'HX7 8AH', baselineAt: IN_PERIOD, declined: [3] },
  ...Array.from({ length: 5 }, (_, i) => ({
    name: `Halifax Person ${i + 1}`,
    postcode: `HX1 1A${'ABDEF'[i]}`,
    baselineAt: IN_PERIOD,
    baseline: { ucla: 8 },
    followUps: { 3: { ucla: 6 } },
  })),
  // The ends of the period, in London time: 1 January is GMT, 30 June is BST (UTC+1).
  { name: 'First Minute', postcode: 'HX2 0AA', baselineAt: '2025-01-01T00:00:00Z' },
  { name: 'Last Minute', postcode: 'HX2 0AB', baselineAt: '2025-06-30T22:59:59Z' },
  { name: 'Too Early', postcode: 'HX2 0AD', baselineAt: '2024-12-31T23:59:59Z', followUps: { 3: { ucla: 3 } } },
  { name: 'Too Late', postcode: 'HX2 0AE', baselineAt: '2025-06-30T23:00:00Z', followUps: { 3: { ucla: 3 } } },
];

beforeAll(async () => {
  cast = await buildCast(kindred);
  for (const plan of plans()) seekerIds.push(await personWithCheckIns(kindred, cast.linkWorker.client, cast.scheme.id, plan));
  // Another scheme, whose name a spreadsheet would run as a formula, with five people of its own in the same period.
  const scheme = await createScheme(kindred, '=HYPERLINK("http://example.org","Open")');
  formulaSchemeId = scheme.id;
  formulaSchemeWorker = await appoint(kindred, 'LINK_WORKER', scheme, 'Fran Formula');
  for (let i = 0; i < 5; i++) {
    seekerIds.push(
      await personWithCheckIns(kindred, formulaSchemeWorker.client, scheme.id, {
        name: `Elsewhere Person ${i + 1}`,
        postcode: 'HX7 9ZZ',
        baselineAt: IN_PERIOD,
        baseline: { ucla: 3 },
        followUps: { 3: { ucla: 9 } },
      }),
    );
  }
}, 240_000);
afterAll(() => kindred.close());

describe('the people in the report', () => {
  let report: OutcomeReport;
  beforeAll(async () => {
    report = await outcomeReport(cast.communityBuilder.client, { schemeId: cast.scheme.id, ...PERIOD });
  });

  it('are those whose baseline was completed in the period, both ends included, in London time', () => {
    // 7 in HX7, 5 in HX1, and the two at the very ends; not the two just outside, nor the other scheme's 5.
    expect(report.measuredAtBaseline).toBe(14);
    expect(report).toMatchObject({ schemeId: cast.scheme.id, area: null, from: PERIOD.from, to: PERIOD.to, followUp: 3 });
  });

  it('with the follow-up 3 months on, if they answered it (not if they set it aside)', () => {
    expect(report.measuredAtFollowUp).toBe(11);
  });

  it('gives the paired UCLA change with its 95% confidence interval', () => {
    // Changes: −2, −2, 0, −4, −1, −1 (HX7) and −2 × 5 (HX1): n 11, sum −20, mean −1.818.
    // Squares about the mean 9.636; sd √(9.636/10) = 0.9816; se 0.9816/√11 = 0.2960; t(0.975, 10) = 2.228;
    // half-width 0.6595: CI −2.478 to −1.159. Before 87/11 = 7.909, after 67/11 = 6.091.
    const ucla = changeOf(report, 'UCLA3');
    expect(ucla).toMatchObject({ measure: 'UCLA3', label: 'UCLA 3-item loneliness score (3 to 9)', n: 11, suppressed: false, betterWhen: 'lower' });
    expect(ucla.meanBefore).toBeCloseTo(7.909, 3);
    expect(ucla.meanAfter).toBeCloseTo(6.091, 3);
    expect(ucla.meanChange).toBeCloseTo(-1.818, 3);
    expect(ucla.ciLow).toBeCloseTo(-2.478, 3);
    expect(ucla.ciHigh).toBeCloseTo(-1.159, 3);
  });

  it('gives every measure, and no change where nothing changed', () => {
    expect(report.changes.map((c) => c.measure)).toEqual([
      'ONS_LONELINESS',
      'UCLA3',
      'CEL',
      'SWEMWBS',
      'ONS4_LIFE_SATISFACTION',
      'ONS4_WORTHWHILE',
      'ONS4_HAPPINESS',
      'ONS4_ANXIETY',
    ]);
    // Everything but UCLA was answered the same both times.
    expect(changeOf(report, 'SWEMWBS')).toMatchObject({ n: 11, meanChange: 0, ciLow: 0, ciHigh: 0, betterWhen: 'higher' });
    // 11 had no meaningful SWEMWBS change and 0 improved or got worse: showing the 11 would tell that nobody
    // improved (0 + 0 = 11 − 11), so all three are withheld.
    expect([report.swemwbsImproved, report.swemwbsNoChange, report.swemwbsWorse]).toEqual([null, null, null]);
    // Nobody was chronically lonely (ONS 3 both times): the counts under 5 are withheld.
    expect(report.chronic).toEqual({
      baselineN: 14,
      followUpN: 11,
      chronicAtBaseline: null,
      chronicAtFollowUp: null,
      movedOut: null,
      movedIn: null,
      suppressed: true,
    });
  });

  it('by district: HX1 and HX7 with 5 or more each, and no other row as nobody else was followed up', () => {
    expect(report.byArea.map((a) => [a.area, a.measuredAtFollowUp])).toEqual([
      ['HX1', 5],
      ['HX7', 6],
    ]);
    const [hx1, hx7] = report.byArea.map((a) => a.changes.find((c) => c.measure === 'UCLA3')!.meanChange!);
    expect(hx1).toBe(-2);
    expect(hx7).toBeCloseTo(-10 / 6, 10);
  });

  it('names no one, and gives no one’s id or postcode', async () => {
    const text = JSON.stringify(report);
    for (const id of seekerIds) expect(text).not.toContain(id);
    for (const plan of plans()) {
      expect(text).not.toContain(plan.name);
      expect(text).not.toContain(plan.postcode);
    }
  });
});

describe('choosing what to compare', () => {
  it('compares the 6-month follow-up when asked', async () => {
    // Changes −3, −2, −1, −4, −1: mean −2.2; squares about it 6.8; sd √(6.8/4) = 1.3038; se 0.5831;
    // t(0.975, 4) = 2.776; half-width 1.619: CI −3.819 to −0.581.
    const report = await outcomeReport(cast.linkWorker.client, { schemeId: cast.scheme.id, ...PERIOD, followUp: 6 });
    expect(report.followUp).toBe(6);
    expect(report.measuredAtBaseline).toBe(14);
    expect(report.measuredAtFollowUp).toBe(5);
    const ucla = changeOf(report, 'UCLA3');
    expect(ucla).toMatchObject({ n: 5, meanBefore: 7.8, meanAfter: 5.6 });
    expect(ucla.meanChange).toBeCloseTo(-2.2, 10);
    expect(ucla.ciLow).toBeCloseTo(-3.819, 3);
    expect(ucla.ciHigh).toBeCloseTo(-0.581, 3);
  });

  it('gives one district when asked, however it is typed', async () => {
    const report = await outcomeReport(cast.communityBuilder.client, { schemeId: cast.scheme.id, ...PERIOD, area: ' hx1 ' });
    expect(report.area).toBe('HX1');
    expect(report.measuredAtBaseline).toBe(5);
    expect(report.measuredAtFollowUp).toBe(5);
    expect(changeOf(report, 'UCLA3')).toMatchObject({ n: 5, meanChange: -2, ciLow: -2, ciHigh: -2 });
    expect(report.byArea.map((a) => a.area)).toEqual(['HX1']);
  });

  it('withholds everything for a district with fewer than 5 people', async () => {
    const report = await outcomeReport(cast.communityBuilder.client, { schemeId: cast.scheme.id, ...PERIOD, area: 'HX2' });
    expect(report.measuredAtBaseline).toBeNull();
    expect(report.measuredAtFollowUp).toBeNull();
    expect(report.changes.every((c) => c.suppressed && c.n === null && c.meanChange === null && c.ciLow === null)).toBe(true);
    expect(report.byArea).toEqual([]);
  });

  it('moves the period’s ends: a day later, the first minute is out and the late one in', async () => {
    const report = await outcomeReport(cast.communityBuilder.client, { schemeId: cast.scheme.id, from: '2025-01-02', to: '2025-07-01' });
    // Out: First Minute (1 January). In: Too Late (1 July, 00:00 London).
    expect(report.measuredAtBaseline).toBe(14);
    expect(report.measuredAtFollowUp).toBe(12);
  });

  it('keeps each scheme’s people to itself', async () => {
    const report = await outcomeReport(formulaSchemeWorker.client, { schemeId: formulaSchemeId, ...PERIOD });
    expect(report.measuredAtBaseline).toBe(5);
    expect(changeOf(report, 'UCLA3')).toMatchObject({ n: 5, meanChange: 6 });
  });
});

describe('bad input', () => {
  const ask = (variables: Record<string, unknown>) =>
    cast.communityBuilder.client.graphql(OUTCOME_REPORT, { schemeId: cast.scheme.id, ...PERIOD, ...variables });

  it.each([
    ['from', { from: '2025-02-30' }],
    ['from', { from: '1 January 2025' }],
    ['to', { to: '' }],
    ['to', { from: '2025-06-30', to: '2025-06-29' }],
    ['to', { from: '2020-01-01', to: '2025-01-02' }],
    ['area', { area: 'HX7 8AF' }],
    ['area', { area: '=1+1' }],
    ['followUp', { followUp: 0 }],
    ['followUp', { followUp: 25 }],
  ])('names %s when it is wrong (%j)', async (field, variables) => {
    const message = expectFieldProblem(await ask(variables), field);
    expect(message).not.toMatch(/undefined|null|NaN/);
  });

  it('takes a period of exactly 5 years, and a day that is both start and end', async () => {
    // Everyone but Too Late (1 July), Too Early included.
    expect((await outcomeReport(cast.communityBuilder.client, { schemeId: cast.scheme.id, from: '2020-06-30', to: '2025-06-30' })).measuredAtBaseline).toBe(15);
    expect((await outcomeReport(cast.communityBuilder.client, { schemeId: cast.scheme.id, from: '2025-03-15', to: '2025-03-15' })).measuredAtBaseline).toBe(12);
  });
});

describe('the CSV download', () => {
  const path = (schemeId: string, extra = '') => `/reports/outcomes.csv?scheme=${schemeId}&from=${PERIOD.from}&to=${PERIOD.to}${extra}`;

  it('gives the report as a CSV attachment to the scheme’s staff', async () => {
    const response = await cast.communityBuilder.client.fetch(path(cast.scheme.id));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="outcomes-2025-01-01-to-2025-06-30-3-months.csv"');
    expect(response.headers.get('cache-control')).toBe('no-store');
    const text = await response.text();
    expect(text).toContain('"People measured at baseline",14\r\n');
    expect(text).toContain('"UCLA 3-item loneliness score (3 to 9)",11,7.91,6.09,-1.82,-2.48,-1.16,"lower is better"\r\n');
    expect(text).toContain('"Moved out of chronic loneliness","not shown"\r\n');
    expect(text).toContain('"HX1",5,"UCLA 3-item loneliness score (3 to 9)",5,8,6,-2,-2,-2,"lower is better"\r\n');
    for (const plan of plans()) expect(text).not.toContain(plan.name);
  });

  it('follows the follow-up and district asked for', async () => {
    const response = await cast.linkWorker.client.fetch(path(cast.scheme.id, '&followUp=6&area=hx7'));
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="outcomes-2025-01-01-to-2025-06-30-HX7-6-months.csv"');
    expect(await response.text()).toContain('"UCLA 3-item loneliness score (3 to 9)",5,7.8,5.6,-2.2,-3.82,-0.58,"lower is better"\r\n');
  });

  it('defuses a scheme name a spreadsheet would run as a formula', async () => {
    const bytes = await (await formulaSchemeWorker.client.fetch(path(formulaSchemeId))).arrayBuffer();
    // Kept byte for byte, with the byte-order mark that tells spreadsheets it is UTF-8.
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(text.startsWith('\uFEFF"Outcome report","\'=HYPERLINK(""http://example.org"",""Open"")"\r\n')).toBe(true);
  });

  it('asks people who are not signed in to sign in, and tells anyone else it does not exist', async () => {
    expect((await cast.nobody.fetch(path(cast.scheme.id))).status).toBe(401);
    for (const who of [cast.seeker, cast.volunteer, cast.otherSchemeLinkWorker, formulaSchemeWorker]) {
      const response = await who.client.fetch(path(cast.scheme.id));
      expect(response.status).toBe(404);
      expect(await response.text()).toBe('Not found');
    }
    expect((await cast.communityBuilder.client.fetch(path('not-an-id'))).status).toBe(404);
  });

  it('says what is wrong with the address, in words', async () => {
    const response = await cast.communityBuilder.client.fetch(path(cast.scheme.id, '&followUp=0').replace('to=2025-06-30', 'to=2024-01-01'));
    expect(response.status).toBe(400);
    const text = await response.text();
    expect(text).toContain('The end of the period must be the same as or after its start');
    expect(text).toContain('Choose a follow-up from 1 to 24 months after the start');
  });
});
