import { describe, expect, it } from 'vitest';
import {
  ACCESS_NEEDS,
  INTEREST_GROUPS,
  INTERESTS,
  VENUE_FEATURES,
  VOLUNTEER_SKILLS,
  requiredSkills,
  requiredVenueFeatures,
} from './index.js';

describe('interests', () => {
  it('has about sixty, each with a unique id, in a known group', () => {
    expect(INTERESTS.length).toBeGreaterThanOrEqual(55);
    expect(INTERESTS.length).toBeLessThanOrEqual(75);
    expect(new Set(INTERESTS.map((i) => i.id)).size).toBe(INTERESTS.length);
    const groups = new Set<string>(INTEREST_GROUPS.map((g) => g.id));
    for (const i of INTERESTS) expect(groups.has(i.group), i.id).toBe(true);
    for (const g of INTEREST_GROUPS) expect(INTERESTS.some((i) => i.group === g.id), g.id).toBe(true);
  });
});

describe('access and communication needs', () => {
  it('are each met by something that exists', () => {
    const skills = new Set<string>(VOLUNTEER_SKILLS.map((s) => s.id));
    const features = new Set<string>(VENUE_FEATURES.map((f) => f.id));
    for (const need of ACCESS_NEEDS) {
      const metBy = need.metBy as { skills?: string[]; venue?: string[]; contactModes?: string[]; organisation?: boolean };
      expect(Boolean(metBy.skills?.length || metBy.venue?.length || metBy.contactModes?.length || metBy.organisation), need.id).toBe(true);
      for (const s of metBy.skills ?? []) expect(skills.has(s), `${need.id} needs ${s}`).toBe(true);
      for (const f of metBy.venue ?? []) expect(features.has(f), `${need.id} needs ${f}`).toBe(true);
    }
  });

  it('ask for a signing volunteer when a BSL user meets in person or by video, not by text', () => {
    expect(requiredSkills(['BSL'], ['IN_PERSON'], false)).toEqual(['SIGNS_BSL']);
    expect(requiredSkills(['BSL'], ['VIDEO'], false)).toEqual(['SIGNS_BSL']);
    expect(requiredSkills(['BSL'], ['TEXT'], false)).toEqual([]);
  });

  it('ask for help getting about only when the two go out together', () => {
    expect(requiredSkills(['NEEDS_LIFT', 'ARM_TO_LEAN_ON'], ['IN_PERSON'], true).sort()).toEqual(['DRIVES_CAR', 'MOBILITY_SUPPORT']);
    expect(requiredSkills(['NEEDS_LIFT', 'ARM_TO_LEAN_ON'], ['IN_PERSON'], false)).toEqual([]);
    expect(requiredSkills(['NEEDS_LIFT'], ['PHONE'], true)).toEqual([]);
  });

  it('keep memory support whatever the way of meeting', () => {
    expect(requiredSkills(['MEMORY_SUPPORT'], ['PHONE'], false)).toEqual(['DEMENTIA_AWARE']);
  });

  it('name the venue features a wheelchair user needs', () => {
    expect(requiredVenueFeatures(['WHEELCHAIR_USER', 'STEP_FREE']).sort()).toEqual(['ACCESSIBLE_TOILET', 'STEP_FREE']);
    expect(requiredVenueFeatures(['LARGE_PRINT'])).toEqual([]);
  });
});
