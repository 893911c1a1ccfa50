import {
  DAYS,
  FIRST_VISIT_MODES,
  INTEREST_GROUPS,
  INTERESTS,
  PARTS_OF_DAY,
  SEARCH_DISTANCES_KM,
  VENUE_FEATURES,
  dateInWords,
  listInWords,
  londonWallClock,
} from '@kindred/shared';

type Labelled = ReadonlyArray<{ id: string; label: string }>;
const labelIn = (items: Labelled) => (id: string) => items.find((i) => i.id === id)?.label ?? id;

export const featureLabel = labelIn(VENUE_FEATURES);
export const interestLabel = labelIn(INTERESTS);
export const dayLabel = labelIn(DAYS);

/** How a newcomer gets in, in words: "Drop in" or "Book first"; not known means ask first. */
export function firstVisitWords(mode: string | null | undefined): string {
  return FIRST_VISIT_MODES.find((m) => m.id === mode)?.label ?? 'Get in touch before you go';
}

export function costWords(isFree: boolean, cost: string | null | undefined): string {
  if (cost) return cost;
  return isFree ? 'Free' : 'Ask the organiser';
}

/** "Checked on 3 November 2026", from an instant, on the London calendar. */
export function checkedWords(at: string | null | undefined): string {
  if (!at) return 'Never checked';
  return `Checked on ${dateInWords(londonWallClock(new Date(at)).date)}`;
}

export const DISTANCE_OPTIONS = SEARCH_DISTANCES_KM.map((km) => ({ value: String(km), label: `Within ${km} km` }));
export const DAY_OPTIONS = DAYS.map((d) => ({ value: d.id, label: d.label }));
const HOURS: Record<string, string> = { MORNING: '9am to 12 noon', AFTERNOON: '12 noon to 5pm', EVENING: '5pm to 9pm' };
export const PART_OPTIONS = PARTS_OF_DAY.map((p) => ({ value: p.id, label: `${p.label} (${HOURS[p.id]})` }));
export const FEATURE_OPTIONS = VENUE_FEATURES.map((f) => ({ value: f.id, label: f.label }));
/** Interests in their groups' order, each with its group, so a long list still reads in sections. */
export const INTEREST_OPTIONS = INTEREST_GROUPS.flatMap((g) =>
  INTERESTS.filter((i) => i.group === g.id).map((i) => ({ value: i.id, label: `${i.label} (${g.label.toLowerCase()})` })),
);

export { listInWords };
