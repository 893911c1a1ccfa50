import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Whether a concern not yet closed touches a match or a person. For a match: a concern about the
 * match itself, or about either of its two people (the person seeking support or the volunteer).
 * For a person (an account): a concern about them in any of their roles, or about a match they
 * are one of the two people of. One query.
 */
export async function hasOpenConcern(em: EntityManager, about: { matchId: string; schemeId?: string } | { userId: string }): Promise<boolean> {
  const [sql, value] =
    'matchId' in about
      ? [
          `select exists (
             select 1 from match m
               join support_request r on r.id = m.request_id and r.scheme_id = m.scheme_id
               join concern c on c.scheme_id = m.scheme_id and c.status <> 'CLOSED' and (
                 (c.subject_kind = 'MATCH' and c.subject_id = m.id)
                 or (c.subject_kind = 'PERSON' and c.subject_id = r.seeker_id)
                 or (c.subject_kind = 'VOLUNTEER' and c.subject_id = m.volunteer_id))
              where m.id = ?${about.schemeId ? ' and m.scheme_id = ?' : ''}) as open`,
          [about.matchId, ...(about.schemeId ? [about.schemeId] : [])],
        ]
      : [
          `select exists (
             select 1 from concern c
              where c.status <> 'CLOSED' and (
                (c.subject_kind = 'PERSON' and c.subject_id in (select s.id from seeker s where s.account_id = ?))
                or (c.subject_kind = 'VOLUNTEER' and c.subject_id in (select v.id from volunteer v where v.user_id = ?))
                or (c.subject_kind = 'MATCH' and c.subject_id in (
                  select m.id from match m join volunteer v on v.id = m.volunteer_id where v.user_id = ?
                  union all
                  select m.id from match m join support_request r on r.id = m.request_id join seeker s on s.id = r.seeker_id where s.account_id = ?))
              )) as open`,
          [about.userId, about.userId, about.userId, about.userId],
        ];
  const rows = await em.execute<Array<{ open: boolean }>>(sql, value);
  return rows[0]?.open === true;
}
