import type { InterestId } from '../vocabulary/index.js';
import type { PairCheck } from './constraints.js';
import type { MatchRequest, MatchVolunteer } from './types.js';

/** How much each part of a good match counts. Each scheme can tune these; only their ratios matter. */
export type ScoreWeights = {
  interests: number;
  distance: number;
  availability: number;
  preferences: number;
  load: number;
  waiting: number;
};

export const DEFAULT_WEIGHTS: ScoreWeights = { interests: 30, distance: 20, availability: 20, preferences: 10, load: 10, waiting: 10 };

/** The best possible fit; fits are whole numbers from 0 to this. */
export const MAX_FIT = 1000;

export type ScoreParts = { [K in keyof ScoreWeights]: number };
export type Score = { fit: number; parts: ScoreParts };

/** How rare each interest is among volunteers: sharing a rare interest says more than sharing a common one. */
export type InterestRarity = ReadonlyMap<InterestId, number>;

export function interestRarity(volunteers: ReadonlyArray<Pick<MatchVolunteer, 'interests'>>): InterestRarity {
  const counts = new Map<InterestId, number>();
  for (const v of volunteers) for (const i of v.interests) counts.set(i, (counts.get(i) ?? 0) + 1);
  const total = volunteers.length;
  return new Map([...counts].map(([interest, count]) => [interest, Math.log(1 + total / count)]));
}

const rarityOf = (rarity: InterestRarity, interest: InterestId) => rarity.get(interest) ?? Math.log(2);
const WEEK_MS = 7 * 24 * 3_600_000;
/** Waiting counts for half at 8 weeks and approaches full weight after months. */
const HALF_WEIGHT_WEEKS = 8;

/**
 * The fit of a pair that passed every hard constraint, from 0 to MAX_FIT, with each part (0 to 1)
 * kept for explanations and tuning.
 */
export function scorePair(
  request: MatchRequest,
  volunteer: MatchVolunteer,
  check: Extract<PairCheck, { ok: true }>,
  options: { rarity: InterestRarity; now: Date; weights?: ScoreWeights },
): Score {
  const weights = options.weights ?? DEFAULT_WEIGHTS;
  const shared = request.interests.filter((i) => volunteer.interests.includes(i));
  const possible = request.interests.reduce((sum, i) => sum + rarityOf(options.rarity, i), 0);
  const interests = possible === 0 ? 0 : shared.reduce((sum, i) => sum + rarityOf(options.rarity, i), 0) / possible;

  const inPerson = check.modes.includes('IN_PERSON');
  const reach = Math.min(request.travelRadiusKm, volunteer.travelRadiusKm);
  const distance = inPerson && check.distanceKm !== null && reach > 0 ? Math.max(0, 1 - check.distanceKm / reach) : 0.5;

  const wanted = Math.min(popcount(request.availabilityMask), popcount(volunteer.availabilityMask));
  const availability = wanted === 0 ? 0.5 : Math.min(1, check.sharedAvailability / Math.min(wanted, 3));

  const preferences =
    request.preferredLanguages.length === 0 ? 1 : request.preferredLanguages.some((l) => volunteer.languages.includes(l)) ? 1 : 0;

  const load = volunteer.capacity > 0 ? (volunteer.capacity - volunteer.liveMatches) / volunteer.capacity : 0;

  const weeks = Math.max(0, (options.now.getTime() - request.waitingSince.getTime()) / WEEK_MS);
  const waiting = weeks / (weeks + HALF_WEIGHT_WEEKS);

  const parts: ScoreParts = { interests, distance, availability, preferences, load, waiting };
  const totalWeight = Object.values(weights).reduce((a, b) => a + b, 0);
  const weighted = (Object.keys(parts) as Array<keyof ScoreWeights>).reduce((sum, k) => sum + weights[k] * parts[k], 0);
  return { fit: totalWeight === 0 ? 0 : Math.round((MAX_FIT * weighted) / totalWeight), parts };
}

function popcount(mask: number): number {
  let n = 0;
  for (let m = mask >>> 0; m; m &= m - 1) n++;
  return n;
}
