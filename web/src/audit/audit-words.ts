import { londonWallClock } from '@kindred/shared';

/** What each recorded action means, in plain words. An action not listed here is shown as it is stored. */
export const ACTION_WORDS: Record<string, string> = {
  SIGN_IN: 'Signed in',
  SIGN_IN_FAILED: 'Sign-in refused',
  SIGN_OUT: 'Signed out',
  TWO_FACTOR_ENABLED: 'Set up two-step sign-in',
  ACCESS_DENIED: 'Refused access',
  SPECIAL_CATEGORY_READ: 'Read health or access information',
  ROLE_GRANTED: 'Role given',
  ROLE_REMOVED: 'Role taken away',
  VETTING_CHANGED: 'Vetting updated',
  VOLUNTEER_APPROVED: 'Volunteer approved',
  CONCERN_RAISED: 'Concern raised',
  CONCERN_TRIAGED: 'Concern triaged',
  CONCERNS_READ: 'Read concerns',
  MATCH_PAUSED: 'Match paused for safeguarding',
  VOLUNTEER_SUSPENDED: 'Volunteer suspended',
  SAFEGUARDING_PAUSE_LIFTED: 'Safeguarding pause lifted',
  MESSAGES_READ_BY_STAFF: 'Staff read messages',
  DATA_EXPORTED: 'Personal data downloaded',
  PERSON_ERASED: 'Person erased',
  AUDIT_SEARCHED: 'Searched the audit log',
};

export const OUTCOME_WORDS: Record<string, string> = {
  ALLOWED: 'Done',
  DENIED: 'Refused',
  FAILED: 'Failed',
};

const SUBJECT_WORDS: Record<string, string> = {
  UserAccount: 'Account',
  Seeker: 'Person’s record',
  SeekerCheckIns: 'Person’s check-ins',
  Volunteer: 'Volunteer’s record',
  VolunteerReference: 'Volunteer’s reference',
  Match: 'Match',
  SupportRequest: 'Request for support',
  Scheme: 'Scheme',
  Concern: 'Concern',
  AuditEvent: 'Audit log',
};

export const actionInWords = (action: string) => ACTION_WORDS[action] ?? action;
export const outcomeInWords = (outcome: string) => OUTCOME_WORDS[outcome] ?? outcome;

/** "Role given: Link worker", "Query.seeker" stays as the name of the request refused. */
export function subjectInWords(subjectType: string): string {
  if (subjectType.startsWith('Role.')) return `Role: ${subjectType.slice(5).toLowerCase().replace(/_/g, ' ')}`;
  if (subjectType.startsWith('Query.') || subjectType.startsWith('Mutation.') || subjectType.startsWith('Subscription.')) return `Request ${subjectType}`;
  return SUBJECT_WORDS[subjectType] ?? subjectType;
}

/** "21 Nov 2026, 14:05:09" on a London clock: to the second, as an audit needs. */
export function whenInWords(iso: string): string {
  const at = new Date(iso);
  const { date } = londonWallClock(at);
  const time = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' }).format(at);
  const day = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'short', year: 'numeric' }).format(new Date(`${date}T12:00:00Z`));
  return `${day}, ${time}`;
}
