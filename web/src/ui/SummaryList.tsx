import type { ReactNode } from 'react';
import { Link } from 'react-router';

export type SummaryRow = {
  key: string;
  value: ReactNode;
  /** Where to change this answer; the link text names the answer for screen readers. */
  change?: { to: string; label: string; text?: string };
};

/** GOV.UK summary list: answers with their questions, each with a link to change it. */
export function SummaryList({ rows }: { rows: readonly SummaryRow[] }) {
  return (
    <dl className="summary-list">
      {rows.map((row) => (
        <div className="summary-list__row" key={row.key}>
          <dt className="summary-list__key">{row.key}</dt>
          <dd className="summary-list__value">{row.value}</dd>
          {row.change ? (
            <dd className="summary-list__actions">
              <Link to={row.change.to}>
                {row.change.text ?? 'Change'}
                <span className="visually-hidden"> {row.change.label}</span>
              </Link>
            </dd>
          ) : null}
        </div>
      ))}
    </dl>
  );
}
