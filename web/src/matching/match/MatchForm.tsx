import { useQuery } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { useParams } from 'react-router';
import { BackLink } from '../../ui/BackLink';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { hasProblems, type FormProblems } from '../../ui/form-problems';
import { PageHeading } from '../../ui/PageHeading';
import { MatchQuery } from '../operations';
import { LoadProblem, Loading, type MatchView } from '../page-states';
import '../../seekers/seekers.css';
import '../matching.css';

/** Loads the match named in the address (/matches/:matchId/...) for one of its forms. */
export function WithMatch({ page }: { page: (match: MatchView) => React.JSX.Element }) {
  const { matchId = '' } = useParams();
  const { data, error, loading } = useQuery(MatchQuery, { variables: { id: matchId } });
  if (!data) return loading ? <Loading /> : <LoadProblem error={error} />;
  return page(data.match);
}

type FrameProps<Field extends string> = {
  match: MatchView;
  title: string;
  problems: FormProblems<Field>;
  fieldIds: Record<Field, string>;
  children: ReactNode;
};

/** The frame every match form shares: back to the match, the error summary, the names, the heading. */
export function MatchFormFrame<Field extends string>({ match, title, problems, fieldIds, children }: FrameProps<Field>) {
  return (
    <div className="narrow-column">
      <BackLink to={`/matches/${match.id}`} />
      <ErrorSummary problems={problems} fieldIds={fieldIds} />
      <span className="caption-m">{`${match.personFirstName} and ${match.volunteerFirstName}`}</span>
      <PageHeading hasErrors={hasProblems(problems)}>{title}</PageHeading>
      {children}
    </div>
  );
}

/** "Enter ..." when empty, "... characters or fewer" when too long, else null. */
export function textProblem(value: string, emptyMessage: string | null, max: number, name: string): string | null {
  const trimmed = value.trim();
  if (!trimmed && emptyMessage) return emptyMessage;
  if ([...trimmed].length > max) return `${name} must be ${max} characters or fewer`;
  return null;
}
