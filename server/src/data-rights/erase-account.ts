import { ReferenceKind, type EntityMetadata } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Membership } from '../accounts/membership.entity.js';
import { PasswordReset } from '../accounts/password-reset.entity.js';
import { AccountSession } from '../accounts/session.entity.js';
import { RESET_PER_ACCOUNT, SIGN_IN_PER_ACCOUNT } from '../accounts/throttle.js';
import { hashToken } from '../accounts/tokens.js';
import { RecoveryCode, TwoFactorSecret } from '../accounts/two-factor/two-factor.entity.js';
import { UserAccount } from '../accounts/user.entity.js';
import { Activity } from '../directory/activity.entity.js';
import { Notification } from '../notifications/notification.entity.js';
import { ERASED_NAME, erasedEmail, UNUSABLE_PASSWORD_HASH } from './erasure-words.js';
import { pgArray } from '../db/sql-array.js';

/**
 * The account itself: no name, an address that cannot receive mail, a password nothing matches,
 * disabled, every session ended, every role, notification and sign-in code secret gone. Rows elsewhere that point at the
 * account keep pointing at it, and now say "Erased person".
 */
export async function eraseAccount(tx: EntityManager, userId: string, now: Date): Promise<void> {
  const user = await tx.findOneOrFail(UserAccount, { id: userId }, { populate: ['passwordHash'] });
  const email = user.email;
  Object.assign(user, { email: erasedEmail(), displayName: ERASED_NAME, passwordHash: UNUSABLE_PASSWORD_HASH, disabledAt: user.disabledAt ?? now });
  await tx.flush();
  await tx.nativeDelete(AccountSession, { user: userId });
  await tx.nativeDelete(PasswordReset, { user: userId });
  await tx.nativeDelete(Membership, { user: userId });
  await tx.nativeDelete(Notification, { user: userId });
  await tx.nativeDelete(TwoFactorSecret, { user: userId });
  await tx.nativeDelete(RecoveryCode, { user: userId });
  // Failed-attempt counts are kept under a hash of the email address.
  const keys = [SIGN_IN_PER_ACCOUNT, RESET_PER_ACCOUNT].map((policy) => `${policy.name}:${hashToken(email)}`);
  await tx.execute('delete from throttle_counter where key = any(?::text[])', [pgArray(keys)]);
  await tx.nativeUpdate(Activity, { lastCheckedBy: userId }, { lastCheckedByName: ERASED_NAME });
}

/** Which rows to hand over: everything in some schemes, or only the rows of one case. */
export type HandOverFilter = { schemeIds: string[] } | { caseOf: { seekerIds: string[]; requestIds: string[]; matchIds: string[]; volunteerIds: string[] } };

// Handled on their own: deleted rather than handed over.
const NOT_HANDED_OVER = new Set(['UserAccount', 'Membership', 'Notification', 'AccountSession', 'PasswordReset', 'TwoFactorSecret', 'RecoveryCode']);

/**
 * When the account lives on (the person still belongs to another scheme, or it has other roles),
 * rows of the erased records that point at it are handed to a new, empty "Erased person" account,
 * so nothing in them leads back to the person. Every entity is covered from the ORM's own metadata,
 * so a table added later is handed over too.
 */
export async function handOverReferences(tx: EntityManager, userId: string, filter: HandOverFilter, now: Date): Promise<void> {
  const stand = tx.create(UserAccount, { email: erasedEmail(), displayName: ERASED_NAME, passwordHash: UNUSABLE_PASSWORD_HASH, createdAt: now, disabledAt: now });
  await tx.flush();
  for (const meta of tx.getMetadata()) {
    if (meta.embeddable || meta.virtual || NOT_HANDED_OVER.has(meta.className)) continue;
    const where = rowsOf(meta, filter);
    if (!where) continue;
    for (const prop of meta.props) {
      if (prop.kind !== ReferenceKind.MANY_TO_ONE || prop.targetMeta?.className !== 'UserAccount') continue;
      const column = prop.fieldNames[0];
      await tx.execute(`update "${meta.tableName}" set "${column}" = ? where "${column}" = ? and (${where.sql})`, [stand.id, userId, ...where.params]);
    }
  }
  if ('schemeIds' in filter) await tx.nativeUpdate(Activity, { lastCheckedBy: stand.id }, { lastCheckedByName: ERASED_NAME });
}

type RowFilter = { sql: string; params: unknown[] };

function rowsOf(meta: EntityMetadata, filter: HandOverFilter): RowFilter | null {
  const column = (name: string, target: string) => {
    const prop = meta.properties[name as never] as EntityMetadata['props'][number] | undefined;
    return prop && prop.kind === ReferenceKind.MANY_TO_ONE && prop.targetMeta?.className === target ? prop.fieldNames[0] : null;
  };
  if ('schemeIds' in filter) {
    const scheme = column('scheme', 'Scheme');
    return scheme ? { sql: `"${scheme}" = any(?::uuid[])`, params: [pgArray(filter.schemeIds)] } : null;
  }
  const { seekerIds, requestIds, matchIds, volunteerIds } = filter.caseOf;
  const own: Record<string, string[]> = { Seeker: seekerIds, SupportRequest: requestIds, Match: matchIds, Volunteer: volunteerIds };
  const parts: RowFilter[] = [];
  if (own[meta.className]) parts.push({ sql: '"id" = any(?::uuid[])', params: [pgArray(own[meta.className] as string[])] });
  for (const [name, target, ids] of [
    ['seeker', 'Seeker', seekerIds],
    ['request', 'SupportRequest', requestIds],
    ['match', 'Match', matchIds],
    ['volunteer', 'Volunteer', volunteerIds],
  ] as const) {
    const fk = column(name, target);
    if (fk) parts.push({ sql: `"${fk}" = any(?::uuid[])`, params: [pgArray(ids)] });
  }
  return parts.length ? { sql: parts.map((p) => p.sql).join(' or '), params: parts.flatMap((p) => p.params) } : null;
}
