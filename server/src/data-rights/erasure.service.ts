import type { EntityManager } from '@mikro-orm/postgresql';
import { Scheme } from '../accounts/scheme.entity.js';
import { verifyPassword } from '../accounts/passwords.js';
import type { Viewer } from '../accounts/sessions.js';
import { countAttempt, type ThrottlePolicy } from '../accounts/throttle.js';
import { UserAccount } from '../accounts/user.entity.js';
import { recordAudit, recordAuditApart } from '../audit/audit.js';
import type { AppServices } from '../graphql/context.js';
import { assertValid, badInput } from '../graphql/errors.js';
import { deliver, recordNotices, type Delivery } from '../notifications/notify.js';
import { ErasureRecord } from './erasure-record.entity.js';
import { erasePersonInScope } from './erasure.js';
import { singleScheme, subjectOf } from './export.service.js';
import { seekersInScope, selfScope, staffScope, type PersonRef, type PersonScope } from './person-scope.js';

export type ErasureDeps = { em: EntityManager; app: Pick<AppServices, 'pubsub' | 'mailer' | 'publicUrl' | 'logger'>; clientAddress: string; now?: Date };

/** The word a person types to show they mean it. */
export const CONFIRM_WORD = 'erase';
export const REASON_MAX = 500;

// A password check, so limited like sign-in: per account and per network address.
const ERASE_PER_ACCOUNT: ThrottlePolicy = { name: 'erase:account', limit: 5, windowSeconds: 15 * 60 };
const ERASE_PER_ADDRESS: ThrottlePolicy = { name: 'erase:address', limit: 50, windowSeconds: 15 * 60 };

/**
 * The person erases everything Kindred holds about them, after typing "erase" and their password.
 * Every session ends; afterwards the account cannot be signed in to and nothing identifies them.
 */
export async function eraseMe(deps: ErasureDeps, viewer: Viewer, input: { confirm: string; password: string }): Promise<void> {
  assertValid({
    confirm: input.confirm.trim().toLowerCase() === CONFIRM_WORD ? null : `Type the word “${CONFIRM_WORD}” to confirm`,
    password: input.password === '' ? 'Enter your password' : null,
  });
  await countAttempt(deps.em, [
    { policy: ERASE_PER_ACCOUNT, subject: viewer.id },
    { policy: ERASE_PER_ADDRESS, subject: deps.clientAddress },
  ]);
  const user = await deps.em.findOneOrFail(UserAccount, { id: viewer.id }, { populate: ['passwordHash'] });
  if (!(await verifyPassword(user.passwordHash, input.password))) {
    await recordAuditApart(deps.em, { actorId: viewer.id, schemeId: null, action: 'PERSON_ERASED', subjectType: 'UserAccount', subjectId: viewer.id, outcome: 'FAILED' });
    throw badInput([{ field: 'password', message: 'Your password is not right' }]);
  }
  await erase(deps, selfScope(viewer), { userId: viewer.id, kind: 'SELF' }, { way: 'BY_THE_PERSON', reason: 'Asked for by the person, in Kindred' });
}

/** An administrator of the person's scheme erases what their schemes hold about them, with a reason. */
export async function erasePerson(deps: ErasureDeps, viewer: Viewer, input: PersonRef & { reason: string }): Promise<void> {
  const scope = await staffScope(deps.em, viewer, input, ['ADMIN']);
  const reason = input.reason.trim();
  assertValid({
    reason: reason === '' ? 'Say why their data is being erased, for example “They asked by phone”' : reason.length > REASON_MAX ? `Keep the reason to ${REASON_MAX} characters or fewer` : null,
  });
  if (await namesThem(deps.em, scope, reason)) {
    throw badInput([{ field: 'reason', message: 'Leave out their name and contact details: the reason is kept after everything else about them has gone' }]);
  }
  await erase(deps, scope, { userId: viewer.id, kind: 'STAFF' }, { way: 'BY_AN_ADMINISTRATOR', reason });
}

async function erase(
  deps: ErasureDeps,
  scope: PersonScope,
  by: { userId: string; kind: 'SELF' | 'STAFF' },
  record: Pick<ErasureRecord, 'way' | 'reason'>,
): Promise<void> {
  const now = deps.now ?? new Date();
  let deliveries: Delivery[] = [];
  await deps.em.transactional(async (tx) => {
    const erased = await erasePersonInScope(tx, scope, by, now);
    const schemeId = singleScheme(scope);
    tx.create(ErasureRecord, {
      scheme: schemeId ? tx.getReference(Scheme, schemeId) : null,
      ...subjectOf(scope),
      way: record.way,
      erasedBy: tx.getReference(UserAccount, by.userId),
      reason: record.reason,
      erasedAt: now,
    });
    deliveries = recordNotices(tx, erased.notices);
    await recordAudit(tx, { actorId: by.userId, schemeId, action: 'PERSON_ERASED', ...subjectOf(scope), outcome: 'ALLOWED' });
  });
  await deliver(deps.em, deps.app, deliveries);
}

/** Whether a reason carries the person's name, email address or phone number. */
async function namesThem(em: EntityManager, scope: PersonScope, reason: string): Promise<boolean> {
  const seekers = await seekersInScope(em, scope);
  const account = scope.userId ? await em.findOne(UserAccount, { id: scope.userId }) : null;
  const values = [account?.displayName, account?.email, ...seekers.flatMap((s) => [s.name, s.email, s.phone])];
  const text = reason.toLowerCase();
  return values.some((value) => !!value && value.trim().length >= 3 && text.includes(value.trim().toLowerCase()));
}
