import type { Role } from '@kindred/shared';
import type { Viewer } from './sessions.js';

/**
 * Scheme-scoped role checks, the building blocks of object-level access in services. Everything
 * in Kindred belongs to a scheme, and staff see only the schemes where they hold a staff role.
 */
export function hasRoleIn(viewer: Viewer | null, schemeId: string, ...roles: Role[]): boolean {
  return !!viewer?.memberships.some((m) => m.schemeId === schemeId && roles.includes(m.role));
}

/** The schemes in which the viewer holds any of these roles. */
export function schemesWhere(viewer: Viewer | null, ...roles: Role[]): string[] {
  return [...new Set((viewer?.memberships ?? []).filter((m) => roles.includes(m.role)).map((m) => m.schemeId))];
}

/** Staff who may see and act on people's records in a scheme. */
export const CASEWORK_ROLES: Role[] = ['LINK_WORKER', 'ADMIN'];

/** Staff who may see a scheme's aggregate picture: unmet demand, capacity, the volunteer pipeline. */
export const INSIGHT_ROLES: Role[] = ['COMMUNITY_BUILDER', 'LINK_WORKER', 'ADMIN'];

/** Staff who grow a scheme's volunteering: recruitment drives. */
export const GROWTH_ROLES: Role[] = ['COMMUNITY_BUILDER', 'ADMIN'];

/**
 * Every scheme the viewer belongs to, in any role. A lookup by id is narrowed to these before the
 * role check, so the query names its scheme (sharding by scheme) and rows elsewhere are never read.
 */
export function viewerSchemes(viewer: Viewer | null): string[] {
  return [...new Set((viewer?.memberships ?? []).map((m) => m.schemeId))];
}
