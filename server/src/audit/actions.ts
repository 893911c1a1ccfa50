/**
 * Every kind of event the audit log records. Each engineer adds the actions they record here,
 * one line each. An action names what happened, never the values involved.
 */
export type AuditAction =
  | 'SIGN_IN'
  | 'SIGN_IN_FAILED'
  | 'TWO_FACTOR_ENABLED'
  | 'SIGN_OUT'
  | 'ACCESS_DENIED'
  | 'SPECIAL_CATEGORY_READ'
  | 'ROLE_GRANTED'
  | 'ROLE_REMOVED'
  | 'VOLUNTEER_APPROVED'
  | 'VETTING_CHANGED'
  | 'AUDIT_SEARCHED'
  | 'MESSAGES_READ_BY_STAFF'
  | 'CONCERN_RAISED'
  | 'CONCERN_TRIAGED'
  | 'CONCERNS_READ'
  | 'MATCH_PAUSED'
  | 'VOLUNTEER_SUSPENDED'
  | 'SAFEGUARDING_PAUSE_LIFTED'
  | 'DATA_EXPORTED'
  | 'PERSON_ERASED';

/** How the attempt ended: done, refused for access reasons, or tried and failed (a wrong password). */
export type AuditOutcome = 'ALLOWED' | 'DENIED' | 'FAILED';
export const AUDIT_OUTCOMES: readonly AuditOutcome[] = ['ALLOWED', 'DENIED', 'FAILED'];
