/**
 * Every query filters on scheme_id (issue 8, "ready to shard by scheme"). The SQL Kindred sends
 * while a representative day of journeys runs through GraphQL is recorded (recordStatements, off
 * unless a test asks), and every statement that reads or writes a scheme-owned table must name a
 * scheme, or match one of the allowances below, each with its reason and how Citus routes it.
 * The rows the journeys made are then checked to sit in the same scheme as the rows they point at,
 * which is what co-location by scheme_id (and composite keys (scheme_id, id)) will rely on.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordStatements } from '@kindred/server';
import { startTestKindred } from '../support/kindred.ts';
import { foreignKeysOf } from '../support/sharding-catalog.ts';
import { SCHEME_OWNED_TABLES, constrainsScheme, normaliseSql, pinsEveryTable, schemeOwnedIn, tableReferences } from '../support/sharding.ts';
import { aDayOfKindred, theJobsOfTheDay } from './sharding-support.ts';

type Allowance = { why: string; citus: string; matches(sql: string): boolean };

/** Columns (`table.column`) holding the id of a scheme-owned row, read from the catalog once the journeys have run. */
const keysOfOwnedRows = new Set<string>();

/** The last WHERE clause of a statement, without its ORDER BY and LIMIT. */
function whereClause(sql: string): string | undefined {
  const at = sql.lastIndexOf(' where ');
  return at < 0 ? undefined : sql.slice(at + ' where '.length).replace(/ order by .*$| limit \?$/, '');
}

const BY_KEY = String.raw`id (?:= \?|in \(\?(?:, \?)*\))`;

/**
 * Statements that do not name a scheme, and why that is right for now. Each must still be
 * needed (a test below fails when one matches nothing), and each is as narrow as its SQL allows.
 */
const ALLOWED: Record<string, Allowance> = {
  // MikroORM's unit of work saves a changed entity by its primary key. The entity was loaded
  // earlier in the same request through a query that named its scheme (or a check against the
  // viewer's memberships), so the write cannot reach another scheme's row.
  UNIT_OF_WORK_WRITE: {
    why: 'saves an entity loaded earlier in the request, by primary key',
    citus: 'a multi-shard UPDATE/DELETE by key (one index probe per shard) until the primary keys become (scheme_id, id) at distribution; then MikroORM puts scheme_id in every such WHERE and Citus routes it to one node',
    matches: (sql) => new RegExp(String.raw`^(?:update [a-z_]+ set .* where|delete from [a-z_]+ where) ${BY_KEY}$`).test(sql),
  },
  // Populating a relation (with its own relations joined), a collection, or a lazy property of
  // rows already loaded and checked: MikroORM's select-in loading, `where x.id in (…)` or
  // `where x.parent_id in (…)` with parent a scheme-owned table. The keys come from those rows.
  RELATION_LOAD: {
    why: 'loads the related rows (or lazy fields) of rows already loaded and checked, by their keys',
    citus:
      'a multi-shard SELECT by key; its joins between scheme-owned tables need the composite keys (scheme_id, id) of the conversion to be co-located joins, and then the keys carry the scheme and Citus routes it to one node',
    matches: (sql) => {
      const where = whereClause(sql);
      const key = where && new RegExp(String.raw`^\(?([a-z0-9_]+)\.([a-z_]+) in \(\?(?:, \?)*\)(?: or 1 = 0\))?$`).exec(where);
      const ref = key ? tableReferences(sql).find((r) => r.alias === key[1]) : undefined;
      return sql.startsWith('select ') && !!ref && SCHEME_OWNED_TABLES.has(ref.table) && (key![2] === 'id' || keysOfOwnedRows.has(`${ref.table}.${key![2]}`));
    },
  },
  // A person's own records in every scheme they belong or belonged to, found by their account:
  // their data export (a right of access covers every scheme), their consents, what they raised.
  PERSON_EVERYWHERE: {
    why: 'a person’s own records in every scheme, found by their account (data export, their consents)',
    citus: 'a multi-shard SELECT by account, one index probe per shard; rare, and small',
    matches: (sql) => sql.startsWith('select ') && /^[a-z0-9_]+\.(?:account_id|user_id|raised_by_id|sender_id) = \?$/.test(whereClause(sql) ?? ''),
  },
  // MikroORM's form for "in an empty list": it reads nothing.
  NOTHING_TO_READ: {
    why: 'an empty list of keys: the statement can return no row',
    citus: 'answered without reading any shard’s rows',
    matches: (sql) => sql.startsWith('select ') && whereClause(sql) === '1 = 0',
  },
  // The public sign-up page of a recruitment drive knows only the code in its link.
  PUBLIC_DRIVE_CODE: {
    why: 'the public /join link carries only the drive’s code, which is unique across schemes',
    citus: 'a multi-shard SELECT by code; distributed, the code moves to a small reference table (code → scheme_id) read first (see UNIQUE_KEYS_NEEDING_DESIGN)',
    matches: (sql) => /^select .* from recruitment_drive as (\w+) .*where \1\.code = \? limit \?$/.test(sql),
  },
  // Scheduled jobs that look at every scheme at once, by design: lapsed DBS checks and the notices
  // they still owe (hourly), reviews due and check-ins due (daily), the check-in reminder emails
  // still owed (daily), and every notice email owed past its grace period (every 15 minutes, a small
  // batch at a time, read from a partial index of owed notices only). Each then works on the rows it
  // found, one by one, naming its scheme.
  JOB_SWEEP: {
    why: 'a scheduled job finds the rows due in every scheme at once',
    citus: 'a multi-shard query, run in parallel on every node, each answering from its own indexes; fine daily, hourly or every 15 minutes',
    matches: (sql) =>
      sql.startsWith('update volunteer_dbs_check set lapse_notified_at = ? where superseded_at is null and lapse_notified_at is null and recheck_due_on <= ?') ||
      sql.startsWith('select id, scheme_id, volunteer_id, lapse_volunteer_told_at is null as volunteer_owed, lapse_staff_told_at is null as staff_owed from volunteer_dbs_check where lapse_notified_at is not null') ||
      sql.startsWith("update check_in set reminded_at = ? where status = 'due' and reminded_at is null and due_on <= ?") ||
      /^select id, scheme_id from notification where email_subject is not null and emailed_at is null and id > \?(?: and kind = \?)?(?: and created_at <= \?)? order by id limit \?$/.test(sql) ||
      sql ===
        "update match set review_reminder_for = next_review_due where status = 'active' and next_review_due <= ? and review_reminder_for is distinct from next_review_due returning id, scheme_id, next_review_due",
  },
};

function allowanceOf(sql: string): string | undefined {
  return Object.keys(ALLOWED).find((key) => ALLOWED[key]!.matches(sql));
}

/** The server code that sent a statement (its first frames in server/), shown when a statement is refused. */
function sentFrom(): string {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 60;
  const stack = new Error().stack ?? '';
  Error.stackTraceLimit = limit;
  const frames = stack.split('\n').filter((line) => /\/server\/(src|dist)\//.test(line) && !line.includes('statement-recorder'));
  return frames.slice(0, 3).map((line) => line.trim().replace(/\(?[^ (]*\/server\/(?:src|dist)\//, '(')).join(' < ');
}

// The schedule stays off: the jobs that sweep every scheme run once, inside the recording (theJobsOfTheDay).
const kindred = await startTestKindred({ env: { SCHEDULED_JOBS: 'false' } });
const statements: string[] = [];
const origins = new Map<string, string>();
beforeAll(async () => {
  const stop = recordStatements(kindred.orm, (sql) => {
    const text = normaliseSql(sql);
    statements.push(text);
    if (!origins.has(text)) origins.set(text, sentFrom());
  });
  try {
    await aDayOfKindred(kindred);
    await theJobsOfTheDay(kindred);
    // Work a request leaves behind (the matching index reloads a changed volunteer a moment later).
    await new Promise((resolve) => setTimeout(resolve, 300));
  } finally {
    stop();
  }
  for (const fk of await foreignKeysOf(kindred)) {
    if (fk.columns.length === 1 && SCHEME_OWNED_TABLES.has(fk.refTable)) keysOfOwnedRows.add(`${fk.table}.${fk.columns[0]}`);
  }
}, 240_000);
afterAll(() => kindred.close());

const onSchemeOwned = () => statements.filter((sql) => schemeOwnedIn(sql).length > 0);

describe('the SQL of a day of journeys', () => {
  it('was recorded, and reaches the tables people fill', () => {
    expect(statements.length).toBeGreaterThan(300);
    const touched = new Set(statements.flatMap(schemeOwnedIn));
    const expected = ['seeker', 'seeker_contact', 'consent_record', 'support_request', 'volunteer', 'volunteer_reference', 'volunteer_dbs_check',
      'volunteer_training', 'match', 'match_transition', 'match_review', 'match_contact_log_entry', 'suggestion_rejection', 'notification',
      'check_in', 'activity', 'recruitment_drive', 'assignment_run', 'assignment_proposal', 'message', 'concern'];
    expect(expected.filter((t) => !touched.has(t)), 'tables the journeys never reached').toEqual([]);
  });

  it('names a scheme in every statement on a scheme-owned table, unless allowed below for a reason', () => {
    const unexplained = [...new Set(onSchemeOwned().filter((sql) => !constrainsScheme(sql) && !allowanceOf(sql)))].map(
      (sql) => `${origins.get(sql)}: ${sql.length > 300 ? `${sql.slice(0, 150)} … ${sql.slice(-150)}` : sql}`,
    );
    expect(unexplained, 'statements that name no scheme: add the scheme to the query, or explain it in ALLOWED').toEqual([]);
  });

  it('needs every allowance (one that matches nothing is stale)', () => {
    const unnamed = onSchemeOwned().filter((sql) => !constrainsScheme(sql));
    expect(Object.keys(ALLOWED).filter((key) => !unnamed.some((sql) => ALLOWED[key]!.matches(sql)))).toEqual([]);
  });

  it('reports the figures', () => {
    const owned = onSchemeOwned();
    const named = owned.filter(constrainsScheme);
    const byReason = new Map<string, number>();
    for (const sql of owned.filter((s) => !constrainsScheme(s))) {
      const key = allowanceOf(sql) ?? 'UNEXPLAINED';
      byReason.set(key, (byReason.get(key) ?? 0) + 1);
    }
    const pinned = owned.filter(pinsEveryTable);
    console.log(
      [
        `[sharding] statements seen: ${statements.length}; on scheme-owned tables: ${owned.length} (${new Set(owned).size} distinct)`,
        `[sharding] naming a scheme: ${named.length} (${Math.round((100 * named.length) / owned.length)}%); allowed: ${[...byReason].map(([k, n]) => `${k} ${n}`).join(', ')}`,
        `[sharding] every scheme-owned table in the statement pinned to a scheme (one Citus node): ${pinned.length} (${Math.round((100 * pinned.length) / owned.length)}%)`,
        ...Object.entries(ALLOWED).map(([key, a]) => `[sharding]   ${key}: ${a.why}. In Citus: ${a.citus}.`),
      ].join('\n'),
    );
    expect(owned.length).toBeGreaterThan(0);
  });
});

describe('the rules read SQL as intended', () => {
  it('counts a scheme named by value, list or insert, and not a join on scheme_id alone', () => {
    expect(constrainsScheme('select * from "match" as "m0" where "m0"."scheme_id" = ? and "m0"."id" = ?')).toBe(true);
    expect(constrainsScheme('select * from match m where m.scheme_id in (?, ?)')).toBe(true);
    expect(constrainsScheme('select * from volunteer v where v.scheme_id = any(?::uuid[])')).toBe(true);
    expect(constrainsScheme('insert into "seeker" ("id", "scheme_id", "name") values (?, ?, ?)')).toBe(true);
    expect(constrainsScheme('select * from "match" as "m0" where "m0"."id" = ? limit ?')).toBe(false);
    expect(constrainsScheme('select * from match m join volunteer v on v.scheme_id = m.scheme_id where m.id = ?')).toBe(false);
    expect(constrainsScheme('insert into "notification" ("id", "user_id") values (?, ?)')).toBe(false);
  });

  it('pins a join only when each scheme-owned table is tied to the named scheme', () => {
    expect(pinsEveryTable('select * from match m join volunteer v on v.id = m.volunteer_id where m.scheme_id = ?')).toBe(false);
    expect(pinsEveryTable('select * from match m join volunteer v on v.id = m.volunteer_id and v.scheme_id = m.scheme_id where m.scheme_id = ?')).toBe(true);
    expect(pinsEveryTable('select * from match m join person_account u on u.id = m.proposed_by_id where m.scheme_id = ?')).toBe(true);
  });

  it('allows only the narrow shapes it names', () => {
    const allowed = (sql: string) => allowanceOf(normaliseSql(sql));
    expect(allowed('update "match" set "status" = ? where "id" = ?')).toBe('UNIT_OF_WORK_WRITE');
    expect(allowed('update "match" set "status" = ? where "id" = ? and "status" = ?')).toBeUndefined();
    expect(allowed('update "match" set "status" = ? where "volunteer_id" = ?')).toBeUndefined();
    expect(allowed('select "v0".* from "volunteer" as "v0" inner join "person_account" as "u1" on "v0"."user_id" = "u1"."id" where "v0"."id" in (?, ?)')).toBe('RELATION_LOAD');
    expect(allowed('select "v0".* from "volunteer" as "v0" where "v0"."id" = ? limit ?')).toBeUndefined();
    expect(allowed('select "m0".* from "match" as "m0" inner join "volunteer" as "v1" on "m0"."volunteer_id" = "v1"."id" where "m0"."id" = ? limit ?')).toBeUndefined();
    expect(allowed('select "m0".* from "match" as "m0" where "m0"."id" in (?) or "m0"."status" = ?')).toBeUndefined();
    expect(allowed('select "c0".* from "seeker_contact" as "c0" where "c0"."seeker_id" in (?) order by "c0"."contacted_at" asc')).toBe('RELATION_LOAD');
    expect(allowed('select "c0".* from "seeker_contact" as "c0" where "c0"."recorded_by_id" in (?)')).toBeUndefined();
    expect(allowed('select "s0".* from "seeker" as "s0" where "s0"."account_id" = ?')).toBe('PERSON_EVERYWHERE');
    expect(allowed('select "s0".* from "seeker" as "s0" where "s0"."account_id" = ? and "s0"."name" = ?')).toBeUndefined();
    expect(allowed('select "m0".* from "match" as "m0" where "m0"."status" = ?')).toBeUndefined();
    expect(allowed('select "d0".* from "volunteer_dbs_check" as "d0" where 1 = 0 order by "d0"."recorded_at" asc')).toBe('NOTHING_TO_READ');
    expect(allowed('select id, scheme_id from notification where email_subject is not null and emailed_at is null and id > ? and created_at <= ? order by id limit ?')).toBe('JOB_SWEEP');
    expect(allowed('select id, scheme_id, text from notification where email_subject is not null and emailed_at is null and id > ? order by id limit ?')).toBeUndefined();
    expect(allowed('select id, scheme_id from notification where email_subject is not null and emailed_at is null and id > ? or user_id = ? order by id limit ?')).toBeUndefined();
    const claimReviews = "update match set review_reminder_for = next_review_due where status = 'ACTIVE' and next_review_due <= ? and review_reminder_for is distinct from next_review_due";
    expect(allowed(`${claimReviews} returning id, scheme_id, next_review_due`)).toBe('JOB_SWEEP');
    expect(allowed(`${claimReviews} or id = ? returning id, scheme_id, next_review_due`)).toBeUndefined();
  });
});

it('keeps every row in the scheme of the rows it points at (so keys can become (scheme_id, id))', async () => {
  const between = (await foreignKeysOf(kindred)).filter(
    (fk) => fk.columns.length === 1 && SCHEME_OWNED_TABLES.has(fk.table) && SCHEME_OWNED_TABLES.has(fk.refTable),
  );
  const run = (sql: string) => kindred.orm.em.fork().getConnection().execute<Array<{ rows: number; strays: number }>>(sql);
  let checked = 0;
  const strays: string[] = [];
  for (const fk of between) {
    const [row] = await run(
      `select count(*)::int as rows, count(*) filter (where c.scheme_id <> p.scheme_id)::int as strays
       from "${fk.table}" c join "${fk.refTable}" p on p."${fk.refColumns[0]}" = c."${fk.columns[0]}"`,
    );
    if (row!.rows > 0) checked += 1;
    if (row!.strays > 0) strays.push(`${fk.table}.${fk.columns[0]} → ${fk.refTable}: ${row!.strays} of ${row!.rows}`);
  }
  expect(strays).toEqual([]);
  expect(checked, 'foreign keys between scheme-owned tables with rows to compare').toBeGreaterThan(10);
});
