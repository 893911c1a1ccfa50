import { distanceKm, interest, isInterestId, type Coordinates, type InterestId } from '@kindred/shared';

/** Fewer people than this are never shown as a group: a smaller count could point to someone. */
export const SMALLEST_GROUP = 3;

/** What is read of a person: their district, home and reach (never leaves the server), interests. */
export type PersonNear = { area: string; home: Coordinates; reachKm: number; interests: readonly string[] };
export type ListedActivity = { title: string; venue: Coordinates; interests: readonly string[] };
export type GroupToStart = {
  interest: InterestId;
  interestLabel: string;
  area: string;
  people: number;
  nearestKm: number | null;
  nearestTitle: string | null;
};

/** Rounded as distances are shown elsewhere, so that the figure cannot pinpoint a home. */
export function roundedKm(km: number): number {
  return km < 10 ? Math.max(1, Math.round(km)) : Math.round(km / 5) * 5;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The activity with the smallest median distance from the group's homes, and that distance. */
function nearestTo(homes: readonly Coordinates[], candidates: readonly ListedActivity[]): { title: string; km: number } | null {
  let best: { title: string; km: number } | null = null;
  for (const activity of candidates) {
    const km = median(homes.map((home) => distanceKm(home, activity.venue)));
    if (!best || km < best.km || (km === best.km && activity.title < best.title)) best = { title: activity.title, km };
  }
  return best;
}

/**
 * Interests shared by at least SMALLEST_GROUP people of one postcode district, counting only people
 * with no listed activity of that interest within their own reach (their travel radius from home).
 * Biggest groups first. Homes are used for distances only; the result holds counts and districts.
 */
export function groupsToStart(people: readonly PersonNear[], activities: readonly ListedActivity[]): GroupToStart[] {
  const byInterest = new Map<string, ListedActivity[]>();
  for (const activity of activities) {
    for (const id of new Set(activity.interests)) {
      const list = byInterest.get(id) ?? [];
      list.push(activity);
      byInterest.set(id, list);
    }
  }
  const groups = new Map<string, { interest: InterestId; area: string; homes: Coordinates[] }>();
  for (const person of people) {
    for (const id of new Set(person.interests)) {
      if (!isInterestId(id)) continue;
      const withinReach = (byInterest.get(id) ?? []).some((a) => distanceKm(person.home, a.venue) <= person.reachKm);
      if (withinReach) continue;
      const key = `${id}|${person.area}`;
      const group = groups.get(key) ?? { interest: id, area: person.area, homes: [] };
      group.homes.push(person.home);
      groups.set(key, group);
    }
  }
  return [...groups.values()]
    .filter((g) => g.homes.length >= SMALLEST_GROUP)
    .map((g) => {
      const nearest = nearestTo(g.homes, byInterest.get(g.interest) ?? []);
      return {
        interest: g.interest,
        interestLabel: interest(g.interest).label,
        area: g.area,
        people: g.homes.length,
        nearestKm: nearest ? roundedKm(nearest.km) : null,
        nearestTitle: nearest?.title ?? null,
      };
    })
    .sort((a, b) => b.people - a.people || a.interestLabel.localeCompare(b.interestLabel) || a.area.localeCompare(b.area));
}
