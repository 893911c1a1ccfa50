import type { MikroORM } from '@mikro-orm/postgresql';
import { normaliseEmail } from '@kindred/shared';
import { auditRoleChange } from '../audit/account-events.js';
import { Membership } from './membership.entity.js';
import { hashPassword } from './passwords.js';
import { Scheme } from './scheme.entity.js';
import { UserAccount } from './user.entity.js';

/**
 * Creates an administrator of a new scheme, for bootstrapping a fresh installation (and for tests):
 * nobody can grant the first ADMIN role through the API.
 */
export async function createAdminAccount(
  orm: MikroORM,
  input: { email: string; password: string; displayName: string; scheme?: { name: string; area: string } },
): Promise<{ userId: string; schemeId: string }> {
  return orm.em.fork().transactional(async (em) => {
    const scheme = em.create(Scheme, {
      name: input.scheme?.name ?? `Scheme of ${input.displayName} ${Date.now()}`,
      area: input.scheme?.area ?? 'Not set',
      createdAt: new Date(),
    });
    const user = em.create(UserAccount, {
      email: normaliseEmail(input.email),
      displayName: input.displayName,
      passwordHash: await hashPassword(input.password),
      createdAt: new Date(),
    });
    em.create(Membership, { user, scheme, role: 'ADMIN', createdAt: new Date() });
    // Nobody granted it through the app: the actor is unknown (the installation itself).
    await auditRoleChange(em, { actorId: null, userId: user.id, schemeId: scheme.id, role: 'ADMIN', granted: true });
    return { userId: user.id, schemeId: scheme.id };
  });
}
