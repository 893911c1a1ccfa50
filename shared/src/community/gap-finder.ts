import { checkPair, type Blocker } from '../matching/constraints.js';
import type { MatchRequest, MatchVolunteer } from '../matching/types.js';
import { engineBlockerKey, GATE_KINDS } from './blockers.js';
import type { GapColumns } from './gap-columns.js';
import { bitCount, KEY, KEY_COUNT, SKILL_KEY } from './gap-keys.js';
import { planFor, type Plan } from './gap-plan.js';
import { InPersonJudge } from './in-person.js';

const KEY_BY_NAME = new Map<string, number>([...[...SKILL_KEY].map(([skill, k]) => [`SKILL:${skill}`, k] as const), ...Object.entries(KEY)]);
const CAPACITY = 1 << KEY.CAPACITY;

export type GapFacts = { feasible: number; keys: number; capacityOnly: boolean };

/**
 * For one request at a time: how many volunteers fit (up to a limit) and what stands between it and
 * the rest. Bitsets give, 32 volunteers at a time, a lower bound on each volunteer's blockers (exact
 * for all but distance and the journey to a session); checkPair is the only judge of every volunteer
 * the bounds cannot rule out, so the shortcuts save time and never change answers.
 */
export class GapFinder {
  private readonly fail: Int32Array[];
  private readonly acc = new Int32Array(KEY_COUNT);
  private readonly relaxed = new Int32Array(KEY_COUNT);
  private readonly atLeast: [Int32Array, Int32Array, Int32Array, Int32Array];
  private readonly inBox: Int32Array;
  private readonly excluded: Int32Array;
  private readonly seen: Int32Array;
  private pass = 0;
  private readonly inPerson = new InPersonJudge();

  constructor(
    private readonly c: GapColumns,
    private readonly now: Date,
  ) {
    const set = () => new Int32Array(c.words);
    this.fail = Array.from({ length: KEY_COUNT }, set);
    this.atLeast = [set(), set(), set(), set()];
    this.inBox = set();
    this.excluded = set();
    this.seen = set();
  }

  /** The volunteers who fit, counted up to `atMost`; with fewer, what blocks the rest. */
  examine(request: MatchRequest, atMost: number): GapFacts {
    const plan = planFor(request, this.c);
    this.mark(plan, true);
    try {
      const feasible = this.countFeasible(plan, atMost);
      return feasible >= atMost ? { feasible, keys: 0, capacityOnly: false } : { ...this.blockers(plan), feasible };
    } finally {
      this.mark(plan, false);
    }
  }

  /** Sets (or clears) the request's exclusions and the runs of volunteers near enough to meet. */
  private mark(plan: Plan, on: boolean): void {
    if (plan.request.excludedVolunteerIds.size > 0) {
      for (const id of plan.request.excludedVolunteerIds) {
        const i = this.c.positionOf(id);
        if (i !== undefined) this.excluded[i >> 5] = on ? this.excluded[i >> 5]! | (1 << (i & 31)) : 0;
      }
    }
    const runs = plan.runs ?? [];
    for (let r = 0; r < runs.length; r += 2) {
      const from = runs[r]!;
      const to = runs[r + 1]!;
      for (let w = from >> 5; w <= (to - 1) >> 5; w++) {
        if (!on) {
          this.inBox[w] = 0;
          continue;
        }
        const lo = Math.max(from, w * 32) - w * 32;
        const hi = Math.min(to, w * 32 + 32) - w * 32;
        this.inBox[w]! |= hi - lo === 32 ? -1 : ((1 << (hi - lo)) - 1) << lo;
      }
    }
  }

  /**
   * Lower bounds for the 32 volunteers of word w: fail[key][w] has a bit for each volunteer the key
   * certainly blocks, atLeast[n][w] for each with more than n. Mirrors checkPair: the request-wide
   * checks, then the ways of keeping in touch both share, blocked only if every one of them is. A
   * volunteer who shares none is judged as if they kept in touch every way asked, as the gap reads.
   */
  private word(p: Plan, w: number): void {
    const { c, fail, acc, relaxed } = this;
    fail[KEY.EXCLUDED]![w] = this.excluded[w]!;
    fail[KEY.SUPPORT_KIND]![w] = p.kind ? ~p.kind[w]! : -1;
    let speaks = 0;
    for (let j = 0; j < p.languages.length; j++) speaks |= p.languages[j]![w]!;
    fail[KEY.LANGUAGE]![w] = ~speaks;
    let gender = 0;
    if (p.genders) for (let j = 0; j < p.genders.length; j++) gender |= p.genders[j]![w]!;
    fail[KEY.GENDER]![w] = p.genders ? ~gender : 0;

    let shared = 0;
    for (let j = 0; j < p.slots.length; j++) shared |= p.slots[j]![w]!;
    const modeKeys = p.modeKeys;
    for (let j = 0; j < modeKeys.length; j++) {
      acc[modeKeys[j]!] = 0;
      relaxed[modeKeys[j]!] = 0;
    }
    let sharesMode = 0;
    let works = 0;
    let wouldWork = 0;
    for (let j = 0; j < p.modes.length; j++) {
      const m = p.modes[j]!;
      const has = m.has[w]!;
      sharesMode |= has;
      let own = 0;
      for (let s = 0; s < m.skillKeys.length; s++) {
        const missing = ~m.skillSets[s]![w]!;
        acc[m.skillKeys[s]!]! |= has & missing;
        relaxed[m.skillKeys[s]!]! |= missing;
        own |= missing;
      }
      if (m.disallowed) {
        acc[KEY.CONTACT_MODE]! |= has;
        own = -1;
      }
      if (m.timeNeeded) {
        acc[KEY.TIME]! |= has & ~shared;
        relaxed[KEY.TIME]! |= ~shared;
        own |= ~shared;
      }
      if (m.inPerson) {
        if (p.noLocation) {
          acc[KEY.NO_LOCATION]! |= has;
          relaxed[KEY.NO_LOCATION] = -1;
          own = -1;
        } else {
          const located = c.located[w]!;
          const far = p.allTooFar ? located : p.runs ? located & ~this.inBox[w]! : 0;
          const busy = !p.session ? 0 : p.session.startSlot ? located & ~p.session.startSlot[w]! : located;
          acc[KEY.NO_LOCATION]! |= has & ~located;
          acc[KEY.DISTANCE]! |= has & far;
          acc[KEY.TIME]! |= has & busy;
          relaxed[KEY.NO_LOCATION]! |= ~located;
          relaxed[KEY.DISTANCE]! |= far;
          relaxed[KEY.TIME]! |= busy;
          own |= ~located | far | busy;
        }
      }
      works |= has & ~own;
      wouldWork |= ~own;
    }
    const blocked = sharesMode & ~works;
    const alone = ~sharesMode & ~wouldWork;
    for (let j = 0; j < modeKeys.length; j++) {
      const k = modeKeys[j]!;
      fail[k]![w] = k === KEY.CONTACT_MODE ? ~sharesMode | (blocked & acc[k]!) : (blocked & acc[k]!) | (alone & relaxed[k]!);
    }
    let a0 = 0;
    let a1 = 0;
    let a2 = 0;
    let a3 = 0;
    for (let j = 0; j < p.keys.length; j++) {
      const f = fail[p.keys[j]!]![w]!;
      a3 |= a2 & f;
      a2 |= a1 & f;
      a1 |= a0 & f;
      a0 |= f;
    }
    this.atLeast[0][w] = a0;
    this.atLeast[1][w] = a1;
    this.atLeast[2][w] = a2;
    this.atLeast[3][w] = a3;
  }

  /** Volunteers who pass every hard constraint, counted up to `atMost`, looking only where one could be. */
  private countFeasible(p: Plan, atMost: number): number {
    if (p.reach === 'NOBODY') return 0;
    const c = this.c;
    const request = p.request;
    // Only in person: a volunteer must be within reach (and free to set off) before a full check.
    const near = (v: MatchVolunteer) => v.location !== null && this.inPerson.keys(request, v) === 0;
    let found = 0;
    const visit = (w: number) => {
      this.word(p, w);
      for (let bits = c.available[w]! & c.valid[w]! & ~this.atLeast[0][w]!; bits; bits &= bits - 1) {
        const v = c.volunteers[(w << 5) + 31 - Math.clz32(bits & -bits)]!;
        if (p.reach === 'NEAR' && !near(v)) continue;
        if (checkPair(request, v, this.now).ok && ++found >= atMost) return true;
      }
      return false;
    };
    if (p.reach === 'ANYONE') {
      for (let w = 0; w < c.words; w++) if (visit(w)) break;
      return found;
    }
    // Neighbouring cells may share a word: each word once.
    this.pass++;
    const runs = p.runs!;
    for (let r = 0; r < runs.length; r += 2) {
      for (let w = runs[r]! >> 5; w <= (runs[r + 1]! - 1) >> 5; w++) {
        if (this.seen[w] === this.pass) continue;
        this.seen[w] = this.pass;
        if (visit(w)) return found;
      }
    }
    return found;
  }

  /**
   * The blockers of the volunteers who come closest to fitting. Bounds come 32 volunteers at a
   * time, so only volunteers whose bound is no more than the fewest found so far need checkPair;
   * and at the fewest, only those whose bound holds a blocker not yet seen (no other could add one).
   * Meeting only in person, everyone beyond reach is at least too far: once some volunteer is
   * blocked by distance alone, nobody farther off can change the answer, so they are not looked at.
   */
  private blockers(p: Plan): { keys: number; capacityOnly: boolean } {
    const c = this.c;
    this.fewest = Infinity;
    this.keys = 0;
    const settled = () => this.fewest === 1 && (this.keys & (1 << KEY.DISTANCE)) !== 0;
    if (p.inPersonOnly && p.runs) {
      // Near first: the runs, and those with no home.
      const near: number[] = [];
      this.pass++;
      const take = (w: number) => {
        if (this.seen[w] === this.pass) return;
        this.seen[w] = this.pass;
        near.push(w);
        this.word(p, w);
      };
      for (let r = 0; r < p.runs.length; r += 2) for (let w = p.runs[r]! >> 5; w <= (p.runs[r + 1]! - 1) >> 5; w++) take(w);
      for (let w = c.locatedCount >> 5; w < c.words; w++) take(w);
      for (let n = 0; n <= 3 && n <= this.fewest; n++) for (const w of near) this.inBand(p, w, n);
      for (let w = 0; w < c.words && !settled(); w++) {
        if (this.seen[w] === this.pass) continue;
        this.word(p, w);
        for (let n = 0; n <= 3 && n <= this.fewest; n++) this.inBand(p, w, n);
      }
      if (this.fewest > 3 && !settled()) for (let w = 0; w < c.words; w++) if (this.seen[w] === this.pass) this.word(p, w);
    } else {
      for (let w = 0; w < c.words; w++) this.word(p, w);
      for (let n = 0; n <= 3 && n <= this.fewest; n++) for (let w = 0; w < c.words; w++) this.inBand(p, w, n);
    }
    if (this.fewest > 3 && !settled()) this.moreThanThree(p);
    const keys = this.keys;
    // Nobody says anything about the request: nobody could take anyone new.
    return { keys: keys === 0 ? CAPACITY : keys, capacityOnly: (keys & CAPACITY) !== 0 };
  }

  /**
   * Considers the volunteers of word w whose bound has exactly n blockers. With n = 0 that includes
   * those not available, who can only ever say CAPACITY; above, only available ones count.
   */
  private inBand(p: Plan, w: number, n: number): void {
    const c = this.c;
    const [a0, a1, a2, a3] = this.atLeast;
    const valid = c.valid[w]!;
    const available = c.available[w]!;
    let bits = n === 0 ? valid & ~a0[w]! : available & valid & (n === 1 ? a0[w]! & ~a1[w]! : n === 2 ? a1[w]! & ~a2[w]! : a2[w]! & ~a3[w]!);
    if (bits && n > 0 && n === this.fewest) {
      let fresh = 0;
      for (const k of p.keys) if (!(this.keys & (1 << k))) fresh |= this.fail[k]![w]!;
      bits &= fresh;
    }
    for (; bits; bits &= bits - 1) {
      const bit = bits & -bits;
      const i = (w << 5) + 31 - Math.clz32(bit);
      if (n === 0 && !(available & bit)) {
        if (this.keys & CAPACITY) continue;
        // Too far or not free to go is a blocker besides their gate: they say nothing.
        if (p.inPersonOnly && this.refined(p, i, 0) !== 0) continue;
      } else if (p.inPersonOnly && !this.couldAdd(this.refined(p, i, this.boundOf(p, i)))) continue;
      this.consider(p, i);
    }
  }

  private fewest = Infinity;
  private keys = 0;

  /** Whether a volunteer whose blockers are at least these could change the answer. */
  private couldAdd(bound: number): boolean {
    const n = bitCount(bound);
    return n < this.fewest || (n === this.fewest && (bound & ~this.keys) !== 0);
  }

  /** A volunteer's bound from the bitsets. */
  private boundOf(p: Plan, i: number): number {
    const w = i >> 5;
    const bit = 1 << (i & 31);
    let bound = 0;
    for (const k of p.keys) if (this.fail[k]![w]! & bit) bound |= 1 << k;
    return bound;
  }

  /** Meeting only in person: the bound with the volunteer's own distance and journey added. */
  private refined(p: Plan, i: number, bound: number): number {
    const v = this.c.volunteers[i]!;
    return v.location ? bound | this.inPerson.keys(p.request, v) : bound;
  }

  private consider(p: Plan, i: number): void {
    const mine = this.blockersOf(p, this.c.volunteers[i]!);
    if (mine <= 0) return;
    const n = bitCount(mine);
    if (n < this.fewest) {
      this.fewest = n;
      this.keys = mine;
    } else if (n === this.fewest) this.keys |= mine;
  }

  /** Rarely needed: volunteers with four or more certain blockers, fewest first. */
  private moreThanThree(p: Plan): void {
    const c = this.c;
    const rest: Array<{ i: number; bound: number }> = [];
    for (let w = 0; w < c.words; w++) {
      for (let bits = c.available[w]! & c.valid[w]! & this.atLeast[3][w]!; bits; bits &= bits - 1) {
        const i = (w << 5) + 31 - Math.clz32(bits & -bits);
        rest.push({ i, bound: this.boundOf(p, i) });
      }
    }
    rest.sort((x, y) => bitCount(x.bound) - bitCount(y.bound));
    for (const { i, bound } of rest) {
      if (bitCount(bound) > this.fewest) break;
      if (this.couldAdd(bound)) this.consider(p, i);
    }
  }

  /**
   * One volunteer's blocker keys as bits, by checkPair: 0 when they fit, -1 when they say nothing
   * (not available, and blocked by something else too); CAPACITY alone when only their gate stops them.
   */
  private blockersOf(p: Plan, volunteer: MatchVolunteer): number {
    const check = checkPair(p.request, volunteer, this.now);
    if (check.ok) return 0;
    let blockers: readonly Blocker[] = check.blockers;
    // Sharing no way of keeping in touch says little alone: what else would stop them if they did?
    if (!p.candidates.some((m) => volunteer.contactModes.includes(m))) {
      const asked = checkPair(p.request, { ...volunteer, contactModes: [...volunteer.contactModes, ...p.candidates] }, this.now);
      if (!asked.ok) blockers = [...blockers, ...asked.blockers];
    }
    let gated = false;
    let mine = 0;
    for (const b of blockers) {
      if (GATE_KINDS.has(b.kind)) gated = true;
      else mine |= 1 << KEY_BY_NAME.get(engineBlockerKey(b))!;
    }
    if (!gated) return mine;
    return mine === 0 ? CAPACITY : -1;
  }
}
