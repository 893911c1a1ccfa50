import { londonInstant } from '@kindred/shared';
import { useSearchParams } from 'react-router';

/** A search of the audit log, kept in the address so it can be bookmarked, shared and gone back to. */
export type AuditFilters = {
  schemeId: string;
  actorEmail: string;
  action: string;
  outcome: string;
  subjectId: string;
  /** Days, YYYY-MM-DD (London), both inclusive; empty for no limit. */
  from: string;
  to: string;
};

const KEYS = ['schemeId', 'actorEmail', 'action', 'outcome', 'subjectId', 'from', 'to'] as const;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export const NO_FILTERS: AuditFilters = { schemeId: '', actorEmail: '', action: '', outcome: '', subjectId: '', from: '', to: '' };

/** The filters and the page (a cursor) in the address. Choosing new filters starts again at the newest events. */
export function useAuditSearch(): { filters: AuditFilters; after: string | null; search: (next: AuditFilters) => void; olderThan: (cursor: string) => void } {
  const [params, setParams] = useSearchParams();
  const filters = { ...NO_FILTERS };
  for (const key of KEYS) filters[key] = params.get(key) ?? '';
  if (!ISO_DATE.test(filters.from)) filters.from = '';
  if (!ISO_DATE.test(filters.to)) filters.to = '';
  const search = (next: AuditFilters) =>
    setParams(() => {
      const updated = new URLSearchParams();
      for (const key of KEYS) if (next[key].trim() !== '') updated.set(key, next[key].trim());
      return updated;
    });
  const olderThan = (cursor: string) =>
    setParams((current) => {
      const updated = new URLSearchParams(current);
      updated.set('after', cursor);
      return updated;
    });
  return { filters, after: params.get('after'), search, olderThan };
}

const DAY_MS = 86_400_000;

/** The filter as the API takes it: empty fields left out, days turned into the instants that bound them in London. */
export function filterInput(filters: AuditFilters) {
  const text = (value: string) => (value.trim() === '' ? null : value.trim());
  const from = filters.from ? londonInstant(filters.from, '00:00').toISOString() : null;
  // To the end of the day: the start of the next one, less a millisecond.
  const to = filters.to ? new Date(londonInstant(nextDay(filters.to), '00:00').getTime() - 1).toISOString() : null;
  return {
    schemeId: text(filters.schemeId),
    actorEmail: text(filters.actorEmail),
    action: text(filters.action),
    outcome: text(filters.outcome),
    subjectId: text(filters.subjectId),
    from,
    to,
  };
}

function nextDay(iso: string): string {
  return new Date(Date.parse(`${iso}T12:00:00Z`) + DAY_MS).toISOString().slice(0, 10);
}
