import { VOLUNTEER_SKILLS } from '../vocabulary/access-needs.js';
import { SLOT_COUNT } from '../vocabulary/availability.js';
import { CONTACT_MODE_IDS, SUPPORT_KIND_IDS } from '../vocabulary/contact.js';
import { INTERESTS, type InterestId } from '../vocabulary/interests.js';
import { LANGUAGES } from '../vocabulary/languages.js';
import { Bitset } from './bitset.js';
import type { MatchVolunteer } from './types.js';

export const INTEREST_INDEX = new Map(INTERESTS.map((i, n) => [i.id as InterestId, n]));
export const INTEREST_WORDS = Math.ceil(INTERESTS.length / 32);

const bitsets = <T extends string>(ids: readonly T[]) => new Map(ids.map((id) => [id, new Bitset()]));

/**
 * Volunteers stored for fast matching: one bitset per value of each attribute matching filters on
 * (who is ready, what they offer, ways of keeping in touch, skills, languages, free slots), and
 * typed columns for the rest. A volunteer keeps a position; removing one moves the last into its place.
 */
export class VolunteerColumns {
  readonly volunteers: MatchVolunteer[] = [];
  readonly position = new Map<string, number>();
  readonly ready = new Bitset();
  readonly offers = bitsets(SUPPORT_KIND_IDS);
  readonly modes = bitsets(CONTACT_MODE_IDS);
  readonly skills = bitsets(VOLUNTEER_SKILLS.map((s) => s.id));
  readonly languages = bitsets(LANGUAGES.map((l) => l.id));
  readonly slots = Array.from({ length: SLOT_COUNT }, () => new Bitset());
  readonly interests = bitsets(INTERESTS.map((i) => i.id as InterestId));
  dbsUntil = new Float64Array(64);
  latitude = new Float64Array(64);
  longitude = new Float64Array(64);
  availability = new Int32Array(64);
  freeShare = new Float64Array(64);
  interestBits = new Int32Array(64 * INTEREST_WORDS);

  get count(): number {
    return this.volunteers.length;
  }

  get wordCount(): number {
    return Math.ceil(this.volunteers.length / 32);
  }

  /** Puts `volunteer` at position i (new or replacing), writing every bitset and column. */
  write(i: number, volunteer: MatchVolunteer): void {
    this.grow(i + 1);
    this.volunteers[i] = volunteer;
    this.position.set(volunteer.id, i);
    this.ready.set(i, volunteer.approved && !volunteer.paused && volunteer.liveMatches < volunteer.capacity);
    for (const [kind, set] of this.offers) set.set(i, volunteer.offers.includes(kind));
    for (const [mode, set] of this.modes) set.set(i, volunteer.contactModes.includes(mode));
    for (const [skill, set] of this.skills) set.set(i, volunteer.skills.includes(skill));
    for (const [language, set] of this.languages) set.set(i, volunteer.languages.includes(language));
    this.slots.forEach((set, slot) => set.set(i, (volunteer.availabilityMask & (1 << slot)) !== 0));
    this.dbsUntil[i] = volunteer.dbsValidUntil?.getTime() ?? -Infinity;
    this.latitude[i] = volunteer.location?.latitude ?? Number.NaN;
    this.longitude[i] = volunteer.location?.longitude ?? Number.NaN;
    this.availability[i] = volunteer.availabilityMask;
    this.freeShare[i] = volunteer.capacity > 0 ? (volunteer.capacity - volunteer.liveMatches) / volunteer.capacity : 0;
    for (const [interest, set] of this.interests) set.set(i, volunteer.interests.includes(interest));
    for (let w = 0; w < INTEREST_WORDS; w++) this.interestBits[i * INTEREST_WORDS + w] = 0;
    for (const interest of volunteer.interests) {
      const n = INTEREST_INDEX.get(interest);
      if (n !== undefined) this.interestBits[i * INTEREST_WORDS + (n >> 5)]! |= 1 << (n & 31);
    }
  }

  /** Removes the volunteer at position i, moving the last one into its place. */
  removeAt(i: number): void {
    const last = this.volunteers.length - 1;
    const leaving = this.volunteers[i]!;
    if (i !== last) this.write(i, this.volunteers[last]!);
    this.clear(last);
    this.volunteers.pop();
    this.position.delete(leaving.id);
  }

  private clear(i: number): void {
    this.ready.set(i, false);
    for (const group of [this.offers, this.modes, this.skills, this.languages, this.interests]) for (const set of group.values()) set.set(i, false);
    for (const set of this.slots) set.set(i, false);
  }

  private grow(size: number): void {
    if (size <= this.dbsUntil.length) return;
    const capacity = Math.max(size, this.dbsUntil.length * 2);
    const widen = <T extends Int32Array | Float64Array>(old: T, make: (n: number) => T, per = 1): T => {
      const next = make(capacity * per);
      next.set(old);
      return next;
    };
    this.dbsUntil = widen(this.dbsUntil, (n) => new Float64Array(n));
    this.latitude = widen(this.latitude, (n) => new Float64Array(n));
    this.longitude = widen(this.longitude, (n) => new Float64Array(n));
    this.availability = widen(this.availability, (n) => new Int32Array(n));
    this.freeShare = widen(this.freeShare, (n) => new Float64Array(n));
    this.interestBits = widen(this.interestBits, (n) => new Int32Array(n), INTEREST_WORDS);
  }
}
