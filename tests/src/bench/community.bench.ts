/**
 * Community builders' figures, in process: the gap analysis and "what would help most" on 10,000
 * waiting requests and 50,000 volunteers (the issue's aim: both in under 2 s), with the index build
 * beside them, and the obvious way (checkPair against every volunteer) on a sample for the speed-up.
 * Wall-clock on whatever else the machine is doing: read them as orders of magnitude.
 */
import { it } from 'vitest';
import {
  analyseGaps,
  checkPair,
  seededRandom,
  suggestRecruits,
  syntheticSeekers,
  syntheticVolunteers,
  VolunteerIndex,
  type Coordinates,
  type GapRequest,
  type MatchRequest,
  type MatchVolunteer,
} from '@kindred/shared';
import { CENTRE, engineRequest, engineVolunteer, NOW } from './population.ts';
import { ms, table } from './report.ts';

const AIM_MS = 2_000;
const byNumber = (a: string, b: string) => Number(a.slice(1)) - Number(b.slice(1));
const DISTRICT_KM = 4;
const DAY_MS = 24 * 3_600_000;
const cosLat = Math.cos((CENTRE.latitude * Math.PI) / 180);

/** Made-up postcode districts: a 4 km grid, like outward codes, and their centres. */
function district(c: Coordinates): string {
  const row = Math.floor(((c.latitude - CENTRE.latitude) * 111.2) / DISTRICT_KM) + 20;
  const col = Math.floor(((c.longitude - CENTRE.longitude) * 111.2 * cosLat) / DISTRICT_KM) + 20;
  return `K${row * 40 + col}`;
}
function centreOf(area: string): Coordinates {
  const n = Number(area.slice(1));
  const row = Math.floor(n / 40) - 20 + 0.5;
  const col = (n % 40) - 20 + 0.5;
  return { latitude: CENTRE.latitude + (row * DISTRICT_KM) / 111.2, longitude: CENTRE.longitude + (col * DISTRICT_KM) / (111.2 * cosLat) };
}

/**
 * A scheme of 50,000 volunteers around Hebden Bridge, some full, paused or awaiting approval, few
 * of whom sign BSL or text, and 10,000 people waiting over a wider area (so the edges are thin): a
 * sixth want a companion to a first session, some are free only in the evening, people who need
 * text contact ask for texts or letters, and BSL users do not ask for phone calls.
 */
function scheme(seed: number, volunteerCount: number, requestCount: number) {
  const random = seededRandom(seed);
  const volunteers: MatchVolunteer[] = syntheticVolunteers({ seed, count: volunteerCount, centre: CENTRE, spreadKm: 25 }).map((v, i) => ({
    ...engineVolunteer(v, `v${i}`),
    approved: !random.chance(0.05),
    paused: random.chance(0.03),
    liveMatches: random.chance(0.3) ? v.capacity : 0,
    skills: v.skills.filter((s) => s !== 'SIGNS_BSL' || random.chance(0.2)),
    contactModes: v.contactModes.filter((m) => m !== 'TEXT' || random.chance(0.3)),
  }));
  const evenings = [...Array(7).keys()].map((day) => 1 << (day * 3 + 2));
  const requests: GapRequest[] = syntheticSeekers({ seed: seed + 1, count: requestCount, centre: CENTRE, spreadKm: 32, now: NOW }).map((s, i) => {
    const base = engineRequest(s, `r${i}`);
    let modes = s.contactModes;
    if (s.accessNeeds.includes('TEXT_CONTACT')) modes = random.chance(0.5) ? ['TEXT'] : ['TEXT', 'LETTER'];
    else if (s.accessNeeds.includes('BSL')) modes = modes.filter((m) => m !== 'PHONE');
    if (modes.length === 0) modes = ['IN_PERSON'];
    const companion = random.chance(1 / 6);
    const request: MatchRequest = {
      ...base,
      contactModes: companion && !modes.includes('IN_PERSON') ? [...modes, 'IN_PERSON'] : modes,
      availabilityMask: random.chance(0.05) ? random.sample(evenings, random.int(1, 3)).reduce((a, b) => a | b, 0) : s.availabilityMask,
      ...(companion
        ? {
            kind: 'FIRST_SESSION_COMPANION' as const,
            session: {
              startsAt: new Date(NOW.getTime() + random.int(1, 14) * DAY_MS + random.int(-2, 9) * 3_600_000),
              venue: { latitude: s.location.latitude + random.int(-20, 20) / 1000, longitude: s.location.longitude + random.int(-30, 30) / 1000 },
              venueFeatures: [],
            },
          }
        : {}),
    };
    if (random.chance(0.1)) request.excludedVolunteerIds = new Set([0, 1, 2].map(() => `v${random.int(0, volunteerCount - 1)}`));
    return { request, area: district(s.location) };
  });
  const areaCentres = new Map([...new Set(requests.map((r) => r.area!))].map((a) => [a, centreOf(a)]));
  return { volunteers, requests, areaCentres };
}

/** The obvious way: every request against every volunteer, as checkPair alone would; the ids of those with a gap. */
function bruteForce(requests: readonly GapRequest[], volunteers: readonly MatchVolunteer[]): string[] {
  return requests.flatMap(({ request }) => {
    let feasible = 0;
    for (const v of volunteers) if (checkPair(request, v, NOW).ok) feasible++;
    return feasible < 3 ? [request.id] : [];
  });
}

type Timing<T> = { result: T; ms: number; cpuMs: number };

/** Wall-clock and this process's CPU time: the machine is shared, so CPU time says more about the code. */
function timed<T>(run: () => T): Timing<T> {
  const cpu = process.cpuUsage();
  const at = performance.now();
  const result = run();
  const used = process.cpuUsage(cpu);
  return { result, ms: performance.now() - at, cpuMs: (used.user + used.system) / 1000 };
}

/** The median of three runs (by wall-clock), after one to warm up; `before` runs untimed ahead of each. */
function median3<T>(run: () => T, before: () => void = () => {}): Timing<T> {
  before();
  run();
  const runs = [0, 1, 2].map(() => {
    before();
    return timed(run);
  });
  return runs.sort((a, b) => a.ms - b.ms)[1]!;
}

it('gap analysis and what would help most: 10,000 waiting × 50,000 volunteers', () => {
  const { volunteers, requests, areaCentres } = scheme(41, 50_000, 10_000);
  const build = median3(() => new VolunteerIndex(volunteers));
  const index = build.result;
  // A change to the index, so each analysis builds its gap columns afresh as after a real change.
  const touch = () => index.upsert(index.all()[0]!);
  const gaps = median3(() => analyseGaps(requests, index, NOW), touch);
  // As the server runs it: straight after the analysis, sharing its columns.
  const help = median3(() => suggestRecruits(gaps.result, requests, index, { now: NOW, areaCentres }));
  const both = median3(() => suggestRecruits(analyseGaps(requests, index, NOW), requests, index, { now: NOW, areaCentres }), touch);
  const rate = (n: number, t: number) => `${Math.round((n / t) * 1000).toLocaleString('en-GB')}/s`;
  const aim = (t: Timing<unknown>) => `${((t.ms / AIM_MS) * 100).toFixed(1)}%`;
  table('Community gaps in process (median of 3 after a warm-up)', [
    { step: 'VolunteerIndex build (50,000)', wall: ms(build.ms), cpu: ms(build.cpuMs), 'requests/s': '', 'of the 2 s aim': '' },
    { step: 'analyseGaps (10,000 waiting)', wall: ms(gaps.ms), cpu: ms(gaps.cpuMs), 'requests/s': rate(requests.length, gaps.ms), 'of the 2 s aim': aim(gaps) },
    { step: 'suggestRecruits', wall: ms(help.ms), cpu: ms(help.cpuMs), 'requests/s': rate(gaps.result.none, help.ms), 'of the 2 s aim': aim(help) },
    { step: 'analyseGaps + suggestRecruits', wall: ms(both.ms), cpu: ms(both.cpuMs), 'requests/s': rate(requests.length, both.ms), 'of the 2 s aim': aim(both) },
  ]);
  table('What the analysis found', [
    {
      waiting: gaps.result.waiting,
      none: gaps.result.none,
      few: gaps.result.few,
      areas: gaps.result.byArea.length,
      'blocker groups': gaps.result.byBlocker.length,
      suggestions: help.result.length,
      'people the suggestions unblock': help.result.reduce((n, s) => n + s.addsToAbove, 0),
      'aim / measured (both)': `${(AIM_MS / both.ms).toFixed(1)}×`,
    },
  ]);
  table('Top blockers', gaps.result.byBlocker.slice(0, 8).map((g) => ({ blocker: g.key, people: g.people, none: g.none, few: g.few, 'median wait (days)': g.medianWaitDays })));
  table('Top suggestions', help.result.slice(0, 5).map((s) => ({ text: s.text, adds: s.addsToAbove })));

  // The obvious way on a sample, scaled up.
  const sample = requests.filter((_, i) => i % 200 === 0);
  const slow = timed(() => bruteForce(sample, volunteers));
  const fastSample = median3(() => analyseGaps(sample, index, NOW), touch);
  const allSlow = (slow.ms / sample.length) * requests.length;
  table('Against checking every volunteer (brute force on every 200th request, scaled to all)', [
    {
      sample: sample.length,
      'brute force': ms(slow.ms),
      'brute force, all 10,000 (est.)': ms(allSlow),
      'analyseGaps, same sample': ms(fastSample.ms),
      'analyseGaps, all': ms(gaps.ms),
      'speed-up (all)': `${(allSlow / gaps.ms).toFixed(0)}×`,
      'same gaps in sample': String(slow.result.join() === fastSample.result.requests.map((g) => g.requestId).sort(byNumber).join()),
    },
  ]);
});
