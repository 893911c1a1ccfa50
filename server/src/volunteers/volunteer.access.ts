import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { CASEWORK_ROLES, hasRoleIn, schemesWhere } from '../accounts/policy.js';
import { Scheme } from '../accounts/scheme.entity.js';
import type { Viewer } from '../accounts/sessions.js';
import { UserAccount } from '../accounts/user.entity.js';
import { denied } from '../audit/denied.js';
import { notFound } from '../graphql/errors.js';
import { VolunteerReference } from './volunteer-reference.entity.js';
import { Volunteer } from './volunteer.entity.js';
import { readVolunteerPage } from './volunteer-page.js';
import type { VolunteerRecord } from './volunteer.presenter.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const POPULATE = ['user', 'scheme', 'approvedBy'] as const;

export const volunteerNotFound = () => notFound('That volunteer');

/**
 * Makes the missing volunteer records for these (person, scheme) pairs. Two requests may race to
 * make the same one; the unique key keeps one, and the loser simply reads it afterwards.
 */
async function createMissing(em: EntityManager, pairs: Array<{ userId: string; schemeId: string }>): Promise<void> {
  for (const { userId, schemeId } of pairs) {
    const fork = em.fork();
    fork.create(Volunteer, { user: fork.getReference(UserAccount, userId), scheme: fork.getReference(Scheme, schemeId) });
    try {
      await fork.flush();
    } catch (error) {
      if (!(error instanceof UniqueConstraintViolationException)) throw error;
    }
  }
}

/**
 * The viewer's volunteer record in each scheme where they volunteer, made on first use, with
 * everything their volunteering page shows (read as plain values: readVolunteerPage).
 */
export async function ownVolunteers(em: EntityManager, viewer: Viewer): Promise<VolunteerRecord[]> {
  const schemeIds = schemesWhere(viewer, 'VOLUNTEER');
  if (schemeIds.length === 0) return [];
  const existing = await readVolunteerPage(em, viewer.id, schemeIds);
  const missing = schemeIds.filter((id) => !existing.some((v) => v.volunteer.scheme.id === id));
  if (missing.length === 0) return existing;
  // Only the first visit to the page makes a record; every later one is the single read above.
  await createMissing(em, missing.map((schemeId) => ({ userId: viewer.id, schemeId })));
  return readVolunteerPage(em, viewer.id, schemeIds);
}

/**
 * Makes records for everyone who volunteers with the scheme but has not opened their volunteering
 * page yet, so staff see them (at "application not sent yet") and can help them start.
 */
export async function createMissingForScheme(em: EntityManager, schemeId: string): Promise<void> {
  const rows = await em.getConnection().execute<Array<{ user_id: string }>>(
    `select m.user_id from membership m
     where m.scheme_id = ? and m.role = 'VOLUNTEER'
       and not exists (select 1 from volunteer v where v.user_id = m.user_id and v.scheme_id = m.scheme_id)`,
    [schemeId],
  );
  await createMissing(em, rows.map((r) => ({ userId: r.user_id, schemeId })));
}

/** The viewer's own record, while they still volunteer with its scheme; anything else is "not found". */
export async function findOwnVolunteer(em: EntityManager, viewer: Viewer, id: string): Promise<Volunteer> {
  const volunteer = UUID.test(id) ? await em.findOne(Volunteer, { id, user: viewer.id, scheme: { $in: schemesWhere(viewer, 'VOLUNTEER') } }, { populate: POPULATE }) : null;
  if (!volunteer || !hasRoleIn(viewer, volunteer.scheme.id, 'VOLUNTEER')) {
    await denied({ em, viewer }, { type: 'Volunteer', id });
    throw volunteerNotFound();
  }
  return volunteer;
}

/** A volunteer of a scheme where the viewer is a link worker or administrator; otherwise "not found". */
export async function findVolunteerForStaff(em: EntityManager, viewer: Viewer, id: string): Promise<Volunteer> {
  const volunteer = UUID.test(id) ? await em.findOne(Volunteer, { id, scheme: { $in: schemesWhere(viewer, ...CASEWORK_ROLES) } }, { populate: POPULATE }) : null;
  if (!volunteer || !hasRoleIn(viewer, volunteer.scheme.id, ...CASEWORK_ROLES)) {
    await denied({ em, viewer }, { type: 'Volunteer', id });
    throw volunteerNotFound();
  }
  return volunteer;
}

/** A reference, with its volunteer, reachable by the viewer as staff of its scheme or as the volunteer who gave it. */
export async function findReference(
  em: EntityManager,
  viewer: Viewer,
  id: string,
  as: 'staff' | 'owner',
): Promise<VolunteerReference> {
  const reference = UUID.test(id) ? await em.findOne(VolunteerReference, { id, scheme: { $in: schemesWhere(viewer, ...(as === 'staff' ? CASEWORK_ROLES : ['VOLUNTEER' as const])) } }, { populate: ['volunteer'] }) : null;
  const volunteerId = reference?.volunteer.id ?? '';
  const find = as === 'staff' ? findVolunteerForStaff : findOwnVolunteer;
  const volunteer = reference ? await find(em, viewer, volunteerId).catch(() => null) : null;
  if (!reference || !volunteer || volunteer.scheme.id !== reference.scheme.id) {
    // A hidden volunteer was recorded as a denial by `find` already.
    if (!reference) await denied({ em, viewer }, { type: 'VolunteerReference', id });
    throw notFound('That reference');
  }
  return reference;
}

export function isUuid(id: string): boolean {
  return UUID.test(id);
}
