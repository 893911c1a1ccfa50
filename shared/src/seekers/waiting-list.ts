/**
 * The waiting list: who is helped first, and how a person is told where they stand. Only what can be
 * worked out honestly from the data is ever said: a place in the queue, and a usual wait when there
 * are enough recent matches to give one.
 */
import { SUPPORT_KINDS, type SupportKind } from '../vocabulary/contact.js';

export type WaitingRequest = { id: string; kind: SupportKind; waitingSince: Date };

type Comparison = (a: WaitingRequest, b: WaitingRequest) => number;

/**
 * The order in which waiting people are helped; each rule breaks the ties the ones before it leave.
 * A risk flag, once recorded, goes first in this list. The id makes the order total, so two screens
 * never disagree about who is first.
 */
const WAITING_ORDER: readonly Comparison[] = [
  (a, b) => a.waitingSince.getTime() - b.waitingSince.getTime(),
  (a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
];

/** Waiting requests in the order they are helped: longest wait first. Does not change its argument. */
export function orderWaitingList<T extends WaitingRequest>(requests: readonly T[]): T[] {
  return [...requests].sort((a, b) => {
    for (const compare of WAITING_ORDER) {
      const result = compare(a, b);
      if (result !== 0) return result;
    }
    return 0;
  });
}

export type QueuePlace = { position: number; ahead: number; inQueue: number };

/** Where one request stands among the waiting requests of its own kind, or null when it is not waiting. */
export function placeInQueue(requests: readonly WaitingRequest[], requestId: string): QueuePlace | null {
  const mine = requests.find((r) => r.id === requestId);
  if (!mine) return null;
  const queue = orderWaitingList(requests.filter((r) => r.kind === mine.kind));
  const index = queue.findIndex((r) => r.id === requestId);
  return { position: index + 1, ahead: index, inQueue: queue.length };
}

/** 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st… */
export function ordinal(n: number): string {
  const lastTwo = n % 100;
  if (lastTwo >= 11 && lastTwo <= 13) return `${n}th`;
  const suffix = { 1: 'st', 2: 'nd', 3: 'rd' }[n % 10] ?? 'th';
  return `${n}${suffix}`;
}

/** "a befriender", "a companion for a first visit": what a person asked for, mid-sentence. */
export function supportKindPhrase(kind: SupportKind): string {
  const label = SUPPORT_KINDS.find((k) => k.id === kind)?.label ?? kind;
  return label.charAt(0).toLowerCase() + label.slice(1);
}

/** "You are 3rd in the queue for a befriender." in plain words for the person waiting. */
export function placeInWords(place: Pick<QueuePlace, 'position'>, kind: SupportKind): string {
  const what = supportKindPhrase(kind);
  if (place.position === 1) return `You are next in the queue for ${what}.`;
  return `You are ${ordinal(place.position)} in the queue for ${what}.`;
}

/** Fewer matches than this say too little about how long people wait, so nothing is said. */
export const TYPICAL_WAIT_MIN_SAMPLE = 5;

/**
 * The usual wait in whole weeks: the median of recent waits (in days) that ended in a match, or null
 * when there are too few to say.
 */
export function typicalWaitWeeks(waitDays: readonly number[], minimumSample = TYPICAL_WAIT_MIN_SAMPLE): number | null {
  if (waitDays.length < minimumSample || waitDays.length === 0) return null;
  const sorted = [...waitDays].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return Math.round(median / 7);
}

/** "People usually wait about 6 weeks for a befriender here." */
export function typicalWaitInWords(weeks: number, kind: SupportKind): string {
  const what = supportKindPhrase(kind);
  if (weeks < 1) return `People usually wait less than a week for ${what} here.`;
  return `People usually wait about ${weeks} ${weeks === 1 ? 'week' : 'weeks'} for ${what} here.`;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Whole days from one instant to another, never negative. */
export function daysBetween(from: Date, to: Date): number {
  return Math.max(0, Math.floor((to.getTime() - from.getTime()) / DAY_MS));
}

/** A length of time in the unit people would use: "3 days", "9 weeks", "5 months". */
export function durationInWords(days: number): string {
  if (days < 1) return 'less than a day';
  if (days < 14) return days === 1 ? '1 day' : `${days} days`;
  if (days < 7 * 16) return `${Math.floor(days / 7)} weeks`;
  const months = Math.floor(days / 30.44);
  return `${months} months`;
}

/** "2 weeks ago", or "Not contacted yet": when someone last heard from the scheme. */
export function lastContactInWords(lastContactedAt: Date | null, now: Date): string {
  if (!lastContactedAt) return 'Not contacted yet';
  const words = durationInWords(daysBetween(lastContactedAt, now));
  return `${words.charAt(0).toUpperCase()}${words.slice(1)} ago`;
}
