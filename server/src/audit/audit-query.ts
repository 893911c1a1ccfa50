/**
 * The SQL of an audit search. Who may see an event (see audit-search.ts) is what makes it hard to
 * be fast: an administrator of a small scheme in a big installation sees a sliver of the log, so
 * "read newest first and filter" would read nearly every row before it filled a page. So each way
 * an event can be visible is a branch of its own, read newest first through an index that leads
 * with what makes it visible, and the page is the newest of the branches' pages:
 *
 * - events of each scheme in scope, by (scheme_id, action, at, id);
 * - installation-wide events done by, or signing in to, a member of those schemes: one probe per
 *   member by (actor_id, at, id) and (subject_id, at, id) while the schemes are small; past that,
 *   when most such events are theirs anyway, by (action, at, id) in the partial index of
 *   installation-wide events about a person;
 * - when no scheme was asked for, events about nobody known, by (action, at, id) in their own
 *   partial index.
 *
 * The action leads those indexes so that a search for one action reads only that action: the
 * planner cannot know, say, that events about nobody are never reads of someone's record, and
 * would otherwise read newest first through everything. Without an action, each branch lists the
 * actions its index holds (a handful, one probe each) and reads each action's newest.
 *
 * A search for one person or one record is narrow already: it reads their events through the
 * actor and subject indexes and filters those for visibility.
 */
import { pgArray } from '../db/sql-array.js';
export type Clause = { sql: string; params: unknown[] };

/** Above this many members in scope, probing each member costs more than reading newest first. */
export const PROBE_MEMBERS_UP_TO = 300;

export type Scope = {
  schemeIds: string[];
  members: number;
  includeAnonymous: boolean;
};

const NEWEST_FIRST = 'order by e.at desc, e.id desc';
const MEMBERS = 'select distinct m.user_id from membership m where m.scheme_id = any(?::uuid[])';
const UNSCOPED_ACCOUNT = `e.scheme_id is null and e.subject_type = 'UserAccount'`;

/** A condition on one alias of audit_event, with its parameters. */
type Where = (alias: string) => Clause;

const ofScheme = (schemeId: string): Where => (a) => ({ sql: `${a}.scheme_id = ?::uuid`, params: [schemeId] });
/**
 * Installation-wide events about a person, and those about nobody known: written exactly as the
 * predicates of their partial indexes, which do not overlap.
 */
const personal: Where = (a) => ({
  sql: `${a}.scheme_id is null and (${a}.actor_id is not null or (${a}.subject_type = 'UserAccount' and ${a}.subject_id is not null))`,
  params: [],
});
const anonymous: Where = (a) => ({
  sql: `${a}.scheme_id is null and ${a}.actor_id is null and (${a}.subject_type <> 'UserAccount' or ${a}.subject_id is null)`,
  params: [],
});

const and = (filters: Clause[]) => filters.map((f) => ` and ${f.sql}`).join('');
const paramsOf = (filters: Clause[]) => filters.flatMap((f) => f.params);

/**
 * The newest `limit` events of `where` that match `filters` (plus `extra`), one action at a time:
 * the action asked for, or every action the index holds, found by skipping through it.
 */
function byAction(where: Where, action: string | null, filters: Clause[], limit: number, extra: Clause = { sql: '', params: [] }): Clause {
  const inner = where('e');
  const kinds: Clause = action
    ? { sql: '(select ?::text as action) k', params: [action] }
    : {
        sql: `(with recursive kinds(action) as (
                 (select a.action from audit_event a where ${where('a').sql} order by a.action limit 1)
                 union all
                 select (select a.action from audit_event a where ${where('a').sql} and a.action > kinds.action order by a.action limit 1)
                   from kinds where kinds.action is not null)
               select action from kinds where action is not null) k`,
        params: [...where('a').params, ...where('a').params],
      };
  return {
    sql: `select e.* from ${kinds.sql} cross join lateral (
            select * from audit_event e where ${inner.sql} and e.action = k.action${extra.sql}${and(filters)} ${NEWEST_FIRST} limit ?) e`,
    params: [...kinds.params, ...inner.params, ...extra.params, ...paramsOf(filters), limit],
  };
}

/** Every branch's newest `limit` events matching `filters`, as one union (an event may come twice). */
export function branchesOf(scope: Scope, action: string | null, filters: Clause[], limit: number): Clause {
  const schemes = pgArray(scope.schemeIds);
  const f = and(filters);
  const p = paramsOf(filters);
  const branches: Clause[] = scope.schemeIds.map((id) => byAction(ofScheme(id), action, filters, limit));
  const actionFilter: Clause[] = action ? [{ sql: 'e.action = ?', params: [action] }] : [];
  if (scope.members <= PROBE_MEMBERS_UP_TO) {
    const af = and(actionFilter);
    const ap = paramsOf(actionFilter);
    branches.push(
      {
        sql: `select e.* from (${MEMBERS}) p cross join lateral (
                select * from audit_event e where e.actor_id = p.user_id and e.scheme_id is null${af}${f} ${NEWEST_FIRST} limit ?) e`,
        params: [schemes, ...ap, ...p, limit],
      },
      {
        sql: `select e.* from (${MEMBERS}) p cross join lateral (
                select * from audit_event e where e.subject_id = p.user_id::text and ${UNSCOPED_ACCOUNT}${af}${f} ${NEWEST_FIRST} limit ?) e`,
        params: [schemes, ...ap, ...p, limit],
      },
    );
  } else {
    const ofMembers: Clause = {
      sql: ` and (e.actor_id in (${MEMBERS}) or (e.subject_type = 'UserAccount' and e.subject_id in (select m.user_id::text from membership m where m.scheme_id = any(?::uuid[]))))`,
      params: [schemes, schemes],
    };
    branches.push(byAction(personal, action, filters, limit, ofMembers));
  }
  if (scope.includeAnonymous) branches.push(byAction(anonymous, action, filters, limit));
  return { sql: branches.map((b) => b.sql).join('\nunion all\n'), params: branches.flatMap((b) => b.params) };
}

/** One person's or one record's events (already few), of those the scope may see. */
export function narrowOf(scope: Scope, action: string | null, filters: Clause[], limit: number): Clause {
  const schemes = pgArray(scope.schemeIds);
  const nobody = scope.includeAnonymous ? ` or (${anonymous('e').sql})` : '';
  const all = action ? [{ sql: 'e.action = ?', params: [action] }, ...filters] : filters;
  return {
    sql: `(select * from audit_event e where (e.scheme_id = any(?::uuid[])
             or (e.scheme_id is null and e.actor_id in (${MEMBERS}))
             or (${UNSCOPED_ACCOUNT} and e.subject_id in (select m.user_id::text from membership m where m.scheme_id = any(?::uuid[])))${nobody})${and(all)}
           ${NEWEST_FIRST} limit ?)`,
    params: [schemes, schemes, schemes, ...paramsOf(all), limit],
  };
}

/** The page: the newest `limit` distinct events of `source`, with the names shown beside them. */
export function pageOf(source: Clause, limit: number): Clause {
  return {
    // The time twice: to the millisecond in ISO form to show, and exactly as stored for the next page's cursor.
    sql: `select distinct on (h.at, h.id) h.id, to_char(h.at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as at, h.at::text as at_key,
                 a.display_name as actor_name, a.email as actor_email, s.name as scheme_name, h.action, h.subject_type, h.subject_id, h.outcome
            from (${source.sql}) h
            left join person_account a on a.id = h.actor_id
            left join scheme s on s.id = h.scheme_id
           order by h.at desc, h.id desc
           limit ?`,
    params: [...source.params, limit],
  };
}
