/**
 * Where every table of Kindred's database would live in a distributed PostgreSQL (Citus), and a
 * reader of SQL text that says whether a statement is pinned to a scheme. One list, so that a new
 * table fails the sharding tests until someone decides where it belongs.
 *
 * - SCHEME_OWNED: distributed by `scheme_id`, all co-located, so a scheme's rows live on one node
 *   and a query pinned to one scheme is routed there whole.
 * - REFERENCE: small tables every scheme shares, copied to every node (Citus reference tables).
 * - GLOBAL: not owned by a scheme. `citus` says how each is kept: as a reference table (because
 *   scheme-owned rows point at it, and a distributed table may only point at reference tables) or
 *   on the coordinator only (hot, private or bookkeeping tables nothing distributed points at).
 */

export type Placement =
  | { kind: 'SCHEME_OWNED' }
  | { kind: 'REFERENCE'; why: string }
  | { kind: 'GLOBAL'; citus: 'REFERENCE' | 'COORDINATOR'; why: string };

const owned: Placement = { kind: 'SCHEME_OWNED' };

/** Tables of the `public` schema by name; other schemas by `schema.*` (a whole schema kept together). */
export const PLACEMENTS: Record<string, Placement> = {
  // Accounts and sign-in: a person may belong to several schemes.
  person_account: { kind: 'GLOBAL', citus: 'REFERENCE', why: 'one account across schemes; scheme-owned rows name who recorded them (foreign keys)' },
  membership: { kind: 'GLOBAL', citus: 'REFERENCE', why: 'read on every request to know the viewer’s schemes; small; joined with scheme-owned tables' },
  account_session: { kind: 'GLOBAL', citus: 'COORDINATOR', why: 'hot (touched every minute of use) and looked up by token only' },
  password_reset: { kind: 'GLOBAL', citus: 'COORDINATOR', why: 'looked up by token only; short-lived' },
  throttle_counter: { kind: 'GLOBAL', citus: 'COORDINATOR', why: 'keyed by address or email, before anyone is known' },
  mikro_orm_migrations: { kind: 'GLOBAL', citus: 'COORDINATOR', why: 'migration bookkeeping; Citus propagates the DDL itself' },
  two_factor: { kind: 'GLOBAL', citus: 'COORDINATOR', why: 'a person’s sign-in secret, read only while they sign in' },
  two_factor_recovery_code: { kind: 'GLOBAL', citus: 'COORDINATOR', why: 'read only while a person signs in' },
  audit_event: {
    kind: 'GLOBAL',
    citus: 'COORDINATOR',
    why: 'append-only; many events (sign-ins, failed sign-ins) belong to no scheme, so scheme_id may be empty; nothing points at it. If it outgrows the coordinator, distribute it by its own id (not co-located)',
  },
  erasure_record: {
    kind: 'GLOBAL',
    citus: 'COORDINATOR',
    why: 'that a person was erased, kept after they are gone; an erasure by the person themself covers every scheme, so scheme_id may be empty; small, and nothing points at it',
  },
  'pgboss.*': { kind: 'GLOBAL', citus: 'COORDINATOR', why: 'pg-boss’s own queue (SKIP LOCKED); could equally move to a database of its own' },

  // Shared by every scheme.
  scheme: { kind: 'REFERENCE', why: 'one row per scheme; every scheme-owned row points at it' },
  postcode_location: { kind: 'REFERENCE', why: 'a cache of postcode centres, the same for every scheme' },

  // People, directory, matching, outcomes, community.
  seeker: owned,
  seeker_contact: owned,
  consent_record: owned,
  support_request: owned,
  activity: owned,
  open_referral_import: owned,
  open_referral_import_part: owned,
  volunteer: owned,
  volunteer_training: owned,
  volunteer_dbs_check: owned,
  volunteer_reference: owned,
  unmatched_request: owned,
  notification: owned,
  assignment_run: owned,
  assignment_proposal: owned,
  suggestion_rejection: owned,
  match: owned,
  match_transition: owned,
  match_review: owned,
  match_contact_log_entry: owned,
  recruitment_drive: owned,
  gap_snapshot: owned,
  check_in: owned,

  // Safeguarding and privacy (issue 7).
  concern: owned,
  message: owned,
};

/** Where a table is placed, or undefined when nobody has classified it yet. */
export function placementOf(schema: string, table: string): Placement | undefined {
  return schema === 'public' ? PLACEMENTS[table] : PLACEMENTS[`${schema}.*`];
}

export const SCHEME_OWNED_TABLES = new Set(Object.entries(PLACEMENTS).filter(([, p]) => p.kind === 'SCHEME_OWNED').map(([t]) => t));

/**
 * Unique keys of scheme-owned tables that neither include scheme_id nor are tied to one scheme by
 * a column that points at a scheme-owned row. Citus refuses such a key on a distributed table, so
 * each needs a design change before distributing; the reason and the change are written here.
 */
export const UNIQUE_KEYS_NEEDING_DESIGN: Record<string, string> = {
  recruitment_drive_code_unique:
    'A drive’s public link carries only its code, unique across all schemes. Distributed, the code would move to a small reference table (code → scheme_id, drive id) read by the public page before it goes to the scheme’s node.',
};

/** Where a table's rows live in Citus: on its scheme's node, copied to every node, or on the coordinator only. */
export function citusHome(placement: Placement): 'DISTRIBUTED' | 'REFERENCE' | 'COORDINATOR' {
  if (placement.kind === 'SCHEME_OWNED') return 'DISTRIBUTED';
  if (placement.kind === 'REFERENCE') return 'REFERENCE';
  return placement.citus;
}

/**
 * Citus's rules for foreign keys: a distributed table may point at another distributed table
 * (co-located, with scheme_id in both keys) or at a reference table; a reference table only at
 * reference tables; a coordinator table at coordinator or reference tables. Anything else is the
 * reason Citus would refuse the key, or null when it is allowed.
 */
export function foreignKeyProblem(from: Placement, to: Placement): string | null {
  const a = citusHome(from);
  const b = citusHome(to);
  if (b === 'REFERENCE') return null;
  if (a === b) return null;
  return `a ${a.toLowerCase()} table cannot point at a ${b.toLowerCase()} table`;
}

/**
 * Citus requires every unique key of a distributed table to include the distribution column.
 * A key passes when it does, or when widening it with scheme_id changes nothing: it holds a
 * column that points at a scheme-owned row (whose scheme this row shares), or it is the table's
 * own single-column uuid key (random, so widening it to (scheme_id, id) loses nothing). Otherwise the reason it needs a design change is returned.
 */
export function uniqueKeyProblem(key: { columns: string[]; primary: boolean }, pointsAtSchemeOwned: ReadonlySet<string>): string | null {
  if (key.columns.includes('scheme_id')) return null;
  if (key.columns.some((c) => pointsAtSchemeOwned.has(c))) return null;
  if (key.primary && key.columns.length === 1 && /^(?:id|[a-z_]+_id)$/.test(key.columns[0]!)) return null;
  return `unique on (${key.columns.join(', ')}) across every scheme`;
}

// ---------------------------------------------------------------------------------------------
// Reading SQL text.

const KEYWORDS = new Set(
  'where on left right inner outer full cross join using set values select order group limit offset having returning union lateral natural and or as for with default window'.split(' '),
);

export type TableReference = { table: string; alias: string };

/** Lower case, quotes removed, whitespace collapsed: the form every rule below reads. */
export function normaliseSql(sql: string): string {
  return sql.replace(/"/g, '').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** The tables a statement reads or writes (after FROM, JOIN, INTO, UPDATE), with the alias each goes by. */
export function tableReferences(sql: string): TableReference[] {
  const text = normaliseSql(sql);
  const found: TableReference[] = [];
  const pattern = /\b(?:from|join|into|update)\s+(?:only\s+)?([a-z_][a-z0-9_]*)(?:\.([a-z_][a-z0-9_]*))?(?:\s+(?:as\s+)?([a-z_][a-z0-9_]*))?/g;
  for (const m of text.matchAll(pattern)) {
    const table = m[2] ?? m[1]!;
    const alias = m[3] && !KEYWORDS.has(m[3]) ? m[3] : table;
    found.push({ table, alias });
  }
  return found;
}

/** The scheme-owned tables a statement touches. */
export function schemeOwnedIn(sql: string): string[] {
  return [...new Set(tableReferences(sql).filter((r) => SCHEME_OWNED_TABLES.has(r.table)).map((r) => r.table))];
}

const VALUE = String.raw`(?:\?|\$\d+|'[^']*')`;

/**
 * The statement names a scheme: `scheme_id = ?`, `scheme_id in (…)`, `scheme_id = any(?)` in a
 * WHERE or ON, or an INSERT whose columns carry scheme_id. This is the rule of issue 8 ("every
 * query filters on it"). Equal scheme_id between two tables alone names no scheme, so it does not count.
 */
export function constrainsScheme(sql: string): boolean {
  const text = normaliseSql(sql);
  const insert = /^(?:with .*?\) )?insert into [a-z0-9_.]+(?: as [a-z0-9_]+)? \(([^)]*)\)/.exec(text);
  if (insert && /\bscheme_id\b/.test(insert[1]!)) return true;
  // A value given once as a constant (`? ::uuid as scheme_id` in a WITH clause) and joined on also names it.
  return new RegExp(String.raw`\bscheme_id (?:= ${VALUE}|in \(|= any ?\()|${VALUE} = (?:[a-z0-9_]+\.)?scheme_id\b|\?(?:::uuid)? as scheme_id\b`).test(text);
}

/**
 * Stricter, for the figures: every scheme-owned table in the statement is pinned to a scheme, by
 * a value or by equal scheme_id with a table that is. This is what Citus needs to send the whole
 * statement to one node; a statement that only passes constrainsScheme may still ask every node.
 */
export function pinsEveryTable(sql: string): boolean {
  const text = normaliseSql(sql);
  const refs = tableReferences(sql).filter((r) => SCHEME_OWNED_TABLES.has(r.table));
  if (refs.length === 0) return true;
  const pinned = new Set<string>();
  const insert = /^insert into ([a-z0-9_]+)(?: as ([a-z0-9_]+))? \(([^)]*)\)/.exec(text);
  if (insert && /\bscheme_id\b/.test(insert[3]!)) pinned.add(insert[2] ?? insert[1]!);
  const byValue = (alias: string) =>
    new RegExp(String.raw`(?:^|[^a-z0-9_.])${alias}\.scheme_id (?:= ${VALUE}|in \((?:${VALUE}|select)|= any ?\()|${VALUE} = ${alias}\.scheme_id\b`).test(text);
  for (const r of refs) if (byValue(r.alias)) pinned.add(r.alias);
  // A lone table may be named without its alias (UPDATE … WHERE scheme_id = ?).
  if (refs.length === 1 && new RegExp(String.raw`(?:^|[^a-z0-9_.])scheme_id (?:= ${VALUE}|in \(|= any ?\()`).test(text)) pinned.add(refs[0]!.alias);
  const joins = [...text.matchAll(/\b([a-z0-9_]+)\.scheme_id = ([a-z0-9_]+)\.scheme_id\b/g)].map((m) => [m[1]!, m[2]!] as const);
  for (let changed = true; changed; ) {
    changed = false;
    for (const [a, b] of joins) {
      if (pinned.has(a) !== pinned.has(b)) {
        pinned.add(a).add(b);
        changed = true;
      }
    }
  }
  return refs.every((r) => pinned.has(r.alias));
}
