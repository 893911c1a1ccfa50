import { useQuery } from '@apollo/client/react';
import { dateInWords } from '@kindred/shared';
import { Link, useSearchParams } from 'react-router';
import { useSession } from '../app/session';
import type { VettingQueueQuery as QueueData, VettingStage } from '../gql/graphql';
import { PageHeading } from '../ui/PageHeading';
import { VettingQueueQuery } from './operations';
import { LoadProblem, Loading } from './PageStates';
import './volunteers.css';

type ToCheck = QueueData['vettingQueue'][number];

/** The order a link worker works in: whoever can be approved first, lapsed checks next, and so on back. */
const GROUPS: ReadonlyArray<{ stage: VettingStage; heading: string }> = [
  { stage: 'APPROVAL', heading: 'Ready for approval' },
  { stage: 'LAPSED', heading: 'DBS check needs renewing' },
  { stage: 'TRAINING', heading: 'Doing training' },
  { stage: 'DBS_CHECK', heading: 'Waiting for a DBS check' },
  { stage: 'REFERENCES', heading: 'Waiting for references' },
  { stage: 'APPLICATION', heading: 'Application not sent yet' },
  { stage: 'APPROVED', heading: 'Approved' },
];

export function VolunteersToCheckPage() {
  const session = useSession();
  const [params] = useSearchParams();
  if (session.state === 'loading') return <Loading />;
  if (session.state !== 'signed-in') return <LoadProblem error={null} notFound />;
  const schemes = session.viewer.memberships
    .filter((m) => m.role === 'LINK_WORKER' || m.role === 'ADMIN')
    .map((m) => m.scheme)
    .filter((scheme, index, all) => all.findIndex((s) => s.id === scheme.id) === index);
  const scheme = schemes.find((s) => s.id === params.get('scheme')) ?? schemes[0];
  if (!scheme) return <LoadProblem error={null} notFound />;
  return (
    <>
      <span className="caption-l">{scheme.name}</span>
      <PageHeading>Volunteers to check</PageHeading>
      {schemes.length > 1 ? (
        <nav aria-label="Schemes">
          <p>You work for more than one scheme. Show volunteers of:</p>
          <ul className="list">
            {schemes.map((s) => (
              <li key={s.id}>
                <Link to={`/volunteers-to-check?scheme=${s.id}`} aria-current={s.id === scheme.id ? 'page' : undefined}>
                  {s.name}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      <Queue schemeId={scheme.id} />
    </>
  );
}

function Queue({ schemeId }: { schemeId: string }) {
  const { data, error, loading } = useQuery(VettingQueueQuery, { variables: { schemeId }, fetchPolicy: 'cache-and-network' });
  if (loading && !data) return <Loading />;
  if (!data) return <LoadProblem error={error} />;
  const queue = data.vettingQueue;
  if (queue.length === 0) return <p>Nobody is volunteering with this scheme yet.</p>;
  return (
    <>
      <p>Longest waiting first in each group. There is no time limit on any step.</p>
      {GROUPS.map(({ stage, heading }) => {
        const rows = queue.filter((v) => v.stage === stage);
        return rows.length > 0 ? <Group key={stage} heading={heading} rows={rows} /> : null;
      })}
    </>
  );
}

function Group({ heading, rows }: { heading: string; rows: readonly ToCheck[] }) {
  const id = `group-${heading.toLowerCase().replace(/\W+/g, '-')}`;
  return (
    <section aria-labelledby={id}>
      <h2 className="heading-m" id={id}>
        {heading} ({rows.length})
      </h2>
      <div className="table-wrapper">
        <table className="table">
          <thead>
            <tr>
              <th scope="col">Volunteer</th>
              <th scope="col">Area</th>
              <th scope="col">Waiting since</th>
              <th scope="col">What to do next</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((v) => (
              <tr key={v.id}>
                <th scope="row">
                  <Link to={`/volunteers/${v.id}`}>{v.displayName}</Link>
                  {v.paused ? <span className="hint"> (paused)</span> : null}
                </th>
                <td>{v.area ?? 'Not given'}</td>
                <td>{dateInWords(v.waitingSince)}</td>
                <td>{v.nextStep}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
