import { describe, expect, it } from 'vitest';
import {
  approvalProblems,
  dbsIsCurrent,
  eligibleForNewMatches,
  nextStepForStaff,
  nextStepForVolunteer,
  vettingProgress,
  type VettingRecords,
} from './vetting.js';

const NOW = new Date('2026-06-15T10:00:00Z');
const verified = { status: 'VERIFIED' } as const;

const nothing: VettingRecords = {
  applicationStarted: false,
  applicationSentAt: null,
  references: [],
  dbsCheck: null,
  completedTraining: [],
  approvedAt: null,
};
const sent = { ...nothing, applicationStarted: true, applicationSentAt: new Date('2026-05-01T09:00:00Z') };
const referenced = { ...sent, references: [verified, verified] };
const checked = { ...referenced, dbsCheck: { recheckDueOn: '2029-05-20' } };
const trained = { ...checked, completedTraining: ['SAFEGUARDING', 'BOUNDARIES', 'COMMUNICATION_SUPPORT'] as const };
const approved = { ...trained, approvedAt: new Date('2026-06-01T12:00:00Z') };

const stageOf = (records: VettingRecords, now = NOW) => vettingProgress(records, now).stage;
const statusOf = (records: VettingRecords, step: string) => vettingProgress(records, NOW).steps.find((s) => s.step === step)?.status;

describe('where a volunteer is in vetting', () => {
  it('walks the pipeline in order: application, references, DBS, training, approval', () => {
    expect(stageOf(nothing)).toBe('APPLICATION');
    expect(stageOf(sent)).toBe('REFERENCES');
    expect(stageOf(referenced)).toBe('DBS_CHECK');
    expect(stageOf(checked)).toBe('TRAINING');
    expect(stageOf(trained)).toBe('APPROVAL');
    expect(stageOf(approved)).toBe('APPROVED');
  });

  it('waits for the first step not done, even when later ones were recorded early', () => {
    const dbsFirst = { ...sent, references: [verified], dbsCheck: { recheckDueOn: '2029-01-01' }, completedTraining: ['SAFEGUARDING'] as const };
    expect(stageOf(dbsFirst)).toBe('REFERENCES');
    expect(statusOf(dbsFirst, 'REFERENCES')).toBe('IN_PROGRESS');
    expect(statusOf(dbsFirst, 'DBS_CHECK')).toBe('DONE');
    expect(statusOf(dbsFirst, 'TRAINING')).toBe('IN_PROGRESS');
    expect(statusOf(dbsFirst, 'APPROVAL')).toBe('CANNOT_START_YET');
  });

  it('counts only checked references, and needs two', () => {
    expect(stageOf({ ...sent, references: [verified, { status: 'RECEIVED' }] })).toBe('REFERENCES');
    expect(statusOf({ ...sent, references: [{ status: 'REQUESTED' }, { status: 'REQUESTED' }] }, 'REFERENCES')).toBe('NOT_STARTED');
  });

  it('says an application is in progress once the volunteer has started it', () => {
    expect(statusOf(nothing, 'APPLICATION')).toBe('NOT_STARTED');
    expect(statusOf({ ...nothing, applicationStarted: true }, 'APPLICATION')).toBe('IN_PROGRESS');
    expect(statusOf(sent, 'APPLICATION')).toBe('DONE');
  });

  it('says who acts next: the volunteer for the application, staff after that, nobody once approved', () => {
    expect(vettingProgress(nothing, NOW).next).toEqual({ step: 'APPLICATION', actor: 'VOLUNTEER' });
    expect(vettingProgress(referenced, NOW).next).toEqual({ step: 'DBS_CHECK', actor: 'STAFF' });
    expect(vettingProgress(approved, NOW).next).toBeNull();
  });
});

describe('a DBS check lapsing', () => {
  const dueOn = (recheckDueOn: string) => ({ ...approved, dbsCheck: { recheckDueOn } });

  it('is current until the day before the re-check date and lapsed on it, in London time', () => {
    expect(dbsIsCurrent({ recheckDueOn: '2026-06-16' }, NOW)).toBe(true);
    expect(dbsIsCurrent({ recheckDueOn: '2026-06-15' }, NOW)).toBe(false);
    // 23:30 UTC on 14 June is 00:30 on 15 June in London (summer time): already the re-check date.
    expect(dbsIsCurrent({ recheckDueOn: '2026-06-15' }, new Date('2026-06-14T23:30:00Z'))).toBe(false);
    expect(dbsIsCurrent(null, NOW)).toBe(false);
  });

  it('turns an approved volunteer into LAPSED, with staff to act', () => {
    expect(stageOf(dueOn('2026-06-01'))).toBe('LAPSED');
    expect(vettingProgress(dueOn('2026-06-01'), NOW).next).toEqual({ step: 'DBS_CHECK', actor: 'STAFF' });
    expect(statusOf(dueOn('2026-06-01'), 'DBS_CHECK')).toBe('LAPSED');
    expect(stageOf(dueOn('2026-06-16'))).toBe('APPROVED');
  });

  it('makes a volunteer still in vetting LAPSED only when the DBS check is the step they are at', () => {
    expect(stageOf({ ...referenced, dbsCheck: { recheckDueOn: '2026-01-01' } })).toBe('LAPSED');
    expect(stageOf({ ...sent, dbsCheck: { recheckDueOn: '2026-01-01' } })).toBe('REFERENCES');
  });
});

describe('eligible for new matches', () => {
  it('only when approved, the DBS check is current and not paused', () => {
    expect(eligibleForNewMatches({ ...approved, pausedAt: null }, NOW)).toBe(true);
    expect(eligibleForNewMatches({ ...approved, pausedAt: new Date('2026-06-10T00:00:00Z') }, NOW)).toBe(false);
    expect(eligibleForNewMatches({ ...approved, dbsCheck: { recheckDueOn: '2026-06-15' }, pausedAt: null }, NOW)).toBe(false);
    expect(eligibleForNewMatches({ ...trained, pausedAt: null }, NOW)).toBe(false);
  });

  it('stops the day the DBS check lapses without anyone doing anything', () => {
    const volunteer = { ...approved, dbsCheck: { recheckDueOn: '2029-05-20' }, pausedAt: null };
    expect(eligibleForNewMatches(volunteer, new Date('2029-05-19T22:59:00Z'))).toBe(true);
    expect(eligibleForNewMatches(volunteer, new Date('2029-05-19T23:00:00Z'))).toBe(false);
  });
});

describe('approval', () => {
  it('names everything still needed', () => {
    expect(approvalProblems(nothing, NOW)).toEqual([
      'the volunteer has not sent their application',
      '2 more checked references',
      'a DBS check',
      '3 more training modules',
    ]);
    expect(approvalProblems({ ...trained, dbsCheck: { recheckDueOn: '2026-01-01' } }, NOW)).toEqual([
      'a new DBS check (the last one needs renewing)',
    ]);
    expect(approvalProblems(trained, NOW)).toEqual([]);
  });
});

describe('what comes next, in words', () => {
  it('tells the volunteer plainly, and mentions a pause first', () => {
    expect(nextStepForVolunteer(vettingProgress(nothing, NOW), false)).toMatch(/send it to us/);
    expect(nextStepForVolunteer(vettingProgress(approved, NOW), true)).toMatch(/paused/);
    expect(nextStepForVolunteer(vettingProgress({ ...approved, dbsCheck: { recheckDueOn: '2026-01-01' } }, NOW), false)).toMatch(/renew/);
  });

  it('tells staff what to record', () => {
    expect(nextStepForStaff(vettingProgress(sent, NOW))).toMatch(/references/);
    expect(nextStepForStaff(vettingProgress(trained, NOW))).toMatch(/approve/);
  });
});
