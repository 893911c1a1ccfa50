import type { EntityManager } from '@mikro-orm/postgresql';
import { GROWTH_ROLES, hasRoleIn, schemesWhere } from '../../accounts/policy.js';
import { Scheme } from '../../accounts/scheme.entity.js';
import type { Viewer } from '../../accounts/sessions.js';
import { UserAccount } from '../../accounts/user.entity.js';
import { assertValid, notFound } from '../../graphql/errors.js';
import { isUuid } from '../../volunteers/volunteer.access.js';
import { isDriveCodeShaped, newDriveCode } from './drive-code.js';
import { cleanLists, driveProblems } from './drive-rules.js';
import type { StartDriveInput } from './drive.types.js';
import { RecruitmentDrive } from './recruitment-drive.entity.js';
import { pgArray } from '../../db/sql-array.js';

const mayRun = (viewer: Viewer | null, schemeId: string) => hasRoleIn(viewer, schemeId, ...GROWTH_ROLES);
const driveNotFound = () => notFound('That drive');

/** Starts a drive for a scheme where the viewer is a community builder or administrator. */
export async function startDrive(em: EntityManager, viewer: Viewer, input: StartDriveInput, now: Date): Promise<RecruitmentDrive> {
  if (!isUuid(input.schemeId) || !mayRun(viewer, input.schemeId)) throw notFound('That scheme');
  assertValid(driveProblems(input));
  const drive = em.create(RecruitmentDrive, {
    scheme: em.getReference(Scheme, input.schemeId),
    title: input.title.trim(),
    message: input.message.trim(),
    ...cleanLists(input),
    code: newDriveCode(),
    fromSuggestion: input.fromSuggestion?.trim() || null,
    createdBy: em.getReference(UserAccount, viewer.id),
    createdAt: now,
  });
  await em.flush();
  await em.populate(drive, ['createdBy', 'scheme']);
  return drive;
}

/** A drive of a scheme where the viewer may run drives; any other looks like one that does not exist. */
export async function findDrive(em: EntityManager, viewer: Viewer | null, id: string): Promise<RecruitmentDrive> {
  const drive = isUuid(id) ? await em.findOne(RecruitmentDrive, { id, scheme: { $in: schemesWhere(viewer, ...GROWTH_ROLES) } }, { populate: ['createdBy', 'scheme'] }) : null;
  if (!drive || !mayRun(viewer, drive.scheme.id)) throw driveNotFound();
  return drive;
}

/** Closes a drive: its link no longer attributes sign-ups. Closing a closed drive changes nothing. */
export async function closeDrive(em: EntityManager, viewer: Viewer, id: string, now: Date): Promise<RecruitmentDrive> {
  const drive = await findDrive(em, viewer, id);
  if (drive.status === 'OPEN') {
    drive.status = 'CLOSED';
    drive.closedAt = now;
    await em.flush();
  }
  return drive;
}

/** The scheme's drives, open ones first, newest first. */
export async function listDrives(em: EntityManager, viewer: Viewer, schemeId: string): Promise<RecruitmentDrive[]> {
  if (!isUuid(schemeId) || !mayRun(viewer, schemeId)) throw notFound('That scheme');
  const drives = await em.find(RecruitmentDrive, { scheme: schemeId }, { populate: ['createdBy', 'scheme'], orderBy: { createdAt: 'desc' } });
  return drives.sort((a, b) => (a.status === b.status ? 0 : a.status === 'OPEN' ? -1 : 1));
}

/** How many volunteers each drive brought, in one query. */
export async function signUpCounts(em: EntityManager, schemeId: string, driveIds: readonly string[]): Promise<Map<string, number>> {
  if (driveIds.length === 0) return new Map();
  const rows = await em.execute<Array<{ drive_id: string; n: number }>>(
    `select recruitment_drive_id as drive_id, count(*)::int as n from volunteer
      where scheme_id = ? and recruitment_drive_id = any(?::uuid[]) group by recruitment_drive_id`,
    [schemeId, pgArray(driveIds)],
  );
  return new Map(rows.map((r) => [r.drive_id, r.n]));
}

/** A drive by its public code, for anyone: a code that is not a drive's is "not found". */
export async function publicDrive(em: EntityManager, code: string): Promise<RecruitmentDrive> {
  const drive = isDriveCodeShaped(code) ? await em.findOne(RecruitmentDrive, { code }, { populate: ['scheme'] }) : null;
  if (!drive) throw driveNotFound();
  return drive;
}
