import { describe, expect, it } from 'vitest';
import { cleanLists, driveProblems, isOutwardCode, lookingFor } from './drive-rules.js';
import { isDriveCodeShaped, newDriveCode } from './drive-code.js';

describe('what a drive looks for, in plain words', () => {
  it('says who, where, when and how', () => {
    expect(lookingFor({ areas: ['LS6'], skills: ['DRIVES_CAR'], bands: ['WEEKDAY_EVENINGS'], contactModes: ['PHONE'] })).toEqual([
      'People who drive',
      'Near LS6',
      'Free weekday evenings',
      'Keeping in touch by phone',
    ]);
  });

  it('joins several with "or", times in the order of the week', () => {
    expect(
      lookingFor({ areas: ['LS6', 'LS7', 'LS16'], skills: [], bands: ['WEEKEND_MORNINGS', 'WEEKDAY_EVENINGS'], contactModes: ['LETTER', 'IN_PERSON', 'TEXT'] }),
    ).toEqual(['Near LS6, LS7 or LS16', 'Free weekday evenings or weekend mornings', 'Meeting people in person', 'Keeping in touch by text message or letter']);
  });

  it('says nothing when nothing in particular is sought', () => {
    expect(lookingFor({ areas: [], skills: [], bands: [], contactModes: [] })).toEqual([]);
  });
});

describe('a drive’s details', () => {
  it('takes areas as outward codes, tidied, once each', () => {
    expect(['LS6', 'HX7', 'OL14', 'EC1A', 'W1'].every(isOutwardCode)).toBe(true);
    expect(['LEEDS', 'LS6 1AA', '6LS', ''].some(isOutwardCode)).toBe(false);
    expect(cleanLists({ areas: [' ls 6', 'LS6', 'hx7', ''], skills: ['DRIVES_CAR', 'DRIVES_CAR'], bands: [], contactModes: [] })).toMatchObject({
      areas: ['LS6', 'HX7'],
      skills: ['DRIVES_CAR'],
    });
  });

  it('names what is wrong with each field', () => {
    const problems = driveProblems({ title: '', message: 'Short', areas: ['LS6', 'Leeds'] });
    expect(problems.title).toBe('Enter a title for the drive');
    expect(problems.message).toMatch(/at least 20/);
    expect(problems.areas).toMatch(/LEEDS/);
    expect(Object.values(driveProblems({ title: 'Drivers', message: 'x'.repeat(20), areas: [] })).every((p) => p === null)).toBe(true);
    expect(driveProblems({ title: 'Drivers', message: 'x'.repeat(1001), areas: [] }).message).toMatch(/1000/);
  });
});

describe('drive codes', () => {
  it('are 16 URL-safe characters, different every time', () => {
    const codes = Array.from({ length: 1000 }, newDriveCode);
    expect(new Set(codes).size).toBe(1000);
    expect(codes.every(isDriveCodeShaped)).toBe(true);
    expect(isDriveCodeShaped('short')).toBe(false);
    expect(isDriveCodeShaped('abc/def?ghi=jklm')).toBe(false);
  });
});
