import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import type { ConcernFieldsFragment } from '../../gql/graphql';
import { ForScheme, type CaseworkScheme } from '../../seekers/casework/scheme-choice';
import { PageHeading } from '../../ui/PageHeading';
import { DoneNotice, LoadProblem, Loading } from '../../ui/page-states';
import { ConcernsQuery } from './operations';
import { SeverityTag } from './SeverityTag';
import { dateTimeInWords, STATUS_LABELS } from './words';
import '../../matching/matching.css';
import '../../seekers/seekers.css';
import './concerns.css';

export function ConcernsPage() {
  return <ForScheme title="Safeguarding concerns" path="/concerns/scheme" page={(scheme) => <Concerns scheme={scheme} />} />;
}

/** The link workers' queue: serious concerns first, then the longest waiting; closed ones below. */
function Concerns({ scheme }: { scheme: CaseworkScheme }) {
  const { data, error, loading } = useQuery(ConcernsQuery, { variables: { schemeId: scheme.id }, fetchPolicy: 'cache-and-network' });
  const open = data?.concerns.filter((c) => c.status !== 'CLOSED') ?? [];
  const closed = data?.concerns.filter((c) => c.status === 'CLOSED').reverse() ?? [];
  return (
    <>
      <span className="caption-m">{scheme.name}</span>
      <PageHeading>Safeguarding concerns</PageHeading>
      <DoneNotice />
      <p>Serious concerns come first, then those that have waited longest. Nobody a concern is about can see it.</p>
      {!data ? (
        loading ? <Loading /> : <LoadProblem error={error} />
      ) : (
        <>
          {open.length === 0 ? <p>There are no open concerns.</p> : <ConcernTable caption="Open concerns" concerns={open} />}
          {closed.length > 0 ? <ConcernTable caption="Closed concerns" concerns={closed} /> : null}
        </>
      )}
    </>
  );
}

function ConcernTable({ caption, concerns }: { caption: string; concerns: readonly ConcernFieldsFragment[] }) {
  return (
    <div className="table-wrapper">
      <table className="table">
        <caption className="heading-m">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">About</th>
            <th scope="col">Raised</th>
            <th scope="col">Severity</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {concerns.map((c) => (
            <tr key={c.id}>
              <th scope="row">
                <Link to={`/concerns/${c.id}`}>{c.subjectLabel}</Link>
                {c.matchPaused || c.volunteerSuspended ? <span className="secondary-line">{pausedWords(c)}</span> : null}
              </th>
              <td>
                {dateTimeInWords(c.raisedAt)}
                <span className="secondary-line">by {c.raisedByName}</span>
              </td>
              <td>
                <SeverityTag severity={c.severity} />
              </td>
              <td>{STATUS_LABELS[c.status]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function pausedWords(c: ConcernFieldsFragment): string {
  if (c.matchPaused && c.volunteerSuspended) return 'Match paused, volunteer suspended';
  return c.matchPaused ? 'Match paused' : 'Volunteer suspended';
}
