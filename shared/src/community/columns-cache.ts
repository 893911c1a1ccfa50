import type { VolunteerIndex } from '../matching/volunteer-index.js';
import { GapColumns } from './gap-columns.js';

const cache = new WeakMap<VolunteerIndex, { version: number; at: number; columns: GapColumns }>();

/**
 * The gap columns of an index at a moment, built once and kept while the index is unchanged, so
 * that the gap analysis and the recruit suggestions that follow it share one build.
 */
export function columnsFor(index: VolunteerIndex, now: Date): GapColumns {
  const kept = cache.get(index);
  if (kept && kept.version === index.version && kept.at === now.getTime()) return kept.columns;
  const columns = new GapColumns(index.all(), now, (id) => index.positionOf(id));
  cache.set(index, { version: index.version, at: now.getTime(), columns });
  return columns;
}
