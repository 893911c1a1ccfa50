import type { MatchStatus } from '../gql/graphql';
export { contactModeLabel, dateInWords, listInWords, reachByLabel, sessionInWords, supportKindLabel } from '../seekers/words';

const STATUS_LABELS: Record<MatchStatus, string> = {
  PROPOSED: 'Offered to the volunteer',
  VOLUNTEER_ACCEPTED: 'Waiting for the person',
  ACTIVE: 'Active',
  DECLINED: 'Declined',
  ENDED: 'Ended',
};

export function statusLabel(status: MatchStatus): string {
  return STATUS_LABELS[status];
}

export const STATUSES = Object.keys(STATUS_LABELS) as MatchStatus[];

const WAYS: Record<string, string> = {
  IN_PERSON: 'in person',
  PHONE: 'by phone',
  VIDEO: 'by video call',
  TEXT: 'by text message',
  LETTER: 'by letter',
};

/** "in person or by phone": how the two would keep in touch. */
export function waysInWords(modes: readonly string[]): string {
  if (modes.length === 0) return 'in a way you agree with your link worker';
  const ways = modes.map((m) => WAYS[m] ?? m.toLowerCase());
  return new Intl.ListFormat('en-GB', { style: 'long', type: 'disjunction' }).format(ways);
}

/** A reason as a sentence: a capital first and a full stop at the end. */
export function sentence(text: string): string {
  const trimmed = text.trim();
  const capitalised = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?]$/.test(capitalised) ? capitalised : `${capitalised}.`;
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
