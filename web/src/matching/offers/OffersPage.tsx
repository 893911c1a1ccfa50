import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { PageHeading } from '../../ui/PageHeading';
import { MyMatchesQuery } from '../operations';
import { LoadProblem, Loading } from '../page-states';
import { type Side, SIDES } from './sides';
import { WhoTheyAre } from './WhoTheyAre';
import '../../seekers/seekers.css';
import '../matching.css';

const INTRO: Record<Side, string> = {
  volunteer: 'A link worker thinks you would get on with these people. You can say yes or no to each.',
  person: 'Your link worker has found a volunteer who would like to meet you. Have a look, and tell us what you think.',
};
const NONE: Record<Side, string> = {
  volunteer: 'There are no offers for you at the moment. We will let you know when there is someone.',
  person: 'There is nobody for you to meet yet. We will let you know as soon as there is.',
};

/** "Offers for you" (the volunteer's) and "Someone to meet" (the person's): matches waiting for their answer. */
export function OffersPage({ side }: { side: Side }) {
  const words = SIDES[side];
  const { data, error, loading } = useQuery(MyMatchesQuery, { fetchPolicy: 'cache-and-network' });
  if (!data) return loading ? <Loading /> : <LoadProblem error={error} />;
  const waiting = data.myMatches.filter((m) => m.status === words.answersAt);
  return (
    <>
      <PageHeading>{words.listTitle}</PageHeading>
      {waiting.length === 0 ? <p>{NONE[side]}</p> : <p>{INTRO[side]}</p>}
      {waiting.map((match) => {
        const other = words.otherName(match);
        return (
          <section key={match.id} className="match-card" aria-labelledby={`offer-${match.id}`}>
            <h2 className="heading-m" id={`offer-${match.id}`}>
              {other}
            </h2>
            <WhoTheyAre match={match} side={side} headingLevel="h3" />
            <p>
              <Link to={`${words.listPath}/${match.id}`} className="button">
                {side === 'volunteer' ? 'Reply to this offer' : 'Tell us what you think'}
                <span className="visually-hidden"> about {other}</span>
              </Link>
            </p>
          </section>
        );
      })}
      <p>
        <Link to="/matches">Your matches</Link>
      </p>
    </>
  );
}
