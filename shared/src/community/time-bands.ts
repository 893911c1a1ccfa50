import { DAYS, slotBit, type Day, type PartOfDay } from '../vocabulary/availability.js';

/** Coarse time-of-week bands a recruit can be asked for; each is a mask over the 21-slot weekly grid. */
export type TimeBand =
  | 'WEEKDAY_MORNINGS'
  | 'WEEKDAY_AFTERNOONS'
  | 'WEEKDAY_EVENINGS'
  | 'WEEKEND_MORNINGS'
  | 'WEEKEND_AFTERNOONS'
  | 'WEEKEND_EVENINGS';

const WEEKDAYS: readonly Day[] = DAYS.slice(0, 5).map((d) => d.id);
const WEEKEND: readonly Day[] = DAYS.slice(5).map((d) => d.id);

const band = (id: TimeBand, days: readonly Day[], part: PartOfDay, label: string) => ({
  id,
  label,
  mask: days.reduce((mask, day) => mask | slotBit({ day, part }), 0),
});

/** In the order a community builder reads a week. Labels complete "free …". */
export const TIME_BANDS: ReadonlyArray<{ id: TimeBand; label: string; mask: number }> = [
  band('WEEKDAY_MORNINGS', WEEKDAYS, 'MORNING', 'weekday mornings'),
  band('WEEKDAY_AFTERNOONS', WEEKDAYS, 'AFTERNOON', 'weekday afternoons'),
  band('WEEKDAY_EVENINGS', WEEKDAYS, 'EVENING', 'weekday evenings'),
  band('WEEKEND_MORNINGS', WEEKEND, 'MORNING', 'weekend mornings'),
  band('WEEKEND_AFTERNOONS', WEEKEND, 'AFTERNOON', 'weekend afternoons'),
  band('WEEKEND_EVENINGS', WEEKEND, 'EVENING', 'weekend evenings'),
];

export function timeBand(id: TimeBand): { id: TimeBand; label: string; mask: number } {
  const found = TIME_BANDS.find((b) => b.id === id);
  if (!found) throw new Error(`Unknown time band ${id}`);
  return found;
}

export function isTimeBand(value: string): value is TimeBand {
  return TIME_BANDS.some((b) => b.id === value);
}

