import type { EntityManager } from '@mikro-orm/postgresql';
import type { Role } from '@kindred/shared';
import { Membership } from '../accounts/membership.entity.js';
import { schemesWhere } from '../accounts/policy.js';
import type { Viewer } from '../accounts/sessions.js';
import { UserAccount } from '../accounts/user.entity.js';
import { badInput, notFound } from '../graphql/errors.js';
import { isUuid } from '../seekers/seeker-access.js';
import { Seeker } from '../seekers/seeker.entity.js';
import { Volunteer } from '../volunteers/volunteer.entity.js';

/**
 * Whose data, and how much of it: a person with an account (everything linked to it) or a person
 * referred without one (their one seeker record); in every scheme (the person themself) or only in
 * the schemes of the member of staff asking.
 */
export type PersonScope = {
  userId: string | null;
  /** Set only for a person without an account. */
  seekerId: string | null;
  /** Null: every scheme. */
  schemeIds: string[] | null;
};

export type PersonRef = { seekerId?: string | null; userId?: string | null };

export const selfScope = (viewer: Viewer): PersonScope => ({ userId: viewer.id, seekerId: null, schemeIds: null });

const THAT_PERSON = 'That person';

/**
 * The person a member of staff names, seen through the schemes where they hold one of `roles`. A
 * person with no record in those schemes looks exactly like one who does not exist.
 */
export async function staffScope(em: EntityManager, viewer: Viewer, ref: PersonRef, roles: Role[]): Promise<PersonScope> {
  const hasSeeker = !!ref.seekerId;
  const hasUser = !!ref.userId;
  if (hasSeeker === hasUser) throw badInput([{ field: 'seekerId', message: 'Name one person: their record or their account' }]);
  const schemeIds = schemesWhere(viewer, ...roles);
  if (hasSeeker) {
    const id = ref.seekerId as string;
    const seeker = isUuid(id) && schemeIds.length > 0 ? await em.findOne(Seeker, { id, scheme: { $in: schemeIds } }) : null;
    if (!seeker) throw notFound(THAT_PERSON);
    return seeker.account ? { userId: seeker.account.id, seekerId: null, schemeIds } : { userId: null, seekerId: seeker.id, schemeIds: [seeker.scheme.id] };
  }
  const userId = ref.userId as string;
  if (!isUuid(userId) || schemeIds.length === 0 || !(await belongsToSchemes(em, userId, schemeIds))) throw notFound(THAT_PERSON);
  return { userId, seekerId: null, schemeIds };
}

/** Whether the account has any role or record in these schemes. */
async function belongsToSchemes(em: EntityManager, userId: string, schemeIds: string[]): Promise<boolean> {
  const scheme = { $in: schemeIds };
  const [memberships, seekers, volunteers] = await Promise.all([
    em.count(Membership, { user: userId, scheme }),
    em.count(Seeker, { account: userId, scheme }),
    em.count(Volunteer, { user: userId, scheme }),
  ]);
  return memberships + seekers + volunteers > 0 && (await em.count(UserAccount, { id: userId })) > 0;
}

/** The `scheme` filter for a scope: every scheme, or those named. */
export function schemeFilter(scope: PersonScope): { scheme?: { $in: string[] } } {
  return scope.schemeIds ? { scheme: { $in: scope.schemeIds } } : {};
}

/** The seeker records in scope: every one linked to the account, or the one record. */
export function seekersInScope(em: EntityManager, scope: PersonScope): Promise<Seeker[]> {
  const who = scope.userId ? { account: scope.userId } : { id: scope.seekerId as string };
  return em.find(Seeker, { ...who, ...schemeFilter(scope) }, { populate: ['phone', 'email', 'address', 'scheme', 'referredBy'], orderBy: { createdAt: 'asc' } });
}

export function volunteersInScope(em: EntityManager, scope: PersonScope): Promise<Volunteer[]> {
  if (!scope.userId) return Promise.resolve([]);
  return em.find(Volunteer, { user: scope.userId, ...schemeFilter(scope) }, { populate: ['scheme', 'approvedBy', 'recruitmentDrive'], orderBy: { createdAt: 'asc' } });
}
