/**
 * When someone is free: a weekly grid of 7 days × 3 parts of the day, plus specific dates and
 * times. All in Europe/London time, the time people in Kindred live by.
 */
export const TIME_ZONE = 'Europe/London';

export const DAYS = [
  { id: 'MON', label: 'Monday', plural: 'Mondays' },
  { id: 'TUE', label: 'Tuesday', plural: 'Tuesdays' },
  { id: 'WED', label: 'Wednesday', plural: 'Wednesdays' },
  { id: 'THU', label: 'Thursday', plural: 'Thursdays' },
  { id: 'FRI', label: 'Friday', plural: 'Fridays' },
  { id: 'SAT', label: 'Saturday', plural: 'Saturdays' },
  { id: 'SUN', label: 'Sunday', plural: 'Sundays' },
] as const;
export type Day = (typeof DAYS)[number]['id'];

/** Parts of the day, with the local hours they cover (from inclusive, to exclusive). */
export const PARTS_OF_DAY = [
  { id: 'MORNING', label: 'Morning', plural: 'mornings', fromHour: 9, toHour: 12 },
  { id: 'AFTERNOON', label: 'Afternoon', plural: 'afternoons', fromHour: 12, toHour: 17 },
  { id: 'EVENING', label: 'Evening', plural: 'evenings', fromHour: 17, toHour: 21 },
] as const;
export type PartOfDay = (typeof PARTS_OF_DAY)[number]['id'];

export type WeeklySlot = { day: Day; part: PartOfDay };
/** A specific time someone is free outside (or instead of) their weekly pattern. */
export type SpecificTime = { date: string; from: string; to: string };

export const SLOT_COUNT = DAYS.length * PARTS_OF_DAY.length;
export const ALL_SLOTS_MASK = (1 << SLOT_COUNT) - 1;

const dayIndex = (day: Day) => DAYS.findIndex((d) => d.id === day);
const partIndex = (part: PartOfDay) => PARTS_OF_DAY.findIndex((p) => p.id === part);

/** The bit of one slot in a weekly mask: day-major, so Monday morning is bit 0. */
export function slotBit(slot: WeeklySlot): number {
  return 1 << (dayIndex(slot.day) * PARTS_OF_DAY.length + partIndex(slot.part));
}

/** A compact weekly grid: one bit a slot, so overlaps are a single AND. */
export function weeklyMask(slots: readonly WeeklySlot[]): number {
  return slots.reduce((mask, slot) => mask | slotBit(slot), 0);
}

export function slotsOf(mask: number): WeeklySlot[] {
  const slots: WeeklySlot[] = [];
  for (const day of DAYS) for (const part of PARTS_OF_DAY) {
    const slot = { day: day.id, part: part.id };
    if (mask & slotBit(slot)) slots.push(slot);
  }
  return slots;
}

/** How many weekly slots two people share. */
export function overlapCount(a: number, b: number): number {
  let common = (a & b) >>> 0;
  let count = 0;
  while (common) {
    common &= common - 1;
    count++;
  }
  return count;
}

/** "Tuesday afternoons", "Monday and Thursday mornings": the shared slots in words, most compact first. */
export function describeSlots(mask: number): string[] {
  return PARTS_OF_DAY.flatMap((part) => {
    const days = DAYS.filter((day) => mask & slotBit({ day: day.id, part: part.id })).map((d) => d.label);
    if (days.length === 0) return [];
    if (days.length === 7) return [`every ${part.label.toLowerCase()}`];
    const list = days.length === 1 ? days[0] : `${days.slice(0, -1).join(', ')} and ${days.at(-1)}`;
    return [`${list} ${part.plural}`];
  });
}

const localParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  weekday: 'short',
  hour: 'numeric',
  hourCycle: 'h23',
});

/** The weekly slot an instant falls in, in London time, or null outside 09:00–21:00. */
export function slotAt(instant: Date): WeeklySlot | null {
  // London is always a whole number of hours from UTC, so the slot is fixed within each UTC hour; the
  // matching engine asks for the same few session times over and over, and Intl formatting is slow.
  const hour = Math.floor(instant.getTime() / 3_600_000);
  if (slotCache.has(hour)) return slotCache.get(hour)!;
  if (slotCache.size >= 10_000) slotCache.clear();
  const slot = londonSlot(instant);
  slotCache.set(hour, slot);
  return slot;
}

const slotCache = new Map<number, WeeklySlot | null>();

function londonSlot(instant: Date): WeeklySlot | null {
  const parts = localParts.formatToParts(instant);
  const weekday = parts.find((p) => p.type === 'weekday')?.value.toUpperCase().slice(0, 3) as Day;
  const hour = Number(parts.find((p) => p.type === 'hour')?.value);
  const part = PARTS_OF_DAY.find((p) => hour >= p.fromHour && hour < p.toHour);
  return part ? { day: weekday, part: part.id } : null;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** Checks a specific time: a real date, and a start before its end. */
export function specificTimeProblem(t: SpecificTime): string | null {
  if (!DATE.test(t.date) || Number.isNaN(Date.parse(`${t.date}T00:00:00Z`))) return 'Enter a real date, like 2026-12-24';
  if (new Date(`${t.date}T00:00:00Z`).toISOString().slice(0, 10) !== t.date) return 'Enter a real date, like 2026-12-24';
  if (!TIME.test(t.from) || !TIME.test(t.to)) return 'Enter times like 09:30 or 14:00';
  if (t.from >= t.to) return 'The end time must be after the start time';
  return null;
}
