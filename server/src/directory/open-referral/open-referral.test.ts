import { describe, expect, it } from 'vitest';
import { sessionsBetween, type ActivitySchedule } from '@kindred/shared';
import { accessFromRecords, featuresIn } from './access-mapping.js';
import { costFrom } from './cost-mapping.js';
import { scheduleRecord } from './hsds-records.js';
import { derivedId } from './ids.js';
import { readDocument } from './read-document.js';
import { joinDateRanges, scheduleFromRecord, scheduleRecords } from './schedule-mapping.js';

const service = {
  id: 's1',
  name: 'Lunch club',
  status: 'active',
  organization: { id: 'o1', name: 'Friends' },
  service_at_locations: [{ id: 'sal1', location: { id: 'l1', location_type: 'physical', addresses: [{ id: 'a1', address_1: '1 Main St' }] } }],
  schedules: [{ id: 'sch1', freq: 'WEEKLY', byday: 'WE' }],
};

describe('reading the shapes Open Referral UK data comes in', () => {
  it('reads one service, a list, a page, an organisation with its services, and flat tables alike', () => {
    const shapes = [
      service,
      [service],
      { total_items: 1, contents: [service] },
      { id: 'o1', name: 'Friends', services: [{ ...service, organization: undefined }] },
      {
        'services.csv': [{ id: 's1', name: 'Lunch club', status: 'active', organization_id: 'o1' }],
        organizations: [{ id: 'o1', name: 'Friends' }],
        service_at_location: [{ id: 'sal1', service_id: 's1', location_id: 'l1' }],
        locations: [{ id: 'l1', location_type: 'physical' }],
        addresses: [{ id: 'a1', location_id: 'l1', address_1: '1 Main St' }],
        schedules: [{ id: 'sch1', service_id: 's1', freq: 'WEEKLY', byday: 'WE' }],
      },
    ];
    for (const shape of shapes) {
      const c = readDocument(shape)!;
      expect(c.services.map((s) => [s.id, s.organization_id])).toEqual([['s1', 'o1']]);
      expect(c.serviceAtLocations.map((s) => [s.service_id, s.location_id])).toEqual([['s1', 'l1']]);
      expect(c.addresses.map((a) => a.location_id)).toEqual(['l1']);
      expect(c.schedules.map((s) => s.service_id)).toEqual(['s1']);
    }
  });

  it('finds nothing in data that is not Open Referral', () => {
    expect(readDocument({ hello: 'world' })).toBeNull();
    expect(readDocument([1, 2, 3])).toBeNull();
    expect(readDocument('text')).toBeNull();
  });
});

const schedule = (over: Record<string, unknown>) => scheduleFromRecord(scheduleRecord.parse({ id: 'x', freq: 'WEEKLY', byday: 'TU', ...over }), '2026-01-01');

describe('schedules from Open Referral', () => {
  it('reads times without a zone as London time, and converts times with one', () => {
    expect(schedule({ opens_at: '10:00:00', closes_at: '12:00:00' })).toMatchObject({ schedule: { startTime: '10:00', endTime: '12:00' } });
    // 13:00 UTC is 14:00 in London in July, and 13:00 in January.
    expect(schedule({ dtstart: '2026-07-07', opens_at: '13:00Z', closes_at: '15:00Z' })).toMatchObject({ schedule: { startTime: '14:00', endTime: '16:00' } });
    expect(schedule({ dtstart: '2026-01-06', opens_at: '13:00Z', closes_at: '15:00Z' })).toMatchObject({ schedule: { startTime: '13:00', endTime: '15:00' } });
    expect(schedule({ dtstart: '2026-07-07', opens_at: '14:00+01:00', closes_at: '16:00+01:00' })).toMatchObject({ schedule: { startTime: '14:00' } });
  });

  it('turns a count of sessions into a last date, and keeps monthly ordinals', () => {
    expect(schedule({ dtstart: '2026-01-06', count: 3, opens_at: '10:00', closes_at: '11:00' })).toMatchObject({ schedule: { endsOn: '2026-01-20' } });
    const monthly = schedule({ freq: 'MONTHLY', byday: '1TU,-1FR', opens_at: '10:00', closes_at: '11:00' });
    expect(monthly).toMatchObject({ schedule: { byDay: [{ day: 'TUE', nth: 1 }, { day: 'FRI', nth: -1 }] } });
  });

  it('names what is wrong, and keeps a schedule it cannot compute if it is described in words', () => {
    expect(schedule({ byday: 'Tuesdays', opens_at: '10:00', closes_at: '11:00' })).toEqual({
      problems: [{ field: 'byday', message: 'Write the days like TU,TH, or for monthly schedules 1TU,3TU or -1FR' }],
    });
    expect(schedule({ opens_at: '10am', closes_at: '11:00' })).toMatchObject({ problems: [{ field: 'opens_at' }] });
    expect(schedule({ byday: '2TU', opens_at: '10:00', closes_at: '11:00' })).toMatchObject({ problems: [{ field: 'byday' }] });
    expect(schedule({ byweekno: '1,2', opens_at: '10:00', closes_at: '11:00' })).toMatchObject({ problems: [{ field: 'freq' }] });
    expect(schedule({ byweekno: '1,2', description: 'Two weeks in January' })).toMatchObject({ schedule: { frequency: null, description: 'Two weeks in January' } });
  });
});

describe('skipped dates, which HSDS has no field for', () => {
  const fortnightly: ActivitySchedule = {
    id: 'walk',
    frequency: 'WEEKLY',
    interval: 2,
    byDay: [{ day: 'WED', nth: null }],
    byMonthDay: [],
    startTime: '10:00',
    endTime: '11:30',
    startsOn: '2026-01-07',
    endsOn: null,
    exceptions: ['2026-12-23', '2027-01-06'],
    description: null,
    notes: null,
  };

  it('are written as date ranges around them, with no empty range between two', () => {
    const records = scheduleRecords(fortnightly, 'fallback', {});
    expect(records.map((r) => [r.id, r.dtstart, r.valid_from, r.valid_to ?? null])).toEqual([
      ['walk', '2026-01-07', '2026-01-07', '2026-12-22'],
      [derivedId('walk', 'range', '1'), '2026-01-07', '2027-01-07', null],
    ]);
  });

  it('are read back from those ranges, giving the same sessions', () => {
    const read = scheduleRecords(fortnightly, 'fallback', {}).map((r) => {
      const mapped = scheduleFromRecord(scheduleRecord.parse(r), '2026-01-01');
      if (!('schedule' in mapped)) throw new Error(JSON.stringify(mapped));
      return mapped.schedule;
    });
    const [joined, ...rest] = joinDateRanges(read);
    expect(rest).toEqual([]);
    expect(joined).toMatchObject({ id: 'walk', startsOn: '2026-01-07', endsOn: null, exceptions: ['2026-12-23', '2027-01-06'] });
    expect(sessionsBetween(joined!, '2026-11-01', '2027-03-01')).toEqual(sessionsBetween(fortnightly, '2026-11-01', '2027-03-01'));
  });
});

describe('accessibility', () => {
  it('reads a feature’s own name as that feature, and other words as notes that tick what they clearly say', () => {
    const access = accessFromRecords([
      { id: 'a', description: 'Hearing loop', details: null, url: null, accessibility: null },
      { id: 'b', description: null, details: 'Wheelchair access by the side door.', url: null, accessibility: 'Ramp to the side door.' },
    ]);
    expect(access.features).toEqual(['STEP_FREE', 'HEARING_LOOP']);
    expect(access.featureIds).toEqual({ HEARING_LOOP: 'a' });
    expect(access.notes).toEqual([{ text: 'Ramp to the side door.', details: 'Wheelchair access by the side door.', url: null, openReferralId: 'b' }]);
  });

  it('never reads what is missing as being there', () => {
    expect(featuresIn('There is no wheelchair access. Unfortunately the hearing loop is broken.')).toEqual([]);
    expect(featuresIn('No steps to the entrance. Guide dogs welcome.')).toEqual(['STEP_FREE', 'ASSISTANCE_DOGS']);
  });
});

describe('cost', () => {
  it('is free when every option costs nothing, or the words say free and name no price', () => {
    expect(costFrom(null, [{ id: 'c', amount: 0, option: 'Free', amount_description: null, currency: 'GBP' }])).toEqual({ text: null, isFree: true, optionId: 'c' });
    expect(costFrom('Free, donations welcome', [])).toMatchObject({ isFree: true });
    expect(costFrom('£3 a session, first session free', [])).toMatchObject({ isFree: false, text: '£3 a session, first session free' });
    expect(costFrom(null, [{ id: 'c', amount: 2.5, option: null, amount_description: 'per session', currency: 'GBP' }])).toMatchObject({ text: '£2.50 per session' });
  });
});
