import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { ForScheme, type CaseworkScheme } from '../../seekers/casework/scheme-choice';
import { PageHeading } from '../../ui/PageHeading';
import { ReviewsDueQuery } from '../operations';
import { LoadProblem, Loading, MatchingNotice } from '../page-states';
import { dateInWords, supportKindLabel } from '../words';
import '../../seekers/seekers.css';
import '../matching.css';

export function ReviewsDuePage() {
  return <ForScheme title="Reviews due" path="/reviews-due" page={(scheme) => <ReviewsDue scheme={scheme} />} />;
}

/** Active matches whose review is due within a week, or overdue: first after 6 weeks, then every 3 months. */
function ReviewsDue({ scheme }: { scheme: CaseworkScheme }) {
  const { data, error, loading } = useQuery(ReviewsDueQuery, { variables: { schemeId: scheme.id }, fetchPolicy: 'cache-and-network' });
  return (
    <>
      <span className="caption-m">{scheme.name}</span>
      <PageHeading>Reviews due</PageHeading>
      <MatchingNotice />
      <p>Active matches with a review due in the next 7 days, or overdue. The first review is after 6 weeks, then every 3 months.</p>
      {!data ? (
        loading ? <Loading /> : <LoadProblem error={error} />
      ) : data.reviewsDue.length === 0 ? (
        <p>No reviews are due.</p>
      ) : (
        <div className="table-wrapper">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Match</th>
                <th scope="col">Due</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {data.reviewsDue.map((m) => (
                <tr key={m.id}>
                  <th scope="row">
                    <Link to={`/matches/${m.id}`}>{`${m.personFirstName} and ${m.volunteerFirstName}`}</Link>
                    <span className="secondary-line">{supportKindLabel(m.kind)}</span>
                  </th>
                  <td>{m.nextReviewDue ? dateInWords(m.nextReviewDue) : 'Now'}</td>
                  <td>
                    <Link to={`/matches/${m.id}/review?from=reviews-due`}>
                      Record a review<span className="visually-hidden"> of {m.personFirstName} and {m.volunteerFirstName}</span>
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p>
        <Link to={`/scheme-matches/${scheme.id}`}>All matches</Link>
      </p>
    </>
  );
}
