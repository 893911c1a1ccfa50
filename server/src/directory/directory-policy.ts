import { STAFF_ROLES, type Role } from '@kindred/shared';
import { hasRoleIn } from '../accounts/policy.js';
import type { Viewer } from '../accounts/sessions.js';

/** Staff who keep a scheme's directory current: link workers, community builders and administrators. */
export const DIRECTORY_STAFF: Role[] = [...STAFF_ROLES];

/** Anyone with a role in the scheme may find its activities: people choose sessions, volunteers browse. */
export function mayBrowseDirectory(viewer: Viewer | null, schemeId: string): boolean {
  return !!viewer?.memberships.some((m) => m.schemeId === schemeId);
}

export function mayManageDirectory(viewer: Viewer | null, schemeId: string): boolean {
  return hasRoleIn(viewer, schemeId, ...DIRECTORY_STAFF);
}
