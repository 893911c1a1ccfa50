import { freeTextProblem } from '@kindred/shared';

export const CONCERN_TEXT_MAX = 2000;
export const TRIAGE_TEXT_MAX = 2000;
export const LIFT_NOTE_MAX = 1000;

/** A required answer: present, within `max` characters, with no hidden controls (which PostgreSQL or a reader could trip on). */
export function requiredTextProblem(value: string, max: number, what: string, whenEmpty: string): string | null {
  if (value.trim() === '') return whenEmpty;
  return freeTextProblem(value, max, what);
}

/** An optional answer: absent, or within `max` characters with no hidden controls. */
export function optionalTextProblem(value: string | null | undefined, max: number, what: string): string | null {
  return value ? freeTextProblem(value, max, what) : null;
}

/** The text as stored: trimmed, and null when nothing is left. */
export function cleanText(value: string | null | undefined): string | null {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}
