import { londonDate } from '@kindred/shared';
import { useSearchParams } from 'react-router';

/** What the report is for, kept in the address so it can be bookmarked and shared with colleagues. */
export type ReportFilters = { area: string; from: string; to: string; followUp: number };

export const FOLLOW_UPS = [3, 6] as const;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The last 12 months: from this day a year ago to today, in London. */
export function lastTwelveMonths(now = new Date()): { from: string; to: string } {
  const to = londonDate(now);
  const [year, month, day] = to.split('-').map(Number) as [number, number, number];
  // 29 February a year ago is 1 March.
  const from = new Date(Date.UTC(year - 1, month - 1, day)).toISOString().slice(0, 10);
  return { from, to };
}

/** The filters in the address, with the defaults for any left out. */
export function useReportFilters(): [ReportFilters, (next: ReportFilters) => void] {
  const [params, setParams] = useSearchParams();
  const defaults = lastTwelveMonths();
  const date = (name: string, fallback: string) => {
    const value = params.get(name) ?? '';
    return ISO_DATE.test(value) ? value : fallback;
  };
  const followUp = Number(params.get('followUp'));
  const filters: ReportFilters = {
    area: params.get('area') ?? '',
    from: date('from', defaults.from),
    to: date('to', defaults.to),
    followUp: (FOLLOW_UPS as readonly number[]).includes(followUp) ? followUp : FOLLOW_UPS[0],
  };
  const choose = (next: ReportFilters) =>
    setParams((current) => {
      const updated = new URLSearchParams(current);
      updated.set('from', next.from);
      updated.set('to', next.to);
      updated.set('followUp', String(next.followUp));
      if (next.area.trim() === '') updated.delete('area');
      else updated.set('area', next.area.trim().toUpperCase());
      return updated;
    });
  return [filters, choose];
}

/** The server's CSV of the same report. */
export function csvAddress(schemeId: string, filters: ReportFilters): string {
  const params = new URLSearchParams({ scheme: schemeId, from: filters.from, to: filters.to, followUp: String(filters.followUp) });
  if (filters.area.trim() !== '') params.set('area', filters.area.trim());
  return `/reports/outcomes.csv?${params.toString()}`;
}
