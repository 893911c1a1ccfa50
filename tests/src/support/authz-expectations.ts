/**
 * What each member of the cast should get from a root field, given its classification: the outcome
 * an allowed caller may see, or the codes a denied caller must get (SECURITY.md: denial is
 * UNAUTHENTICATED for nobody, FORBIDDEN from the role guard, NOT_FOUND from the service).
 */
import type { Classification, StaffRole } from './authz-classification.ts';

export type ActorName = 'nobody' | 'owner' | 'another of the same role' | 'link worker of another scheme' | 'admin of the scheme';

export type Expected = { allowed: true } | { allowed: false; codes: string[] };

const ALLOW: Expected = { allowed: true };
const deny = (...codes: string[]): Expected => ({ allowed: false, codes });

/** Who plays "the owner" for a field: the person the field is for. */
export function ownerRole(rule: Classification): 'SEEKER' | 'VOLUNTEER' | StaffRole {
  if (rule.who === 'ADMIN') return 'ADMIN';
  if (rule.who === 'STAFF_OF_SCHEME') return rule.roles.includes('LINK_WORKER') ? 'LINK_WORKER' : (rule.roles[0] ?? 'ADMIN');
  if (rule.who === 'SIGNED_IN_OWN') return rule.role ?? 'VOLUNTEER';
  return 'VOLUNTEER';
}

/**
 * `ownerIds`: the arguments name objects of the owner (or their scheme), so callers other than the
 * owner and the scheme's staff must not reach them.
 */
export function expectedFor(rule: Classification, actor: ActorName, ownerIds: boolean): Expected {
  if (rule.who === 'PUBLIC') return ALLOW;
  if (actor === 'nobody') return deny('UNAUTHENTICATED');
  if (actor === 'owner') return ALLOW;
  if (rule.who === 'ADMIN') return actor === 'admin of the scheme' ? ALLOW : deny('FORBIDDEN');
  if (rule.who === 'STAFF_OF_SCHEME') {
    if (actor === 'admin of the scheme') return rule.roles.includes('ADMIN') ? ALLOW : deny('FORBIDDEN');
    // "Another of the same role" for a staff field is played by a volunteer: the wrong role.
    if (actor === 'another of the same role') return deny('FORBIDDEN');
    // A link worker of another scheme holds the role, so the service must hide the owner's scheme.
    return rule.roles.includes('LINK_WORKER') ? deny('NOT_FOUND', 'FORBIDDEN') : deny('FORBIDDEN');
  }
  // SIGNED_IN_OWN
  if (rule.role && actor !== 'another of the same role') return deny('FORBIDDEN');
  if (rule.scheme) return actor === 'link worker of another scheme' ? deny('NOT_FOUND') : ALLOW;
  // Someone else calling a "my" field gets their own (empty) things; with the owner's ids, nothing.
  return ownerIds && !rule.othersGetTheirOwn ? deny('NOT_FOUND', 'FORBIDDEN') : ALLOW;
}
