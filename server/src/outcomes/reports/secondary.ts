import { SUPPRESS_BELOW, type ChronicTransitions } from '@kindred/shared';
import { cellsToHide, type DisclosureCell } from './disclosure.js';

/*
 * The report's tables of counts, each described as cells and the sums that tie them, so that
 * cellsToHide can find what else to hide when a small count is hidden. The rule, in words:
 *
 *   No count under SUPPRESS_BELOW (zero included) that says something about people's answers, or
 *   about where people live, may be shown, or be worked out exactly by adding and subtracting
 *   the counts and means that are shown. When hiding the small count is not enough, the smallest
 *   other count in the same table is hidden too, until nothing small can be worked out.
 *
 * The tables:
 * - chronic loneliness among the people who answered the ONS question both times: stayed chronic,
 *   moved out, moved in, stayed out (the four cells, two never shown), and their margins (chronic at
 *   the start and at the follow-up, shown; not chronic at either, never shown); the total is shown.
 * - SWEMWBS improved + worse + no change = the people with both SWEMWBS scores (shown with the change).
 * - people followed up per district add up to everyone followed up: districts with fewer than
 *   SUPPRESS_BELOW are not listed but counted together in one row (areasToList), itself at least
 *   SUPPRESS_BELOW; and, for each measure given by district, each row's sum of changes adds up to
 *   the whole report's (a mean times its n), so a row's withheld mean could otherwise be worked out
 *   from the other rows and the whole (groupsToWithhold).
 * Counts of who took part at all (measured at the start, at the follow-up, per measure) are not
 * outcome tables: differences between them tell how many skipped a question or were not followed
 * up, which says nothing about anyone's answers. They are suppressed only when under the threshold.
 */

const small = (count: number) => count < SUPPRESS_BELOW;

export type ShownChronic = {
  followUpN: number | null;
  chronicAtBaseline: number | null;
  chronicAtFollowUp: number | null;
  movedOut: number | null;
  movedIn: number | null;
};

/** The chronic-loneliness counts that may be shown. */
export function protectChronic(t: ChronicTransitions): ShownChronic {
  const cell = (id: string, value: number, shown: boolean, lastResort = false): DisclosureCell => ({ id, value, shown, protect: small(value), lastResort });
  const hide = cellsToHide(
    [
      cell('total', t.n, true, true),
      cell('chronicAtBaseline', t.chronicBefore, true),
      cell('chronicAtFollowUp', t.chronicAfter, true),
      cell('movedOut', t.movedOut, true),
      cell('movedIn', t.movedIn, true),
      cell('stayedChronic', t.stayedChronic, false),
      cell('stayedNotChronic', t.stayedNotChronic, false),
      cell('notChronicAtBaseline', t.n - t.chronicBefore, false),
      cell('notChronicAtFollowUp', t.n - t.chronicAfter, false),
    ],
    [
      { total: 'total', parts: ['stayedChronic', 'movedOut', 'movedIn', 'stayedNotChronic'] },
      { total: 'chronicAtBaseline', parts: ['stayedChronic', 'movedOut'] },
      { total: 'chronicAtFollowUp', parts: ['stayedChronic', 'movedIn'] },
      { total: 'notChronicAtBaseline', parts: ['movedIn', 'stayedNotChronic'] },
      { total: 'notChronicAtFollowUp', parts: ['movedOut', 'stayedNotChronic'] },
      { total: 'total', parts: ['chronicAtBaseline', 'notChronicAtBaseline'] },
      { total: 'total', parts: ['chronicAtFollowUp', 'notChronicAtFollowUp'] },
    ],
  );
  const shown = (id: string, value: number) => (hide.has(id) ? null : value);
  return {
    followUpN: shown('total', t.n),
    chronicAtBaseline: shown('chronicAtBaseline', t.chronicBefore),
    chronicAtFollowUp: shown('chronicAtFollowUp', t.chronicAfter),
    movedOut: shown('movedOut', t.movedOut),
    movedIn: shown('movedIn', t.movedIn),
  };
}

export type CategoryCounts = { improved: number; worse: number; noChange: number };

/** The SWEMWBS change categories that may be shown; their total is the SWEMWBS change's n. */
export function protectCategories(counts: CategoryCounts): { [K in keyof CategoryCounts]: number | null } {
  const total = counts.improved + counts.worse + counts.noChange;
  const hide = cellsToHide(
    [
      { id: 'total', value: total, shown: true, protect: small(total), lastResort: true },
      ...(['improved', 'worse', 'noChange'] as const).map((id) => ({ id, value: counts[id], shown: true, protect: small(counts[id]) })),
    ],
    [{ total: 'total', parts: ['improved', 'worse', 'noChange'] }],
  );
  return {
    improved: hide.has('improved') ? null : counts.improved,
    worse: hide.has('worse') ? null : counts.worse,
    noChange: hide.has('noChange') ? null : counts.noChange,
  };
}

/**
 * The districts that may be listed on their own: those with at least SUPPRESS_BELOW people, as long as
 * the people left over (the other districts and unknown postcodes, shown together as one row) are
 * none or at least SUPPRESS_BELOW too; if not, the smallest listed district joins them, and so on.
 * `neverListed` people (unknown postcodes) are always in that row. With fewer than SUPPRESS_BELOW
 * people in all, nothing is listed. Listing a district with fewer would tell that someone there
 * takes part, and a list of small districts can pin down each count.
 */
export function areasToList(groups: ReadonlyArray<{ key: string; n: number }>, neverListed = 0): Set<string> {
  const total = groups.reduce((sum, g) => sum + g.n, neverListed);
  if (small(total)) return new Set();
  const listed = groups.filter((g) => !small(g.n)).sort((a, b) => a.n - b.n);
  let rest = total - listed.reduce((sum, g) => sum + g.n, 0);
  while (rest > 0 && small(rest) && listed.length > 0) rest += listed.shift()!.n;
  return new Set(listed.map((g) => g.key));
}

/**
 * Groups (the rows by district) whose mean of one measure must be withheld, given how many people in
 * each have that measure at both check-ins: those with 1 to 4, and then the smallest others until the
 * withheld ones cannot be worked out from the whole report's mean (a mean times its n is a sum, and
 * the rows' sums add up to the whole's). Groups where nobody has the measure have nothing to show.
 */
export function groupsToWithhold(groups: ReadonlyArray<{ key: string; n: number }>): Set<string> {
  const total = groups.reduce((sum, g) => sum + g.n, 0);
  const hide = cellsToHide(
    [
      { id: '\u0000total', value: total, shown: true, protect: small(total), lastResort: true },
      ...groups.map((g) => ({ id: g.key, value: g.n, shown: g.n > 0, protect: g.n > 0 && small(g.n) })),
    ],
    groups.length > 0 ? [{ total: '\u0000total', parts: groups.map((g) => g.key) }] : [],
  );
  hide.delete('\u0000total');
  for (const g of groups) if (g.n === 0) hide.add(g.key);
  return hide;
}
