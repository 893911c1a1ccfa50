import type { EntityManager } from '@mikro-orm/postgresql';
import { hasRoleIn } from '../../accounts/policy.js';
import { Scheme } from '../../accounts/scheme.entity.js';
import type { Viewer } from '../../accounts/sessions.js';
import { assertValid, notFound } from '../../graphql/errors.js';
import { isUuid } from '../../seekers/seeker-access.js';
import { followUpMonthsProblem } from './schedule.js';

/**
 * An administrator sets when their scheme's follow-ups fall due, in months after the baseline. It
 * applies to baselines completed from now on; follow-ups already made keep their dates.
 */
export async function setCheckInSchedule(em: EntityManager, viewer: Viewer, schemeId: string, followUpMonths: readonly number[]): Promise<boolean> {
  const scheme = isUuid(schemeId) && hasRoleIn(viewer, schemeId, 'ADMIN') ? await em.findOne(Scheme, { id: schemeId }) : null;
  if (!scheme) throw notFound('That scheme');
  assertValid({ followUpMonths: followUpMonthsProblem(followUpMonths) });
  scheme.checkInFollowUpMonths = [...followUpMonths].sort((a, b) => a - b);
  await em.flush();
  return true;
}
