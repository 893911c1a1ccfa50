import { describe, expect, it } from 'vitest';
import {
  durationInWords,
  lastContactInWords,
  ordinal,
  orderWaitingList,
  placeInQueue,
  placeInWords,
  typicalWaitInWords,
  typicalWaitWeeks,
  type WaitingRequest,
} from './waiting-list.js';

const now = new Date('2027-03-10T12:00:00Z');
const weeksAgo = (weeks: number) => new Date(now.getTime() - weeks * 7 * 24 * 60 * 60 * 1000);
const request = (id: string, weeks: number, kind: WaitingRequest['kind'] = 'BEFRIENDING'): WaitingRequest => ({
  id,
  kind,
  waitingSince: weeksAgo(weeks),
});

describe('the order of the waiting list', () => {
  it('puts the longest wait first and leaves its argument alone', () => {
    const requests = [request('b', 2), request('a', 9), request('c', 5)];
    expect(orderWaitingList(requests).map((r) => r.id)).toEqual(['a', 'c', 'b']);
    expect(requests.map((r) => r.id)).toEqual(['b', 'a', 'c']);
  });

  it('breaks a tie the same way every time', () => {
    const same = weeksAgo(3);
    const one = [{ id: 'y', kind: 'BEFRIENDING', waitingSince: same }, { id: 'x', kind: 'BEFRIENDING', waitingSince: same }] as const;
    expect(orderWaitingList(one).map((r) => r.id)).toEqual(['x', 'y']);
    expect(orderWaitingList([...one].reverse()).map((r) => r.id)).toEqual(['x', 'y']);
  });

  it('keeps extra facts on each entry', () => {
    const [first] = orderWaitingList([{ ...request('a', 1), name: 'Joan' }]);
    expect(first?.name).toBe('Joan');
  });
});

describe('a place in the queue', () => {
  const requests = [request('joan', 9), request('derek', 2), request('margaret', 5), request('kwame', 20, 'FIRST_SESSION_COMPANION')];

  it('counts only the people waiting for the same kind of support', () => {
    expect(placeInQueue(requests, 'derek')).toEqual({ position: 3, ahead: 2, inQueue: 3 });
    expect(placeInQueue(requests, 'joan')).toEqual({ position: 1, ahead: 0, inQueue: 3 });
    expect(placeInQueue(requests, 'kwame')).toEqual({ position: 1, ahead: 0, inQueue: 1 });
  });

  it('is null for a request that is not waiting', () => {
    expect(placeInQueue(requests, 'someone-else')).toBeNull();
  });

  it('is told in plain words', () => {
    expect(placeInWords({ position: 3 }, 'BEFRIENDING')).toBe('You are 3rd in the queue for a befriender.');
    expect(placeInWords({ position: 1 }, 'BEFRIENDING')).toBe('You are next in the queue for a befriender.');
    expect(placeInWords({ position: 2 }, 'FIRST_SESSION_COMPANION')).toBe('You are 2nd in the queue for a companion for a first visit.');
  });

  it('uses the right ordinal', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111, 112].map(ordinal)).toEqual([
      '1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '22nd', '23rd', '101st', '111th', '112th',
    ]);
  });
});

describe('the usual wait', () => {
  it('says nothing from too few matches', () => {
    expect(typicalWaitWeeks([])).toBeNull();
    expect(typicalWaitWeeks([10, 20, 30, 40])).toBeNull();
  });

  it('is the median in whole weeks, so one very long wait does not skew it', () => {
    expect(typicalWaitWeeks([14, 21, 42, 28, 400])).toBe(4);
    expect(typicalWaitWeeks([14, 21, 28, 35, 42, 400])).toBe(5);
  });

  it('is told in plain words', () => {
    expect(typicalWaitInWords(6, 'BEFRIENDING')).toBe('People usually wait about 6 weeks for a befriender here.');
    expect(typicalWaitInWords(1, 'BEFRIENDING')).toBe('People usually wait about 1 week for a befriender here.');
    expect(typicalWaitInWords(0, 'FIRST_SESSION_COMPANION')).toBe('People usually wait less than a week for a companion for a first visit here.');
  });
});

describe('time in words', () => {
  it('uses days, then weeks, then months', () => {
    expect(durationInWords(0)).toBe('less than a day');
    expect(durationInWords(1)).toBe('1 day');
    expect(durationInWords(13)).toBe('13 days');
    expect(durationInWords(14)).toBe('2 weeks');
    expect(durationInWords(63)).toBe('9 weeks');
    expect(durationInWords(200)).toBe('6 months');
  });

  it('says when someone was last contacted, or that they have not been', () => {
    expect(lastContactInWords(null, now)).toBe('Not contacted yet');
    expect(lastContactInWords(weeksAgo(2), now)).toBe('2 weeks ago');
    expect(lastContactInWords(new Date(now.getTime() - 60_000), now)).toBe('Less than a day ago');
  });
});
