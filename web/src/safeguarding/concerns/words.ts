import type { ConcernSeverity, ConcernStatus, ConcernSubjectKind } from '../../gql/graphql';

export const CONCERN_TEXT_MAX = 2000;
export const TRIAGE_TEXT_MAX = 2000;
export const LIFT_NOTE_MAX = 1000;

export const SUBJECT_KINDS: readonly ConcernSubjectKind[] = ['PERSON', 'VOLUNTEER', 'MATCH', 'ACTIVITY'];

/** "this match", as the raise page names what the concern is about without loading it. */
export const SUBJECT_WORDS: Record<ConcernSubjectKind, string> = {
  PERSON: 'this person',
  VOLUNTEER: 'this volunteer',
  MATCH: 'this match',
  ACTIVITY: 'this activity',
};

/** Where the raise page sends people back to. */
export function subjectPath(kind: ConcernSubjectKind, id: string): string {
  const base: Record<ConcernSubjectKind, string> = { PERSON: '/seekers', VOLUNTEER: '/volunteers', MATCH: '/matches', ACTIVITY: '/activities' };
  return `${base[kind]}/${id}`;
}

export const SEVERITY_OPTIONS: ReadonlyArray<{ value: ConcernSeverity; label: string; hint: string }> = [
  { value: 'LOW', label: 'Low', hint: 'Worth noting; no one is at risk.' },
  { value: 'MEDIUM', label: 'Medium', hint: 'Needs following up.' },
  { value: 'HIGH', label: 'High', hint: 'Needs action soon.' },
  { value: 'SERIOUS', label: 'Serious', hint: 'Someone may be at risk. Their matches pause at once, and a volunteer it is about is suspended at once.' },
];

export function severityLabel(severity: ConcernSeverity | null | undefined): string {
  return SEVERITY_OPTIONS.find((o) => o.value === severity)?.label ?? 'Not decided yet';
}

export const STATUS_LABELS: Record<ConcernStatus, string> = {
  OPEN: 'Waiting to be looked at',
  TRIAGED: 'Being looked into',
  CLOSED: 'Closed',
};

export function dateTimeInWords(iso: string): string {
  return new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/London' }).format(new Date(iso));
}
