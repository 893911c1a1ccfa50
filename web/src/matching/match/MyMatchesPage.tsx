import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { PageHeading } from '../../ui/PageHeading';
import { MyMatchesQuery } from '../operations';
import { LoadProblem, Loading, MatchingNotice, type MatchView } from '../page-states';
import { dateInWords, supportKindLabel } from '../words';
import '../../seekers/seekers.css';
import '../matching.css';

/** The signed-in person's own matches, as a volunteer or as someone with company, newest first. */
export function MyMatchesPage() {
  const { data, error, loading } = useQuery(MyMatchesQuery, { fetchPolicy: 'cache-and-network' });
  if (!data) return loading ? <Loading /> : <LoadProblem error={error} />;
  const current = data.myMatches.filter((m) => m.status === 'ACTIVE');
  const waiting = data.myMatches.filter((m) => m.status === 'PROPOSED' || m.status === 'VOLUNTEER_ACCEPTED');
  const past = data.myMatches.filter((m) => m.status === 'ENDED');
  return (
    <>
      <PageHeading>Your matches</PageHeading>
      <MatchingNotice />
      {data.myMatches.length === 0 ? <p>You do not have any matches yet. We will let you know when there is someone for you.</p> : null}
      <MatchList heading="Now" matches={current} />
      <MatchList heading="Waiting for an answer" matches={waiting} />
      <MatchList heading="In the past" matches={past} />
      {waiting.length > 0 ? (
        <p>
          Offers waiting for your answer are on <Link to="/offers">Offers for you</Link> or <Link to="/someone-to-meet">Someone to meet</Link>.
        </p>
      ) : null}
    </>
  );
}

function MatchList({ heading, matches }: { heading: string; matches: readonly MatchView[] }) {
  if (matches.length === 0) return null;
  return (
    <>
      <h2 className="heading-m">{heading}</h2>
      <ul className="list">
        {matches.map((m) => (
          <li key={m.id}>
            <Link to={`/matches/${m.id}`}>{`${m.personFirstName} and ${m.volunteerFirstName}`}</Link>
            <span className="secondary-line">
              {supportKindLabel(m.kind)}
              {m.status === 'ACTIVE' && m.activatedAt ? `, since ${dateInWords(m.activatedAt)}` : ''}
              {m.status === 'ENDED' && m.endedAt ? `, ended ${dateInWords(m.endedAt)}` : ''}
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}
