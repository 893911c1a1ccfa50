import { dateInWords, londonDate } from '@kindred/shared';

/** "20 November 2026", the London date of an instant the API sent. */
export function dayOf(instant: string): string {
  return dateInWords(londonDate(new Date(instant)));
}

export const STATUS_WORDS: Record<'OPEN' | 'CLOSED', string> = { OPEN: 'Open', CLOSED: 'Closed' };

/** The link people open, on this site. */
export function publicLink(signUpPath: string): string {
  return `${window.location.origin}${signUpPath}`;
}
