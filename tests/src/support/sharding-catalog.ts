/**
 * Kindred's live schema as the sharding tests read it from PostgreSQL's catalog, after the
 * migrations: tables, the scheme_id column, unique keys (primary keys, unique constraints and
 * unique indexes, partial ones included) and foreign keys.
 */
import type { TestKindred } from './kindred.ts';

export type Table = { schema: string; table: string };
export type SchemeColumn = { table: string; nullable: boolean; type: string };
export type UniqueKey = { table: string; name: string; columns: string[]; primary: boolean; partial: boolean };
export type ForeignKey = { name: string; schema: string; table: string; columns: string[]; refSchema: string; refTable: string; refColumns: string[] };

const run = <T>(kindred: TestKindred, sql: string) => kindred.orm.em.fork().getConnection().execute<T[]>(sql);

/** Every ordinary table outside PostgreSQL's own schemas. */
export function tablesOf(kindred: TestKindred): Promise<Table[]> {
  return run<Table>(
    kindred,
    `select n.nspname as schema, c.relname as table from pg_class c join pg_namespace n on n.oid = c.relnamespace
     where c.relkind in ('r', 'p') and n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg_toast%'
     order by 1, 2`,
  );
}

/** The scheme_id column of each table of `public` that has one. */
export function schemeColumnsOf(kindred: TestKindred): Promise<SchemeColumn[]> {
  return run<SchemeColumn>(
    kindred,
    `select table_name as table, is_nullable = 'YES' as nullable, data_type as type from information_schema.columns
     where table_schema = 'public' and column_name = 'scheme_id'`,
  );
}

/** Primary keys, unique constraints and unique indexes of `public`, with their columns in order. */
export function uniqueKeysOf(kindred: TestKindred): Promise<UniqueKey[]> {
  return run<UniqueKey>(
    kindred,
    `select t.relname as table, i.relname as name, x.indisprimary as primary, x.indpred is not null as partial,
       array(select a.attname::text from unnest(x.indkey) with ordinality k(attnum, n)
             join pg_attribute a on a.attrelid = t.oid and a.attnum = k.attnum order by k.n) as columns
     from pg_index x join pg_class t on t.oid = x.indrelid join pg_class i on i.oid = x.indexrelid
     join pg_namespace n on n.oid = t.relnamespace
     where x.indisunique and n.nspname = 'public' order by 1, 2`,
  );
}

/** Indexes of `public` whose first column is scheme_id, by table. */
export async function tablesWithSchemeLedIndex(kindred: TestKindred): Promise<Set<string>> {
  const rows = await run<{ table: string }>(
    kindred,
    `select distinct t.relname as table from pg_index x join pg_class t on t.oid = x.indrelid
     join pg_namespace n on n.oid = t.relnamespace join pg_attribute a on a.attrelid = t.oid and a.attnum = x.indkey[0]
     where n.nspname = 'public' and a.attname = 'scheme_id'`,
  );
  return new Set(rows.map((r) => r.table));
}

/** Every foreign key, with both ends' columns in order. */
export function foreignKeysOf(kindred: TestKindred): Promise<ForeignKey[]> {
  return run<ForeignKey>(
    kindred,
    `select c.conname as name, n.nspname as schema, t.relname as table, rn.nspname as "refSchema", r.relname as "refTable",
       array(select a.attname::text from unnest(c.conkey) with ordinality k(attnum, i) join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.attnum order by k.i) as columns,
       array(select a.attname::text from unnest(c.confkey) with ordinality k(attnum, i) join pg_attribute a on a.attrelid = c.confrelid and a.attnum = k.attnum order by k.i) as "refColumns"
     from pg_constraint c join pg_class t on t.oid = c.conrelid join pg_namespace n on n.oid = t.relnamespace
     join pg_class r on r.oid = c.confrelid join pg_namespace rn on rn.oid = r.relnamespace
     where c.contype = 'f' order by 2, 3, 1`,
  );
}
