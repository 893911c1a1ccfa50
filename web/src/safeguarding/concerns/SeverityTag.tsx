import type { ConcernSeverity } from '../../gql/graphql';
import { severityLabel } from './words';

/** The severity as a tag; serious stands out, in words as well as colour. */
export function SeverityTag({ severity }: { severity: ConcernSeverity | null | undefined }) {
  return <span className={`tag${severity === 'SERIOUS' ? ' tag--serious' : ''}`}>{severityLabel(severity)}</span>;
}
