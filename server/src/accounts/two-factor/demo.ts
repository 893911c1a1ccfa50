import type { EntityManager } from '@mikro-orm/postgresql';
import { Membership } from '../membership.entity.js';
import { TwoFactorSecret } from './two-factor.entity.js';
import { TWO_FACTOR_ROLES } from './requirement.js';

/**
 * The one authenticator key every demo staff account shares, published in the README so anyone
 * trying Kindred can add it to an app (or read the codes at /dev/two-factor in development).
 * Demo data is never loaded in production.
 */
export const DEMO_TWO_FACTOR_SECRET = 'KINDREDDEMOSTAFFTWOFACTORSECRET2';

/**
 * Turns two-factor sign-in on for every demo account holding a staff role. The demo key is stored as
 * it is, even with TWO_FACTOR_KEY set: it is published anyway, and /dev/two-factor finds accounts by it.
 */
export async function addTwoFactorDemoData(em: EntityManager): Promise<void> {
  await em.flush();
  const staff = await em.find(Membership, { role: { $in: [...TWO_FACTOR_ROLES] } }, { populate: ['user'] });
  const users = new Map(staff.map((m) => [m.user.id, m.user]));
  for (const user of users.values()) {
    em.create(TwoFactorSecret, { user, secret: DEMO_TWO_FACTOR_SECRET, enabledAt: new Date(), createdAt: new Date() });
  }
  await em.flush();
}
