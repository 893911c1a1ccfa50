import { describe, expect, it } from 'vitest';
import { groupsToStart, roundedKm, type ListedActivity, type PersonNear } from './groups-to-start.js';

// Points a known distance east of a home on the 53.74° parallel: 1 km is about 0.01516° of longitude there.
const HOME = { latitude: 53.74, longitude: -2.0 };
const east = (km: number) => ({ latitude: 53.74, longitude: -2.0 + km * 0.01516 });
const person = (overrides: Partial<PersonNear> = {}): PersonNear => ({ area: 'HX7', home: HOME, reachKm: 5, interests: ['singing'], ...overrides });
const activity = (title: string, km: number, interests = ['singing']): ListedActivity => ({ title, venue: east(km), interests });

describe('groups to start', () => {
  it('needs three people of one district with the interest and nothing within their own reach', () => {
    expect(groupsToStart([person(), person()], [])).toEqual([]);
    expect(groupsToStart([person(), person(), person({ area: 'OL14' })], [])).toEqual([]);
    expect(groupsToStart([person(), person(), person()], [])).toEqual([
      { interest: 'singing', interestLabel: 'Singing and choirs', area: 'HX7', people: 3, nearestKm: null, nearestTitle: null },
    ]);
    // An activity 4 km away is within reach of those who go 5 km, not of one who goes 3 km.
    const choir = [activity('Choir', 4)];
    expect(groupsToStart([person(), person(), person({ reachKm: 3 })], choir)).toEqual([]);
    expect(groupsToStart([person({ reachKm: 3 }), person({ reachKm: 3 }), person({ reachKm: 3 })], choir)[0]).toMatchObject({ people: 3, nearestTitle: 'Choir', nearestKm: 4 });
  });

  it('names the activity nearest the group as a whole (by median distance), ignoring other interests', () => {
    const people = [person({ reachKm: 1 }), person({ reachKm: 1, home: east(6) }), person({ reachKm: 1, home: east(6) })];
    const listed = [activity('West choir', -3), activity('East choir', 8), activity('Art club', 6, ['painting'])];
    // Medians: West choir 9 km (3, 9, 9), East choir 2 km (8, 2, 2).
    expect(groupsToStart(people, listed)[0]).toMatchObject({ nearestTitle: 'East choir', nearestKm: 2 });
  });

  it('counts each person once per interest, ignores unknown interests, and puts the biggest group first', () => {
    const people = [
      person({ interests: ['walking', 'singing', 'singing', 'not-an-interest'] }),
      person({ interests: ['walking', 'singing'] }),
      person({ interests: ['walking', 'singing'] }),
      person({ interests: ['walking'] }),
    ];
    expect(groupsToStart(people, []).map((g) => [g.interest, g.people])).toEqual([
      ['walking', 4],
      ['singing', 3],
    ]);
  });

  it('rounds distances as Kindred shows them elsewhere', () => {
    expect([0.2, 1.4, 6.6, 9.4, 12.4, 13, 27.6].map(roundedKm)).toEqual([1, 1, 7, 9, 10, 15, 30]);
  });
});
