/** The roles a person can hold in a scheme. A person may hold several, in several schemes. */
export const ROLES = ['SEEKER', 'VOLUNTEER', 'LINK_WORKER', 'COMMUNITY_BUILDER', 'ADMIN'] as const;
export type Role = (typeof ROLES)[number];

/** The only roles a person may choose for themself when signing up; staff roles are granted. */
export const SELF_SERVICE_ROLES = ['SEEKER', 'VOLUNTEER'] as const satisfies readonly Role[];
export type SelfServiceRole = (typeof SELF_SERVICE_ROLES)[number];

/** Roles that work with other people's data and so are staff. */
export const STAFF_ROLES = ['LINK_WORKER', 'COMMUNITY_BUILDER', 'ADMIN'] as const satisfies readonly Role[];

/** Plain-English names for each role, as people see them. */
export const ROLE_LABELS: Record<Role, string> = {
  SEEKER: 'Looking for company',
  VOLUNTEER: 'Volunteer',
  LINK_WORKER: 'Link worker',
  COMMUNITY_BUILDER: 'Community builder',
  ADMIN: 'Administrator',
};

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
