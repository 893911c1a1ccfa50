/**
 * Secondary suppression: which further counts to hide so that no small count can be worked out by
 * adding and subtracting the counts that are shown.
 *
 * A table of counts is a set of cells tied by relations (`total = part + part + …`). Some cells are
 * shown, some are never shown (the "stayed chronic" cell of a 2×2 table, say), and some must not be
 * known (`protect`: fewer than SUPPRESS_BELOW people). A hidden cell can be worked out when
 * - the relations pin it down given the shown cells: its column in the relations, restricted to the
 *   hidden cells, is not a combination of the other hidden cells' columns (a rank test); or
 * - counts never being negative, the range it could lie in shrinks to a single value (for example
 *   "moved out" and "moved in" adding up to everyone, which makes the other cells 0).
 * While any protected cell can be worked out, we hide one more shown cell that shares a relation
 * with it: the one that leaves fewest protected cells exposed, then the smallest, totals last.
 * Ranges wider than one value ("at least 4") are not protected against.
 */

export type DisclosureCell = {
  id: string;
  value: number;
  /** Shown in the report unless hidden here; false for cells that are never shown. */
  shown: boolean;
  /** Its value must not be knowable, exactly, from what is shown. */
  protect: boolean;
  /** Hidden only when no other cell will do (a table's total). */
  lastResort?: boolean;
  /** The least it could be, as a reader knows it (0 unless, say, a listed district must have someone in it). */
  atLeast?: number;
};

export type DisclosureRelation = { total: string; parts: readonly string[] };

const EPSILON = 1e-9;

/** The ids of shown cells to hide, beyond those never shown: the primary ones (protected) and the secondary ones. */
export function cellsToHide(cells: readonly DisclosureCell[], relations: readonly DisclosureRelation[]): Set<string> {
  const byId = new Map(cells.map((c) => [c.id, c]));
  for (const r of relations) {
    for (const id of [r.total, ...r.parts]) if (!byId.has(id)) throw new Error(`Relation names an unknown cell: ${id}`);
  }
  const hidden = new Set(cells.filter((c) => !c.shown || c.protect).map((c) => c.id));
  for (;;) {
    const exposed = knowable(cells, relations, hidden).filter((id) => byId.get(id)!.protect);
    if (exposed.length === 0) break;
    const next = nextToHide(cells, relations, hidden, new Set(exposed));
    if (!next) break; // cannot happen: with every cell hidden, nothing is determined
    hidden.add(next);
  }
  return new Set([...hidden].filter((id) => byId.get(id)!.shown));
}

/** Hidden cells whose value can be worked out from the shown ones, exactly or by their range. */
export function knowable(cells: readonly DisclosureCell[], relations: readonly DisclosureRelation[], hidden: ReadonlySet<string>): string[] {
  const exact = new Set(determined(cells, relations, hidden));
  const single = new Set(pinned(cells, relations, hidden));
  return cells.map((c) => c.id).filter((id) => exact.has(id) || single.has(id));
}

/**
 * Hidden cells whose possible range, counts being whole and never negative, is a single value.
 * Each relation narrows its cells' ranges (a part is at most the total less the other parts' least,
 * a total at least the sum of its parts' least…) until nothing changes.
 */
export function pinned(cells: readonly DisclosureCell[], relations: readonly DisclosureRelation[], hidden: ReadonlySet<string>): string[] {
  const range = new Map(cells.map((c) => [c.id, hidden.has(c.id) ? { lo: c.atLeast ?? 0, hi: Infinity } : { lo: c.value, hi: c.value }]));
  const sum = (ids: readonly string[], end: 'lo' | 'hi') => ids.reduce((total, id) => total + range.get(id)![end], 0);
  for (let changed = true, rounds = 0; changed && rounds < 1000; rounds++) {
    changed = false;
    const narrow = (id: string, lo: number, hi: number) => {
      const r = range.get(id)!;
      if (lo > r.lo) {
        r.lo = lo;
        changed = true;
      }
      if (hi < r.hi) {
        r.hi = hi;
        changed = true;
      }
    };
    for (const { total, parts } of relations) {
      narrow(total, sum(parts, 'lo'), sum(parts, 'hi'));
      for (const [at, part] of parts.entries()) {
        const others = parts.filter((_, i) => i !== at);
        narrow(part, range.get(total)!.lo - sum(others, 'hi'), range.get(total)!.hi - sum(others, 'lo'));
      }
    }
  }
  return cells.filter((c) => hidden.has(c.id)).map((c) => c.id).filter((id) => range.get(id)!.lo === range.get(id)!.hi);
}

/** Hidden cells whose value the relations fix exactly, given the shown ones (the rank test). */
export function determined(cells: readonly DisclosureCell[], relations: readonly DisclosureRelation[], hidden: ReadonlySet<string>): string[] {
  const unknowns = cells.map((c) => c.id).filter((id) => hidden.has(id));
  const rows = relations
    .map((r) => unknowns.map((id) => (id === r.total ? 1 : 0) - r.parts.filter((p) => p === id).length))
    .filter((row) => row.some((x) => x !== 0));
  const full = rank(rows);
  return unknowns.filter((_, column) => rank(rows.map((row) => row.filter((__, c) => c !== column))) < full);
}

/**
 * The shown cell to hide next: among those sharing a relation with an exposed cell (or any, failing
 * that), the one that leaves the fewest protected cells exposed; then the smallest; totals last.
 */
function nextToHide(
  cells: readonly DisclosureCell[],
  relations: readonly DisclosureRelation[],
  hidden: ReadonlySet<string>,
  exposed: ReadonlySet<string>,
): string | undefined {
  const protectedIds = new Set(cells.filter((c) => c.protect).map((c) => c.id));
  const near = new Set(
    relations.filter((r) => [r.total, ...r.parts].some((id) => exposed.has(id))).flatMap((r) => [r.total, ...r.parts]),
  );
  const shown = cells.filter((c) => c.shown && !hidden.has(c.id));
  const pool = shown.filter((c) => near.has(c.id)).length > 0 ? shown.filter((c) => near.has(c.id)) : shown;
  const ranked = pool.map((c, at) => ({
    c,
    at,
    exposedAfter: knowable(cells, relations, new Set([...hidden, c.id])).filter((id) => protectedIds.has(id)).length,
  }));
  ranked.sort(
    (a, b) =>
      Number(!!a.c.lastResort) - Number(!!b.c.lastResort) || a.exposedAfter - b.exposedAfter || a.c.value - b.c.value || a.at - b.at,
  );
  return ranked[0]?.c.id;
}

/** Rank of a small matrix by Gaussian elimination (entries are small integers, so floating point is exact enough). */
function rank(input: readonly number[][]): number {
  const m = input.map((row) => [...row]);
  const columns = m[0]?.length ?? 0;
  let r = 0;
  for (let c = 0; c < columns && r < m.length; c++) {
    let pivot = r;
    for (let i = r + 1; i < m.length; i++) if (Math.abs(m[i]![c]!) > Math.abs(m[pivot]![c]!)) pivot = i;
    if (Math.abs(m[pivot]![c]!) < EPSILON) continue;
    [m[r], m[pivot]] = [m[pivot]!, m[r]!];
    const top = m[r]!;
    for (const [i, row] of m.entries()) {
      const factor = i === r ? 0 : row[c]! / top[c]!;
      if (factor !== 0) for (let k = c; k < columns; k++) row[k] = row[k]! - factor * top[k]!;
    }
    r++;
  }
  return r;
}
