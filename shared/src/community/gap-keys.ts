import { VOLUNTEER_SKILLS, type VolunteerSkill } from '../vocabulary/access-needs.js';

/** Blocker keys as bits, so a volunteer's blockers are one number: the skills, then the other categories. */
export const SKILL_KEY = new Map<VolunteerSkill, number>(VOLUNTEER_SKILLS.map((s, i) => [s.id, i]));
const base = VOLUNTEER_SKILLS.length;
export const KEY = {
  TIME: base,
  CONTACT_MODE: base + 1,
  DISTANCE: base + 2,
  LANGUAGE: base + 3,
  GENDER: base + 4,
  SUPPORT_KIND: base + 5,
  EXCLUDED: base + 6,
  NO_LOCATION: base + 7,
  CAPACITY: base + 8,
} as const;
export const KEY_COUNT = base + 9;

const NAMES = [...VOLUNTEER_SKILLS.map((s) => `SKILL:${s.id}`), 'TIME', 'CONTACT_MODE', 'DISTANCE', 'LANGUAGE', 'GENDER', 'SUPPORT_KIND', 'EXCLUDED', 'NO_LOCATION', 'CAPACITY'];

/** The blocker keys ('SKILL:SIGNS_BSL', 'TIME', …) of a set of key bits. */
export function keyNames(bits: number): string[] {
  return NAMES.filter((_, k) => bits & (1 << k));
}

export function bitCount(mask: number): number {
  let m = mask - ((mask >>> 1) & 0x55555555);
  m = (m & 0x33333333) + ((m >>> 2) & 0x33333333);
  return (Math.imul((m + (m >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24);
}
