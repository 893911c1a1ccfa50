import { volunteerGates } from '../matching/constraints.js';
import type { MatchVolunteer } from '../matching/types.js';
import type { Coordinates } from '../place.js';
import { SLOT_COUNT } from '../vocabulary/availability.js';

const KM_PER_DEGREE = 111.195;
/** Grid cells are at least this wide, and there are at most this many across the scheme. */
const MIN_CELL_KM = 2;
const MAX_CELLS_ACROSS = 256;

/** Word-wide sets over volunteer positions, 32 to a word. */
export type WordSet = Int32Array;

/**
 * A scheme's volunteers laid out for gap analysis: in the order of a coarse grid over their homes
 * (so the volunteers near a place are a few runs of positions), one bitset per value of every
 * attribute the hard constraints look at, and the numbers gaps need (typical capacity and reach).
 * Built afresh for each analysis from the index's volunteers, so it can never go stale.
 */
export class GapColumns {
  readonly count: number;
  readonly words: number;
  /** Volunteers by position. */
  readonly volunteers: MatchVolunteer[];
  /** Position of each volunteer of `all`, by their place there. */
  private readonly fromIndex: Int32Array;
  /** Approved, DBS current, not paused, with a free place. */
  readonly available: WordSet;
  readonly located: WordSet;
  /** All ones for real positions; the tail of the last word is empty. */
  readonly valid: WordSet;
  readonly empty: WordSet;
  readonly offers = new Map<string, WordSet>();
  readonly modes = new Map<string, WordSet>();
  readonly skills = new Map<string, WordSet>();
  readonly languages = new Map<string, WordSet>();
  readonly genders = new Map<string, WordSet>();
  readonly slots: WordSet[];
  readonly medianCapacity: number;
  readonly medianRadiusKm: number;
  readonly maxRadiusKm: number;
  private readonly grid: { minLat: number; minLon: number; cellLat: number; cellLon: number; rows: number; cols: number; start: Int32Array };

  /** `indexOf` finds a volunteer's place in `all` by id, as VolunteerIndex.positionOf does. */
  constructor(
    all: readonly MatchVolunteer[],
    now: Date,
    private readonly indexOf: (id: string) => number | undefined,
  ) {
    this.count = all.length;
    this.words = Math.max(1, Math.ceil(all.length / 32));
    const set = () => new Int32Array(this.words);
    this.available = set();
    this.located = set();
    this.valid = set();
    this.empty = set();
    this.slots = Array.from({ length: SLOT_COUNT }, set);

    const located = all.filter((v) => v.location);
    let minLat = Infinity;
    let maxLat = -Infinity;
    let minLon = Infinity;
    let maxLon = -Infinity;
    for (const v of located) {
      const { latitude, longitude } = v.location!;
      minLat = Math.min(minLat, latitude);
      maxLat = Math.max(maxLat, latitude);
      minLon = Math.min(minLon, longitude);
      maxLon = Math.max(maxLon, longitude);
    }
    const midLat = located.length > 0 ? (minLat + maxLat) / 2 : 0;
    const lonKm = KM_PER_DEGREE * Math.max(0.01, Math.cos((midLat * Math.PI) / 180));
    const extentKm = located.length > 0 ? Math.max((maxLat - minLat) * KM_PER_DEGREE, (maxLon - minLon) * lonKm) : 0;
    const cellKm = Math.max(MIN_CELL_KM, extentKm / MAX_CELLS_ACROSS);
    const cellLat = cellKm / KM_PER_DEGREE;
    const cellLon = cellKm / lonKm;
    const rows = located.length > 0 ? Math.floor((maxLat - minLat) / cellLat) + 1 : 1;
    const cols = located.length > 0 ? Math.floor((maxLon - minLon) / cellLon) + 1 : 1;
    const cellOf = (c: Coordinates) => Math.floor((c.latitude - minLat) / cellLat) * cols + Math.floor((c.longitude - minLon) / cellLon);

    // Counting sort by cell; volunteers with no home go last.
    const start = new Int32Array(rows * cols + 1);
    const cells = new Int32Array(all.length);
    all.forEach((v, i) => {
      cells[i] = v.location ? cellOf(v.location) : -1;
      if (v.location) start[cells[i]! + 1]!++;
    });
    for (let c = 0; c < rows * cols; c++) start[c + 1]! += start[c]!;
    const next = start.slice(0, rows * cols);
    this.volunteers = Array.from<MatchVolunteer>({ length: all.length });
    let tail = located.length;
    this.fromIndex = new Int32Array(all.length);
    all.forEach((v, i) => {
      const at = cells[i]! >= 0 ? next[cells[i]!]!++ : tail++;
      this.volunteers[at] = v;
      this.fromIndex[i] = at;
    });
    this.grid = { minLat, minLon, cellLat, cellLon, rows, cols, start };

    const capacities = new Float64Array(all.length);
    const radii = new Float64Array(all.length);
    let maxRadius = 0;
    const { offers, modes, skills, languages, genders, slots } = this;
    for (let i = 0; i < all.length; i++) {
      const v = this.volunteers[i]!;
      const w = i >> 5;
      const bit = 1 << (i & 31);
      this.valid[w]! |= bit;
      if (volunteerGates(v, now).length === 0) this.available[w]! |= bit;
      if (v.location) {
        this.located[w]! |= bit;
        if (v.travelRadiusKm > maxRadius) maxRadius = v.travelRadiusKm;
      }
      for (const x of v.offers) this.setOf(offers, x)[w]! |= bit;
      for (const x of v.contactModes) this.setOf(modes, x)[w]! |= bit;
      for (const x of v.skills) this.setOf(skills, x)[w]! |= bit;
      for (const x of v.languages) this.setOf(languages, x)[w]! |= bit;
      // As checkPair reads it: an empty gender is no gender.
      if (v.gender) this.setOf(genders, v.gender)[w]! |= bit;
      for (let m = v.availabilityMask & ((1 << SLOT_COUNT) - 1); m; m &= m - 1) slots[31 - Math.clz32(m & -m)]![w]! |= bit;
      capacities[i] = v.capacity;
      radii[i] = v.travelRadiusKm;
    }
    this.medianCapacity = Math.max(1, lowerMedian(capacities, 1));
    this.medianRadiusKm = lowerMedian(radii, FALLBACK_RADIUS_KM);
    this.maxRadiusKm = maxRadius;
  }

  /** A volunteer's position by id (only exclusions need it). */
  positionOf(id: string): number | undefined {
    const i = this.indexOf(id);
    return i === undefined ? undefined : this.fromIndex[i];
  }

  private setOf(sets: Map<string, WordSet>, value: string): WordSet {
    let found = sets.get(value);
    if (!found) sets.set(value, (found = new Int32Array(this.words)));
    return found;
  }

  /**
   * The runs of positions [from, to) of the volunteers whose homes may be within `km` of `centre`:
   * the grid cells any part of which is that near (a little generous), nearest rings of cells first.
   */
  runsNear(centre: Coordinates, km: number): number[] {
    const g = this.grid;
    const runs: number[] = [];
    if (g.start[g.rows * g.cols] === 0) return runs;
    const reach = km * 1.02 + 0.2;
    const farLat = Math.min(89, Math.abs(centre.latitude) + reach / KM_PER_DEGREE);
    // Degrees of longitude are shortest far from the equator: use that, so no cell is wrongly left out.
    const lonKm = KM_PER_DEGREE * Math.max(0.01, Math.cos((farLat * Math.PI) / 180));
    const dLat = reach / KM_PER_DEGREE;
    const dLon = reach / lonKm;
    const r0 = Math.max(0, Math.floor((centre.latitude - dLat - g.minLat) / g.cellLat));
    const r1 = Math.min(g.rows - 1, Math.floor((centre.latitude + dLat - g.minLat) / g.cellLat));
    const c0 = Math.max(0, Math.floor((centre.longitude - dLon - g.minLon) / g.cellLon));
    const c1 = Math.min(g.cols - 1, Math.floor((centre.longitude + dLon - g.minLon) / g.cellLon));
    if (r0 > r1 || c0 > c1) return runs;
    const rc = Math.min(r1, Math.max(r0, Math.floor((centre.latitude - g.minLat) / g.cellLat)));
    const cc = Math.min(c1, Math.max(c0, Math.floor((centre.longitude - g.minLon) / g.cellLon)));
    const gap = (x: number, lo: number, size: number) => (x < lo ? lo - x : x > lo + size ? x - lo - size : 0);
    const visit = (r: number, c: number) => {
      const from = g.start[r * g.cols + c]!;
      const to = g.start[r * g.cols + c + 1]!;
      if (to === from) return;
      const dy = gap(centre.latitude, g.minLat + r * g.cellLat, g.cellLat) * KM_PER_DEGREE;
      const dx = gap(centre.longitude, g.minLon + c * g.cellLon, g.cellLon) * lonKm;
      if (dx * dx + dy * dy <= reach * reach) runs.push(from, to);
    };
    // Rings of cells around the centre's, nearest first, so a search can stop early.
    const rings = Math.max(rc - r0, r1 - rc, cc - c0, c1 - cc);
    for (let k = 0; k <= rings; k++) {
      for (let r = Math.max(r0, rc - k); r <= Math.min(r1, rc + k); r++) {
        if (r === rc - k || r === rc + k) {
          for (let c = Math.max(c0, cc - k); c <= Math.min(c1, cc + k); c++) visit(r, c);
        } else {
          if (cc - k >= c0) visit(r, cc - k);
          if (k > 0 && cc + k <= c1) visit(r, cc + k);
        }
      }
    }
    return runs;
  }

  /** Positions from here on have no home. */
  get locatedCount(): number {
    return this.grid.start[this.grid.rows * this.grid.cols]!;
  }
}

/** Reach of a recruit when the scheme has no volunteers to take the typical one from. */
export const FALLBACK_RADIUS_KM = 5;

/** The lower median of some numbers; `fallback` when there are none. */
export function lowerMedian(values: Float64Array, fallback: number): number {
  if (values.length === 0) return fallback;
  values.sort();
  return values[(values.length - 1) >> 1]!;
}
