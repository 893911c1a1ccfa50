import { describe, expect, it } from 'vitest';
import {
  applicationProblems,
  capacityProblem,
  certificateEnding,
  certificateNumberProblem,
  dateInWords,
  dbsDateProblems,
  defaultRecheckDue,
  genderProblem,
  isIsoDate,
  londonDate,
  refereeProblems,
  trainingDateProblem,
} from './volunteering.js';

describe('dates', () => {
  it('knows real dates', () => {
    expect(isIsoDate('2026-02-28')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('14/03/2026')).toBe(false);
  });

  it('finds the London date of an instant', () => {
    expect(londonDate(new Date('2026-01-10T23:30:00Z'))).toBe('2026-01-10');
    expect(londonDate(new Date('2026-07-10T23:30:00Z'))).toBe('2026-07-11');
  });

  it('puts the DBS re-check three years after the issue date, never later', () => {
    expect(defaultRecheckDue('2026-03-14')).toBe('2029-03-14');
    expect(defaultRecheckDue('2028-02-29')).toBe('2031-02-28');
  });

  it('writes dates as people do', () => {
    expect(dateInWords('2026-03-14')).toBe('14 March 2026');
  });
});

describe('checks on what a volunteer tells us', () => {
  it('keeps capacity between 1 and 5 people', () => {
    expect(capacityProblem(1)).toBeNull();
    expect(capacityProblem(5)).toBeNull();
    expect(capacityProblem(0)).toMatch(/from 1 to 5/);
    expect(capacityProblem(6)).toMatch(/from 1 to 5/);
    expect(capacityProblem(2.5)).toMatch(/from 1 to 5/);
  });

  it('lets people describe their gender in their own words, within reason', () => {
    expect(genderProblem('Non-binary')).toBeNull();
    expect(genderProblem('')).toBeNull();
    expect(genderProblem('x'.repeat(61))).toMatch(/60 characters/);
    expect(genderProblem('Wo\u202Eman')).toMatch(/hidden control/);
  });

  it('asks for each part of a referee', () => {
    expect(refereeProblems({ name: '', relationship: '', contact: '' })).toEqual({
      name: expect.stringMatching(/full name/),
      relationship: expect.stringMatching(/how you know/i),
      contact: expect.stringMatching(/email address or phone number/),
    });
    expect(refereeProblems({ name: 'Ann Lee', relationship: 'Manager', contact: '01422 000000' })).toEqual({
      name: null,
      relationship: null,
      contact: null,
    });
  });

  it('says what an application still needs, by field', () => {
    const empty = { offers: [], contactModes: [], availabilityMask: 0, specificTimeCount: 0, postcode: null, travelRadiusKm: null, refereeCount: 0 };
    expect(applicationProblems(empty).map((p) => p.field)).toEqual(['offers', 'contactModes', 'weeklyAvailability', 'postcode', 'referees']);
    const phoneOnly = { offers: ['BEFRIENDING'], contactModes: ['PHONE'], availabilityMask: 1, specificTimeCount: 0, postcode: 'HX7 8AF', travelRadiusKm: null, refereeCount: 2 };
    expect(applicationProblems(phoneOnly)).toEqual([]);
    expect(applicationProblems({ ...phoneOnly, offers: ['FIRST_SESSION_COMPANION'] }).map((p) => p.field)).toEqual(['travelRadiusKm']);
  });
});

describe('DBS records', () => {
  it('keeps only the last 4 digits of a certificate number', () => {
    expect(certificateNumberProblem('0012 3456 7890')).toBeNull();
    expect(certificateNumberProblem('')).toBeNull();
    expect(certificateNumberProblem('12345')).toMatch(/12-digit/);
    expect(certificateEnding('0012 3456 7890')).toBe('7890');
    expect(certificateEnding('')).toBeNull();
  });

  it('refuses certificates from the future and re-checks before issue', () => {
    expect(dbsDateProblems('2026-03-14', null, '2026-06-15')).toEqual({ issuedOn: null, recheckDueOn: null });
    expect(dbsDateProblems('2026-07-01', null, '2026-06-15').issuedOn).toMatch(/today or in the past/);
    expect(dbsDateProblems('2026-03-14', '2026-03-01', '2026-06-15').recheckDueOn).toMatch(/after the date on the certificate/);
    expect(dbsDateProblems('not a date', null, '2026-06-15').issuedOn).toMatch(/Enter the date/);
  });

  it('refuses training completed in the future', () => {
    expect(trainingDateProblem('2026-06-15', '2026-06-15')).toBeNull();
    expect(trainingDateProblem('2026-06-16', '2026-06-15')).toMatch(/today or in the past/);
  });
});
