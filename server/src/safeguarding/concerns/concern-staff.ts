import type { EntityManager } from '@mikro-orm/postgresql';
import { Membership } from '../../accounts/membership.entity.js';
import { Scheme } from '../../accounts/scheme.entity.js';
import type { Notice } from '../../notifications/notify.js';
import { concernWords } from './concern-words.js';

/**
 * Tells the scheme's link workers at once that a concern was raised, in the app and by email:
 * never its words, which stay behind sign-in. Nobody the concern is about is told, and the person
 * who raised it already knows; when that leaves no link worker, the scheme's administrators are
 * told instead, so someone other than the raiser always looks.
 */
export async function noticesToStaff(em: EntityManager, schemeId: string, concernId: string, who: { raiserId: string; aboutUserIds: readonly string[] }): Promise<Notice[]> {
  const staff = await em.find(Membership, { scheme: schemeId, role: { $in: ['LINK_WORKER', 'ADMIN'] } }, { populate: ['user'] });
  const mayRead = staff.filter((m) => !who.aboutUserIds.includes(m.user.id) && m.user.id !== who.raiserId && !m.user.disabledAt);
  const linkWorkers = mayRead.filter((m) => m.role === 'LINK_WORKER');
  const chosen = linkWorkers.length > 0 ? linkWorkers : mayRead;
  const scheme = await em.findOneOrFail(Scheme, { id: schemeId });
  const words = concernWords.raisedToStaff(scheme.name);
  const userIds = [...new Set(chosen.map((m) => m.user.id))];
  return userIds.map((userId) => ({ userId, schemeId, kind: 'CONCERN_RAISED', link: `/concerns/${concernId}`, ...words }));
}
