import { useQuery } from '@apollo/client/react';
import { Link, useSearchParams } from 'react-router';
import type { MatchStatus } from '../../gql/graphql';
import { ForScheme, type CaseworkScheme } from '../../seekers/casework/scheme-choice';
import { PageHeading } from '../../ui/PageHeading';
import { SchemeMatchesQuery } from '../operations';
import { LoadProblem, Loading, MatchingNotice } from '../page-states';
import { dateInWords, statusLabel, STATUSES, supportKindLabel } from '../words';
import '../../seekers/seekers.css';
import '../matching.css';

export function SchemeMatchesPage() {
  return <ForScheme title="Matches" path="/scheme-matches" page={(scheme) => <SchemeMatches scheme={scheme} />} />;
}

/** Every match in the scheme, by where it stands, for link workers and administrators. */
function SchemeMatches({ scheme }: { scheme: CaseworkScheme }) {
  const [params] = useSearchParams();
  const asked = params.get('status');
  const status = STATUSES.find((s) => s === asked) ?? 'ACTIVE';
  const { data, error, loading } = useQuery(SchemeMatchesQuery, { variables: { schemeId: scheme.id, status }, fetchPolicy: 'cache-and-network' });
  return (
    <>
      <span className="caption-m">{scheme.name}</span>
      <PageHeading>Matches</PageHeading>
      <MatchingNotice />
      <p>
        <Link to={`/reviews-due/${scheme.id}`}>Reviews due</Link>
      </p>
      <nav aria-label="Matches by status">
        <ul className="status-nav">
          {STATUSES.map((s) => (
            <li key={s}>
              <Link to={`/scheme-matches/${scheme.id}?status=${s}`} aria-current={s === status ? 'page' : undefined}>
                {statusLabel(s)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <h2 className="heading-m">{statusLabel(status)}</h2>
      {!data ? (
        loading ? <Loading /> : <LoadProblem error={error} />
      ) : data.schemeMatches.length === 0 ? (
        <p>There are no matches here.</p>
      ) : (
        <MatchTable matches={data.schemeMatches} status={status} />
      )}
    </>
  );
}

type Row = { id: string; kind: string; personFirstName: string; volunteerFirstName: string; proposedAt: string; activatedAt?: string | null; endedAt?: string | null; nextReviewDue?: string | null };

export function MatchTable({ matches, status }: { matches: readonly Row[]; status: MatchStatus | 'REVIEW' }) {
  const dateHeading = status === 'ACTIVE' || status === 'REVIEW' ? 'Review due' : status === 'ENDED' ? 'Ended' : 'Offered';
  return (
    <div className="table-wrapper">
      <table className="table">
        <thead>
          <tr>
            <th scope="col">Match</th>
            <th scope="col">Kind</th>
            <th scope="col">{dateHeading}</th>
          </tr>
        </thead>
        <tbody>
          {matches.map((m) => {
            const date = dateHeading === 'Review due' ? m.nextReviewDue : dateHeading === 'Ended' ? m.endedAt : m.proposedAt;
            return (
              <tr key={m.id}>
                <th scope="row">
                  <Link to={`/matches/${m.id}`}>{`${m.personFirstName} and ${m.volunteerFirstName}`}</Link>
                </th>
                <td>{supportKindLabel(m.kind)}</td>
                <td>{date ? dateInWords(date) : 'Not set'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
