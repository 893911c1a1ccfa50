import type { EntityManager } from '@mikro-orm/postgresql';
import type { Scheme } from '../../accounts/scheme.entity.js';
import type { UserAccount } from '../../accounts/user.entity.js';
import { Volunteer } from '../../volunteers/volunteer.entity.js';
import { isDriveCodeShaped } from './drive-code.js';
import { RecruitmentDrive } from './recruitment-drive.entity.js';

/**
 * Called inside the sign-up transaction. A new volunteer who came through an open drive of the
 * scheme they join is attributed to it: their volunteer record is made now (it is otherwise made
 * on first use), carrying the drive, so the attribution is there from the first moment.
 *
 * The link must never stop anyone signing up: a code that is malformed, unknown, of another scheme
 * or of a closed drive is simply not attributed, and the sign-up goes ahead as usual.
 */
export async function attributeSignUp(em: EntityManager, signUp: { user: UserAccount; scheme: Scheme; code: string | null | undefined }): Promise<void> {
  const code = signUp.code?.trim();
  if (!code || !isDriveCodeShaped(code)) return;
  const drive = await em.findOne(RecruitmentDrive, { code, scheme: signUp.scheme.id, status: 'OPEN' });
  if (!drive) return;
  em.create(Volunteer, { user: signUp.user, scheme: signUp.scheme, recruitmentDrive: drive, createdAt: new Date() });
}
