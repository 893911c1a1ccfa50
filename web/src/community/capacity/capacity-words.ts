import { dateInWords } from '@kindred/shared';

export type CapacityWeek = {
  weekStarting: string;
  activeVolunteers: number;
  sparePlaces: number;
  peopleWaiting: number;
  matchesMade: number;
  medianDaysToMatch: number | null;
};

const NUMBER = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });
const count = (n: number, one: string, many: string) => `${NUMBER.format(n)} ${n === 1 ? one : many}`;

/** "3 Mar", for a chart's axis. */
export function shortWeek(isoDate: string): string {
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(new Date(`${isoDate}T00:00:00Z`));
}

/** "the week starting 3 March 2026". */
export const weekWords = (isoDate: string) => `the week starting ${dateInWords(isoDate)}`;

export function volunteersSummary(weeks: readonly CapacityWeek[]): string {
  const first = weeks[0]!;
  const now = weeks.at(-1)!;
  const today = `${count(now.activeVolunteers, 'volunteer is', 'volunteers are')} active now, with ${count(now.sparePlaces, 'place', 'places')} free.`;
  if (weeks.length === 1) return today;
  return `${today} At the start of ${weekWords(first.weekStarting)}, ${count(first.activeVolunteers, 'volunteer was', 'volunteers were')} active, with ${count(first.sparePlaces, 'place', 'places')} free.`;
}

export function waitingSummary(weeks: readonly CapacityWeek[]): string {
  const first = weeks[0]!;
  const now = weeks.at(-1)!;
  const today = `${count(now.peopleWaiting, 'person is', 'people are')} waiting now`;
  if (weeks.length === 1) return `${today}.`;
  const change = now.peopleWaiting > first.peopleWaiting ? 'up from' : now.peopleWaiting < first.peopleWaiting ? 'down from' : 'the same as';
  return `${today}, ${change} ${NUMBER.format(first.peopleWaiting)} at the end of ${weekWords(first.weekStarting)}.`;
}

export function matchesSummary(weeks: readonly CapacityWeek[]): string {
  const total = weeks.reduce((sum, w) => sum + w.matchesMade, 0);
  const busiest = weeks.reduce((best, w) => (w.matchesMade > best.matchesMade ? w : best), weeks[0]!);
  const made = `${count(total, 'match was', 'matches were')} made in the last ${count(weeks.length, 'week', 'weeks')}, ${NUMBER.format(weeks.at(-1)!.matchesMade)} of them this week.`;
  return total === 0 ? made : `${made} The most in one week was ${NUMBER.format(busiest.matchesMade)}, in ${weekWords(busiest.weekStarting)}.`;
}

export function waitTimeSummary(weeks: readonly CapacityWeek[]): string {
  const withMatches = weeks.filter((w) => w.medianDaysToMatch !== null);
  if (withMatches.length === 0) return `Nobody was matched in these ${count(weeks.length, 'week', 'weeks')}, so there is no waiting time to show.`;
  const latest = withMatches.at(-1)!;
  const days = withMatches.map((w) => w.medianDaysToMatch!);
  const latestWords = `People matched in ${weekWords(latest.weekStarting)} had waited ${count(latest.medianDaysToMatch!, 'day', 'days')} (the median).`;
  if (withMatches.length === 1) return `${latestWords} Weeks with no matches have no figure.`;
  return `${latestWords} Across the weeks with matches, the median wait ran from ${NUMBER.format(Math.min(...days))} to ${count(Math.max(...days), 'day', 'days')}. Weeks with no matches have no figure.`;
}
