import { useQuery } from '@apollo/client/react';
import { daysBetween, durationInWords, lastContactInWords } from '@kindred/shared';
import { Link } from 'react-router';
import { PageHeading } from '../../ui/PageHeading';
import { WaitingListQuery } from '../operations';
import { DoneNotice, LoadProblem, Loading } from '../page-states';
import { dateInWords, sessionInWords, supportKindLabel } from '../words';
import { ForScheme, type CaseworkScheme } from './scheme-choice';
import '../seekers.css';

export function WaitingListPage() {
  return <ForScheme title="Waiting list" path="/waiting-list" page={(scheme) => <WaitingList scheme={scheme} />} />;
}

/** A scheme's waiting people, longest wait first, with when each was last contacted. */
function WaitingList({ scheme }: { scheme: CaseworkScheme }) {
  const { data, error, loading } = useQuery(WaitingListQuery, { variables: { schemeId: scheme.id }, fetchPolicy: 'cache-and-network' });
  const now = new Date();
  return (
    <>
      <span className="caption-m">{scheme.name}</span>
      <PageHeading>Waiting list</PageHeading>
      <DoneNotice />
      <p>People waiting for a befriender or a companion, longest wait first.</p>
      <p>
        <Link to={`/refer/${scheme.id}`} className="button button--secondary">
          Refer someone
        </Link>
      </p>
      {!data ? (
        loading ? <Loading /> : <LoadProblem error={error} />
      ) : data.waitingList.length === 0 ? (
        <p>Nobody is waiting at the moment.</p>
      ) : (
        <div className="table-wrapper">
          <table className="table">
            <caption className="visually-hidden">Waiting list, longest wait first</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Asked for</th>
                <th scope="col">Waiting since</th>
                <th scope="col">Last contacted</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {data.waitingList.map(({ seekerId, name, lastContactedAt, request }) => (
                <tr key={request.id}>
                  <th scope="row">
                    <Link to={`/seekers/${seekerId}`}>{name}</Link>
                  </th>
                  <td>
                    {supportKindLabel(request.kind)}
                    {request.activityTitle && request.sessionStartsAt ? (
                      <span className="secondary-line">
                        {request.activityTitle}, {sessionInWords(request.sessionStartsAt)}
                      </span>
                    ) : null}
                  </td>
                  <td>
                    {dateInWords(request.createdAt)}
                    <span className="secondary-line">{durationInWords(daysBetween(new Date(request.createdAt), now))}</span>
                  </td>
                  <td>{lastContactInWords(lastContactedAt ? new Date(lastContactedAt) : null, now)}</td>
                  <td>
                    <Link to={`/seekers/${seekerId}/contact?from=waiting-list`}>
                      Record a contact<span className="visually-hidden"> with {name}</span>
                    </Link>
                    <span className="secondary-line">
                      <Link to={`/seekers/${seekerId}/requests/${request.id}/suggestions`}>
                        Suggested volunteers<span className="visually-hidden"> for {name}</span>
                      </Link>
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
