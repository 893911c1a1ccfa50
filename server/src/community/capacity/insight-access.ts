import { hasRoleIn, INSIGHT_ROLES } from '../../accounts/policy.js';
import type { Viewer } from '../../accounts/sessions.js';
import { notFound } from '../../graphql/errors.js';
import { isUuid } from '../../seekers/seeker-access.js';

/**
 * The aggregate views of a scheme (capacity, activities to start, stale listings) are for its
 * community builders, link workers and administrators. Anyone else, or staff of another scheme,
 * sees what they would see if the scheme did not exist.
 */
export function assertInsightInto(viewer: Viewer | null, schemeId: string): void {
  if (!isUuid(schemeId) || !hasRoleIn(viewer, schemeId, ...INSIGHT_ROLES)) throw notFound('That scheme');
}
