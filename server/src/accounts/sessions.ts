import type { EntityManager } from '@mikro-orm/postgresql';
import type { Role } from '@kindred/shared';
import { Membership } from './membership.entity.js';
import { AccountSession } from './session.entity.js';
import { countingMemberships } from './two-factor/requirement.js';
import { hashToken, newSecretToken } from './tokens.js';
import { UserAccount } from './user.entity.js';

export type SessionPolicy = { idleMs: number; absoluteMs: number };

/** Who is making a request: the signed-in person and the roles that count in this session. */
export type Viewer = {
  id: string;
  email: string;
  displayName: string;
  /** Only the roles this session may use: staff roles need the second factor (two-factor/requirement.ts). */
  memberships: Array<{ schemeId: string; role: Role }>;
  sessionTokenHash: string;
};

// Writing last-seen on every request would turn each read into a write; once a minute is enough.
const TOUCH_EVERY_MS = 60_000;

export async function startSession(em: EntityManager, user: UserAccount, policy: SessionPolicy) {
  const { token, hash } = newSecretToken();
  const expiresAt = new Date(Date.now() + policy.absoluteMs);
  em.create(AccountSession, { tokenHash: hash, user, expiresAt, createdAt: new Date(), lastSeenAt: new Date() });
  await em.flush();
  return { token, expiresAt };
}

/**
 * Replaces a session with a new token that has proved the second factor. A new token, because the
 * session gains privileges: a token seen before this moment (fixed or sniffed) must not gain them.
 * Keeps the old session's absolute end. Null when the session is gone.
 */
export async function elevateSession(em: EntityManager, tokenHash: string): Promise<{ token: string; hash: string; expiresAt: Date } | null> {
  const { token, hash } = newSecretToken();
  const rows = await em.getConnection().execute<Array<{ expires_at: Date }>>(
    `update account_session set token_hash = ?, second_factor_at = now(), last_seen_at = now()
     where token_hash = ? and expires_at > now()
     returning expires_at`,
    [hash, tokenHash],
    'all',
    em.getTransactionContext(),
  );
  const row = rows[0];
  return row ? { token, hash, expiresAt: new Date(row.expires_at) } : null;
}

type SessionRow = {
  expires_at: Date;
  last_seen_at: Date;
  second_factor_at: Date | null;
  user_id: string;
  email: string;
  display_name: string;
  disabled_at: Date | null;
  two_factor_enabled: boolean;
  memberships: Array<{ schemeId: string; role: Role }>;
};

/**
 * Every request starts here, so it is one statement: the session, its person, their roles in
 * order of grant, and whether they have an authenticator, read together (three round trips
 * through the ORM cost more than the rest of a typical read).
 */
const SESSION_LOOKUP = `
  select s.expires_at, s.last_seen_at, s.second_factor_at,
         u.id as user_id, u.email, u.display_name, u.disabled_at,
         exists (select 1 from two_factor t where t.user_id = u.id and t.enabled_at is not null) as two_factor_enabled,
         coalesce((select json_agg(json_build_object('schemeId', m.scheme_id, 'role', m.role) order by m.created_at, m.id)
                   from membership m where m.user_id = u.id), '[]'::json) as memberships
    from account_session s
    join person_account u on u.id = s.user_id
   where s.token_hash = ?`;

/** The viewer behind a session cookie, or null when it is unknown, idle too long, expired or disabled. */
export async function viewerFromSessionToken(em: EntityManager, token: string | undefined, policy: SessionPolicy): Promise<Viewer | null> {
  if (!token || token.length > 100) return null;
  const tokenHash = hashToken(token);
  const connection = em.getConnection();
  const [row] = await connection.execute<SessionRow[]>(SESSION_LOOKUP, [tokenHash], 'all', em.getTransactionContext());
  if (!row) return null;
  const now = Date.now();
  const lastSeen = new Date(row.last_seen_at).getTime();
  if (new Date(row.expires_at).getTime() <= now || lastSeen + policy.idleMs <= now || row.disabled_at) {
    await endSession(em, tokenHash);
    return null;
  }
  if (now - lastSeen > TOUCH_EVERY_MS) {
    await connection.execute('update account_session set last_seen_at = ? where token_hash = ?', [new Date(now), tokenHash], 'run', em.getTransactionContext());
  }
  const secondFactorAt = row.second_factor_at ? new Date(row.second_factor_at) : null;
  return {
    id: row.user_id,
    email: row.email,
    displayName: row.display_name,
    memberships: await countingMemberships(em, row.user_id, row.memberships, secondFactorAt, row.two_factor_enabled),
    sessionTokenHash: tokenHash,
  };
}

/** The viewer of a session: `secondFactorAt` is when it proved the second factor (null: not yet). */
export async function viewerOf(em: EntityManager, user: UserAccount, sessionTokenHash: string, secondFactorAt: Date | null = null): Promise<Viewer> {
  const memberships = await em.find(Membership, { user: user.id }, { orderBy: { createdAt: 'asc', id: 'asc' } });
  const held = memberships.map((m) => ({ schemeId: m.scheme.id, role: m.role }));
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    memberships: await countingMemberships(em, user.id, held, secondFactorAt),
    sessionTokenHash,
  };
}

export async function endSession(em: EntityManager, tokenHash: string): Promise<void> {
  await em.nativeDelete(AccountSession, { tokenHash });
}

/** Ends every session of a person at once: after a password change, a reset or disabling the account. */
export async function endAllSessions(em: EntityManager, userId: string): Promise<void> {
  await em.nativeDelete(AccountSession, { user: userId });
}
