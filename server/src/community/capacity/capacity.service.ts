import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../accounts/sessions.js';
import { assertValid } from '../../graphql/errors.js';
import { queryCapacityOverTime, type CapacityRow } from './capacity-query.js';
import { assertInsightInto } from './insight-access.js';

export const MAX_WEEKS = 104;

/** Weekly capacity and demand of a scheme, for its community builders, link workers and administrators. */
export async function capacityOverTime(
  deps: { em: EntityManager; viewer: Viewer | null; now?: Date },
  schemeId: string,
  weeks: number,
): Promise<CapacityRow[]> {
  assertInsightInto(deps.viewer, schemeId);
  assertValid({
    weeks: Number.isInteger(weeks) && weeks >= 1 && weeks <= MAX_WEEKS ? null : `Choose between 1 and ${MAX_WEEKS} weeks`,
  });
  return queryCapacityOverTime(deps.em, schemeId, weeks, deps.now ?? new Date());
}
