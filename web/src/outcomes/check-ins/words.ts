import { dateInWords } from '@kindred/shared';
import type { CheckInOccasion } from '../../gql/graphql';

// Kind words for check-ins. The person-facing pages never call anyone lonely: only the published
// ONS question itself contains the word.

export const INTRO = 'A few questions about how you’ve been. Skip any you’d rather not answer.';
export const NOTHING_DUE = 'Nothing to fill in just now';

/** For staff: which check-in this is. */
export function occasionLabel(occasion: CheckInOccasion, monthsAfterBaseline: number | null | undefined): string {
  switch (occasion) {
    case 'BASELINE':
      return 'First check-in';
    case 'FOLLOW_UP':
      return monthsAfterBaseline ? `${monthsAfterBaseline}-month follow-up` : 'Follow-up';
    case 'ENDING':
      return 'When their match ended';
  }
}

/** For the person: which check-in this is, in their words. */
export function personOccasionLabel(occasion: CheckInOccasion, monthsAfterBaseline: number | null | undefined): string {
  switch (occasion) {
    case 'BASELINE':
      return 'Your first check-in';
    case 'FOLLOW_UP':
      return monthsAfterBaseline ? `Your check-in ${monthsAfterBaseline} months on` : 'A follow-up check-in';
    case 'ENDING':
      return 'Your check-in as your match ends';
  }
}

/** "12 June 2026", for a YYYY-MM-DD date or an instant (in London). */
export function whenInWords(value: string): string {
  const isoDate = /^\d{4}-\d{2}-\d{2}$/.test(value)
    ? value
    : new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date(value));
  return dateInWords(isoDate);
}
