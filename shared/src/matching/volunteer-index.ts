import { distanceKm } from '../place.js';
import { accessNeed, requiredSkills } from '../vocabulary/access-needs.js';
import { SLOT_COUNT } from '../vocabulary/availability.js';
import type { ContactMode } from '../vocabulary/contact.js';
import type { InterestId } from '../vocabulary/interests.js';
import { words } from './bitset.js';
import { checkPair, type PairCheck } from './constraints.js';
import { explainPair, type Reason } from './explain.js';
import { DEFAULT_WEIGHTS, MAX_FIT, scorePair, type Score, type ScoreWeights } from './score.js';
import type { MatchRequest, MatchVolunteer } from './types.js';
import { INTEREST_INDEX, INTEREST_WORDS, VolunteerColumns } from './volunteer-columns.js';

export type Suggestion = { volunteer: MatchVolunteer; fit: number; score: Score; modes: ContactMode[]; distanceKm: number | null };
type Fits = Extract<PairCheck, { ok: true }>;

const LIVE_MODES: readonly ContactMode[] = ['IN_PERSON', 'PHONE', 'VIDEO'];
const WEEK_MS = 7 * 24 * 3_600_000;

/**
 * A scheme's volunteers held in memory for matching at speed. Bitsets answer the cheap necessary
 * conditions for everyone at once (ready, offers the support, shares a language, and some way of
 * keeping in touch with the skills the person's needs call for and live time where it is needed);
 * the few left are ordered by an upper bound on their fit and checked best-first. The full hard
 * constraints and score stay the only judges, so the shortcuts save time and never change answers.
 */
export class VolunteerIndex {
  private readonly columns = new VolunteerColumns();
  private interestCounts = new Map<InterestId, number>();
  private rarityCache: Map<InterestId, number> | null = null;
  private changes = 0;
  // Scratch space reused across searches.
  private candidates = new Int32Array(1);
  private way = new Int32Array(1);
  private term = new Int32Array(1);
  private otherWays = new Int32Array(1);
  private inPerson = new Int32Array(1);
  private survivors = new Int32Array(1);
  private bounds = new Int32Array(1);

  constructor(volunteers: readonly MatchVolunteer[] = []) {
    for (const v of volunteers) this.upsert(v);
  }

  get size(): number {
    return this.columns.count;
  }

  /** Goes up with every change to the volunteers, so work derived from them can be kept until then. */
  get version(): number {
    return this.changes;
  }

  /** Adds or replaces one volunteer, as their record changes. */
  upsert(volunteer: MatchVolunteer): void {
    this.changes++;
    const existing = this.columns.position.get(volunteer.id);
    if (existing !== undefined) this.countInterests(this.columns.volunteers[existing]!, -1);
    this.columns.write(existing ?? this.columns.count, volunteer);
    this.countInterests(volunteer, +1);
  }

  remove(id: string): void {
    const i = this.columns.position.get(id);
    if (i === undefined) return;
    this.changes++;
    this.countInterests(this.columns.volunteers[i]!, -1);
    this.columns.removeAt(i);
  }

  get(id: string): MatchVolunteer | undefined {
    const i = this.columns.position.get(id);
    return i === undefined ? undefined : this.columns.volunteers[i];
  }

  all(): readonly MatchVolunteer[] {
    return this.columns.volunteers;
  }

  /** Where a volunteer is in all(), or undefined when not here. */
  positionOf(id: string): number | undefined {
    return this.columns.position.get(id);
  }

  /** How rare each interest is among these volunteers, kept up to date as they change. */
  rarity(): ReadonlyMap<InterestId, number> {
    if (!this.rarityCache) {
      const total = this.columns.count;
      this.rarityCache = new Map([...this.interestCounts].filter(([, n]) => n > 0).map(([i, n]) => [i, Math.log(1 + total / n)]));
    }
    return this.rarityCache;
  }

  /** The best volunteers for one request, best first, each passing every hard constraint. */
  suggest(request: MatchRequest, options: { limit: number; now: Date; weights?: ScoreWeights }): Suggestion[] {
    const weights = options.weights ?? DEFAULT_WEIGHTS;
    const bound = this.fitBound(request, options.now, weights);
    const { count, sharing } = this.collectCandidates(request, options.now);
    const best: Suggestion[] = [];
    const cut = () => (best.length === options.limit ? best.at(-1)!.fit : -1);
    const consider = (from: number, to: number) => {
      const { survivors, bounds } = this;
      for (let k = from; k < to; k++) bounds[k] = bound(survivors[k]!, false);
      // Most promising first: stop once nobody left could beat the last of the best.
      for (const k of bucketOrder(bounds, from, to)) {
        if (bounds[k]! <= cut()) break;
        const i = survivors[k]!;
        // A closer look (with the real distance) before the full check.
        if (bound(i, true) <= cut()) continue;
        const volunteer = this.columns.volunteers[i]!;
        const check = checkPair(request, volunteer, options.now);
        if (!check.ok) continue;
        const score = scorePair(request, volunteer, check, { rarity: this.rarity(), now: options.now, weights });
        if (score.fit <= cut()) continue;
        const at = best.findIndex((s) => s.fit < score.fit);
        best.splice(at === -1 ? best.length : at, 0, { volunteer, fit: score.fit, score, modes: check.modes, distanceKm: check.distanceKm });
        if (best.length > options.limit) best.pop();
      }
    };
    // Those who share an interest first; the rest only if even their best could still make the list.
    consider(0, sharing);
    if (cut() < this.boundWithoutInterests(request, options.now, weights)) consider(sharing, count);
    return best;
  }

  /** The best fit any volunteer sharing none of the person's interests could have. */
  private boundWithoutInterests(request: MatchRequest, now: Date, weights: ScoreWeights): number {
    const total = Object.values(weights).reduce((a, b) => a + b, 0) || 1;
    const weeks = Math.max(0, (now.getTime() - request.waitingSince.getTime()) / WEEK_MS);
    const rest = weights.distance + weights.availability + weights.preferences + weights.load + (weights.waiting * weeks) / (weeks + 8);
    // With no interests asked for, sharing none costs nothing, so nobody may be skipped.
    return request.interests.length === 0 ? Infinity : Math.ceil((MAX_FIT * rest) / total);
  }

  /** Explains one suggestion in words. */
  explain(request: MatchRequest, volunteer: MatchVolunteer, now: Date): Reason[] {
    const check = checkPair(request, volunteer, now);
    return check.ok ? explainPair(request, volunteer, check, { rarity: this.rarity(), now }) : [];
  }

  /** Calls `visit` for every volunteer who passes every hard constraint. */
  eachFeasible(request: MatchRequest, now: Date, visit: (volunteer: MatchVolunteer, check: Fits) => void): void {
    const { count } = this.collectCandidates(request, now);
    for (const i of this.survivors.slice(0, count)) {
      const volunteer = this.columns.volunteers[i]!;
      const check = checkPair(request, volunteer, now);
      if (check.ok) visit(volunteer, check);
    }
  }

  /**
   * Puts in `survivors` the positions of the volunteers who pass the cheap necessary conditions,
   * found with bitsets: first those who share an interest with the person, then the rest.
   */
  private collectCandidates(request: MatchRequest, now: Date): { count: number; sharing: number } {
    const c = this.columns;
    const length = c.wordCount;
    if (this.candidates.length < length) {
      this.candidates = new Int32Array(length);
      this.way = new Int32Array(length);
      this.term = new Int32Array(length);
      this.otherWays = new Int32Array(length);
      this.inPerson = new Int32Array(length);
    }
    if (this.survivors.length < c.count) {
      this.survivors = new Int32Array(c.count);
      this.bounds = new Int32Array(c.count);
    }
    const { candidates, way, term, otherWays, inPerson, survivors } = this;
    const offers = c.offers.get(request.kind);
    if (!offers) return { count: 0, sharing: 0 };
    words.copy(candidates, c.ready, length);
    words.and(candidates, offers, length);
    words.fill(term, length, 0);
    for (const language of request.languages) {
      const set = c.languages.get(language);
      if (set) words.or(term, set, length);
    }
    words.andWords(candidates, term, length);

    // Some way of keeping in touch must work: the mode, the skills it calls for, live time if needed.
    const ways = waysToMeet(request);
    words.fill(otherWays, length, 0);
    words.fill(inPerson, length, 0);
    // Volunteers free at some time the person is free, for the ways that happen live.
    words.fill(term, length, 0);
    for (let slot = 0; slot < SLOT_COUNT; slot++) if (request.availabilityMask & (1 << slot)) words.or(term, c.slots[slot]!, length);
    for (const w of ways) {
      words.copy(way, c.modes.get(w.mode)!, length);
      for (const skill of w.skills) words.and(way, c.skills.get(skill)!, length);
      if (w.live && !request.session) words.andWords(way, term, length);
      words.orWords(w.mode === 'IN_PERSON' ? inPerson : otherWays, way, length);
    }
    words.fill(term, length, 0);
    words.orWords(term, otherWays, length);
    words.orWords(term, inPerson, length);
    words.andWords(candidates, term, length);

    // Who shares at least one interest with the person (reusing `way` as scratch).
    words.fill(way, length, 0);
    for (const interest of request.interests) {
      const set = c.interests.get(interest);
      if (set) words.or(way, set, length);
    }
    const nowMs = now.getTime();
    const box = this.boundingBox(request);
    let front = 0;
    let back = c.count;
    for (let w = 0; w < length; w++) {
      for (let bits = candidates[w]! >>> 0; bits; bits &= bits - 1) {
        const bit = bits & -bits;
        const i = w * 32 + (31 - Math.clz32(bit));
        if (i >= c.count || c.dbsUntil[i]! <= nowMs) continue;
        // Reachable only in person: the home must be inside the box.
        if (box && !(otherWays[w]! & bit)) {
          const lat = c.latitude[i]!;
          const lon = c.longitude[i]!;
          if (!(lat >= box.minLat && lat <= box.maxLat && lon >= box.minLon && lon <= box.maxLon)) continue;
        }
        // Sharers fill from the front, the rest from the back; the back is then moved up behind them.
        if (way[w]! & bit) survivors[front++] = i;
        else survivors[--back] = i;
      }
    }
    survivors.copyWithin(front, back, c.count);
    return { count: front + (c.count - back), sharing: front };
  }

  /**
   * An upper bound on a volunteer's fit from the columns: exact for interests, shared time, free
   * places and waiting; the best possible for distance and preferences. Never below the true fit.
   */
  private fitBound(request: MatchRequest, now: Date, weights: ScoreWeights): (i: number, withDistance: boolean) => number {
    const c = this.columns;
    const rarityById = this.rarity();
    const rarityByBit = new Float64Array(INTEREST_WORDS * 32);
    const requestBits = new Int32Array(INTEREST_WORDS);
    let possible = 0;
    for (const interest of request.interests) {
      const r = rarityById.get(interest) ?? Math.log(2);
      possible += r;
      const n = INTEREST_INDEX.get(interest);
      if (n === undefined) continue;
      requestBits[n >> 5]! |= 1 << (n & 31);
      rarityByBit[n] = r;
    }
    const requestSlots = popcount(request.availabilityMask);
    const weeks = Math.max(0, (now.getTime() - request.waitingSince.getTime()) / WEEK_MS);
    const waiting = weeks / (weeks + 8);
    const total = Object.values(weights).reduce((a, b) => a + b, 0) || 1;
    const origin = request.session ? null : request.location;
    return (i, withDistance) => {
      let shared = 0;
      for (let w = 0; w < INTEREST_WORDS; w++) {
        for (let bits = (c.interestBits[i * INTEREST_WORDS + w]! & requestBits[w]!) >>> 0; bits; bits &= bits - 1) {
          shared += rarityByBit[w * 32 + (31 - Math.clz32(bits & -bits))]!;
        }
      }
      const wanted = Math.min(requestSlots, popcount(c.availability[i]!));
      const availability = wanted === 0 ? 0.5 : Math.min(1, popcount(request.availabilityMask & c.availability[i]!) / Math.min(wanted, 3));
      let distance = 1;
      const home = withDistance && origin ? this.columns.volunteers[i]!.location : null;
      if (home && origin) {
        // Not closer than the real distance allows, and never below what any other way would score.
        const reach = Math.min(request.travelRadiusKm, this.columns.volunteers[i]!.travelRadiusKm);
        distance = reach > 0 ? Math.max(0.5, 1 - distanceKm(origin, home) / reach) : 1;
      }
      const weighted =
        weights.interests * (possible === 0 ? 0 : shared / possible) +
        weights.distance * distance +
        weights.availability * availability +
        weights.preferences +
        weights.load * c.freeShare[i]! +
        weights.waiting * waiting;
      return Math.ceil((MAX_FIT * weighted) / total);
    };
  }

  /** For meeting in person, the box a volunteer's home must be in. */
  private boundingBox(request: MatchRequest) {
    const centre = request.session?.venue ?? request.location;
    if (!centre) return null;
    // A companion travels up to their own limit (at most 80 km); a befriender within the person's.
    const reachKm = request.session ? 80 : request.travelRadiusKm;
    const dLat = reachKm / 110.5;
    const dLon = reachKm / (111.3 * Math.cos((centre.latitude * Math.PI) / 180));
    return { minLat: centre.latitude - dLat, maxLat: centre.latitude + dLat, minLon: centre.longitude - dLon, maxLon: centre.longitude + dLon };
  }

  private countInterests(volunteer: MatchVolunteer, delta: number) {
    for (const interest of volunteer.interests) this.interestCounts.set(interest, (this.interestCounts.get(interest) ?? 0) + delta);
    this.rarityCache = null;
  }
}

type WayToMeet = { mode: ContactMode; skills: ReturnType<typeof requiredSkills>; live: boolean };

/** The ways this request could keep in touch, each with the skills it calls for. */
function waysToMeet(request: MatchRequest): WayToMeet[] {
  const companion = request.kind === 'FIRST_SESSION_COMPANION';
  const allowed = request.accessNeeds.reduce<readonly ContactMode[]>(
    (modes, id) => {
      const only = (accessNeed(id).metBy as { contactModes?: readonly ContactMode[] }).contactModes;
      return only ? modes.filter((m) => only.includes(m)) : modes;
    },
    companion ? request.contactModes.filter((m) => m === 'IN_PERSON') : request.contactModes,
  );
  return allowed.map((mode) => ({ mode, skills: requiredSkills(request.accessNeeds, [mode], companion), live: LIVE_MODES.includes(mode) }));
}

/** Positions from..to of `values` (whole numbers 0..MAX_FIT), highest value first, by counting sort. */
function bucketOrder(values: Int32Array, from: number, to: number): Int32Array {
  const bucket = (v: number) => MAX_FIT - Math.min(MAX_FIT, Math.max(0, v));
  const counts = new Int32Array(MAX_FIT + 2);
  for (let k = from; k < to; k++) counts[bucket(values[k]!)]!++;
  for (let b = 1; b < counts.length; b++) counts[b]! += counts[b - 1]!;
  const order = new Int32Array(to - from);
  for (let k = to - 1; k >= from; k--) order[--counts[bucket(values[k]!)]!] = k;
  return order;
}

function popcount(mask: number): number {
  let m = mask - ((mask >>> 1) & 0x55555555);
  m = (m & 0x33333333) + ((m >>> 2) & 0x33333333);
  return (Math.imul((m + (m >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24);
}

