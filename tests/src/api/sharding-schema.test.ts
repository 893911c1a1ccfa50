/**
 * Ready to shard by scheme (issue 8): read from PostgreSQL's catalog after the migrations, every
 * table is placed (tests/src/support/sharding.ts), every scheme-owned table carries a NOT NULL
 * scheme_id pointing at its scheme, its unique keys can take scheme_id as Citus requires, and every
 * foreign key is one Citus allows between the places of its two tables. A new table fails here
 * until someone decides where it lives.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestKindred } from '../support/kindred.ts';
import {
  foreignKeysOf,
  schemeColumnsOf,
  tablesOf,
  tablesWithSchemeLedIndex,
  uniqueKeysOf,
  type ForeignKey,
  type SchemeColumn,
  type Table,
  type UniqueKey,
} from '../support/sharding-catalog.ts';
import {
  PLACEMENTS,
  SCHEME_OWNED_TABLES,
  UNIQUE_KEYS_NEEDING_DESIGN,
  foreignKeyProblem,
  placementOf,
  uniqueKeyProblem,
  type Placement,
} from '../support/sharding.ts';

const kindred = await startTestKindred();
let tables: Table[];
let schemeColumns: Map<string, SchemeColumn>;
let uniqueKeys: UniqueKey[];
let foreignKeys: ForeignKey[];
beforeAll(async () => {
  tables = await tablesOf(kindred);
  schemeColumns = new Map((await schemeColumnsOf(kindred)).map((c) => [c.table, c]));
  uniqueKeys = await uniqueKeysOf(kindred);
  foreignKeys = await foreignKeysOf(kindred);
});
afterAll(() => kindred.close());

const label = (t: Table) => (t.schema === 'public' ? t.table : `${t.schema}.${t.table}`);
const ownedTables = () => tables.filter((t) => t.schema === 'public' && SCHEME_OWNED_TABLES.has(t.table));

describe('every table has a place', () => {
  it('is placed as scheme-owned, reference or global (add a new table to tests/src/support/sharding.ts)', () => {
    const unplaced = tables.filter((t) => !placementOf(t.schema, t.table)).map(label);
    expect(unplaced, 'tables nobody has placed yet').toEqual([]);
  });

  it('names only tables that exist, so the list stays true', () => {
    const present = new Set(tables.map((t) => (t.schema === 'public' ? t.table : `${t.schema}.*`)));
    expect(Object.keys(PLACEMENTS).filter((name) => !present.has(name))).toEqual([]);
  });

  it('reads the real schema: the scheme table and the tables people fill are there', () => {
    const names = tables.map(label);
    expect(names).toEqual(expect.arrayContaining(['scheme', 'person_account', 'seeker', 'volunteer', 'match', 'mikro_orm_migrations']));
    expect(names.some((n) => n.startsWith('pgboss.')), 'the job queue’s own tables').toBe(true);
  });
});

describe('scheme-owned tables', () => {
  it('each carry scheme_id: a uuid that is never empty', () => {
    const wrong = ownedTables()
      .map((t) => ({ table: t.table, column: schemeColumns.get(t.table) }))
      .filter(({ column }) => !column || column.nullable || column.type !== 'uuid')
      .map(({ table, column }) => `${table}: ${column ? `${column.type}${column.nullable ? ', may be null' : ''}` : 'no scheme_id'}`);
    expect(wrong).toEqual([]);
  });

  it('each point scheme_id at the scheme table', () => {
    const pointing = new Set(
      foreignKeys.filter((fk) => fk.refTable === 'scheme' && fk.columns.length === 1 && fk.columns[0] === 'scheme_id').map((fk) => fk.table),
    );
    expect(ownedTables().map((t) => t.table).filter((t) => !pointing.has(t))).toEqual([]);
  });

  it('have unique keys that can include scheme_id, as Citus requires of a distributed table', () => {
    const problems: string[] = [];
    for (const table of SCHEME_OWNED_TABLES) {
      const pointsAtOwned = new Set(
        foreignKeys.filter((fk) => fk.table === table && SCHEME_OWNED_TABLES.has(fk.refTable) && fk.columns.length === 1).map((fk) => fk.columns[0]!),
      );
      for (const key of uniqueKeys.filter((k) => k.table === table)) {
        const problem = uniqueKeyProblem(key, pointsAtOwned);
        if (problem && !UNIQUE_KEYS_NEEDING_DESIGN[key.name]) problems.push(`${table}.${key.name}: ${problem}`);
      }
    }
    expect(problems, 'add scheme_id to the key, or explain the design change in UNIQUE_KEYS_NEEDING_DESIGN').toEqual([]);
    const names = new Set(uniqueKeys.map((k) => k.name));
    expect(Object.keys(UNIQUE_KEYS_NEEDING_DESIGN).filter((n) => !names.has(n)), 'explanations of keys that are gone').toEqual([]);
  });

  it('the unique-key rule refuses a key unique across schemes, and allows one tied to a scheme', () => {
    expect(uniqueKeyProblem({ columns: ['code'], primary: false }, new Set())).toMatch(/across every scheme/);
    expect(uniqueKeyProblem({ columns: ['email'], primary: true }, new Set())).toMatch(/across every scheme/);
    expect(uniqueKeyProblem({ columns: ['scheme_id', 'code'], primary: false }, new Set())).toBeNull();
    expect(uniqueKeyProblem({ columns: ['volunteer_id', 'module'], primary: false }, new Set(['volunteer_id']))).toBeNull();
    expect(uniqueKeyProblem({ columns: ['id'], primary: true }, new Set())).toBeNull();
  });
});

describe('foreign keys', () => {
  const place = (schema: string, table: string): Placement | undefined => placementOf(schema, table);

  it('only point where Citus allows: distributed → distributed or reference, reference → reference, coordinator → coordinator or reference', () => {
    const refused = foreignKeys.flatMap((fk) => {
      const from = place(fk.schema, fk.table);
      const to = place(fk.refSchema, fk.refTable);
      const problem = from && to ? foreignKeyProblem(from, to) : null;
      return problem ? [`${fk.table}.${fk.name} → ${fk.refTable}: ${problem}`] : [];
    });
    expect(refused).toEqual([]);
  });

  it('between scheme-owned tables can be widened to (scheme_id, …), since both ends carry scheme_id', () => {
    const between = foreignKeys.filter((fk) => SCHEME_OWNED_TABLES.has(fk.table) && SCHEME_OWNED_TABLES.has(fk.refTable));
    expect(between.length, 'scheme-owned tables point at each other').toBeGreaterThan(10);
    expect(between.filter((fk) => !schemeColumns.has(fk.table) || !schemeColumns.has(fk.refTable)).map((fk) => fk.name)).toEqual([]);
  });

  it('the rule refuses what Citus refuses', () => {
    const owned: Placement = { kind: 'SCHEME_OWNED' };
    const reference: Placement = { kind: 'REFERENCE', why: '' };
    const coordinator: Placement = { kind: 'GLOBAL', citus: 'COORDINATOR', why: '' };
    expect(foreignKeyProblem(owned, coordinator)).toMatch(/distributed table cannot point at a coordinator/);
    expect(foreignKeyProblem(reference, owned)).toMatch(/reference table cannot point at a distributed/);
    expect(foreignKeyProblem(coordinator, owned)).toMatch(/coordinator table cannot point at a distributed/);
    expect(foreignKeyProblem(owned, reference)).toBeNull();
    expect(foreignKeyProblem(coordinator, reference)).toBeNull();
  });
});

it('reports the figures', async () => {
  const kinds = new Map<string, number>();
  const otherSchemas = new Map<string, number>();
  for (const t of tables) {
    if (t.schema !== 'public') {
      otherSchemas.set(t.schema, (otherSchemas.get(t.schema) ?? 0) + 1);
      continue;
    }
    const p = placementOf(t.schema, t.table);
    const key = p ? (p.kind === 'GLOBAL' ? `GLOBAL (${p.citus.toLowerCase()})` : p.kind) : 'UNPLACED';
    kinds.set(key, (kinds.get(key) ?? 0) + 1);
  }
  const led = await tablesWithSchemeLedIndex(kindred);
  const withoutLed = ownedTables().map((t) => t.table).filter((t) => !led.has(t));
  const schemas = [...otherSchemas].map(([schema, n]) => `${schema}.* (${n} tables, ${placementOf(schema, '')?.kind ?? 'UNPLACED'})`);
  console.log(`[sharding] tables of public by place: ${[...kinds].map(([k, n]) => `${k} ${n}`).join(', ')}; other schemas: ${schemas.join(', ')}`);
  console.log(`[sharding] scheme-owned tables reached only through a parent (no index led by scheme_id): ${withoutLed.length} — ${withoutLed.join(', ')}`);
  expect(kinds.get('SCHEME_OWNED')).toBeGreaterThan(0);
});
