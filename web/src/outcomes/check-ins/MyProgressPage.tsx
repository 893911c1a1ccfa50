import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import type { CheckInOccasion } from '../../gql/graphql';
import { PageHeading } from '../../ui/PageHeading';
import { LoadProblem, Loading } from '../../ui/page-states';
import { MyProgressQuery } from './operations';
import { whenInWords } from './words';
import './check-ins.css';

const HEADINGS: Record<CheckInOccasion, string> = {
  BASELINE: 'Your first check-in',
  FOLLOW_UP: 'Your check-in on',
  ENDING: 'Your check-in as your match ended, on',
};

/** The person's own changes since their first check-in, newest first, in the words the API chose. */
export function MyProgressPage() {
  const { data, error, loading } = useQuery(MyProgressQuery, { fetchPolicy: 'cache-and-network' });
  if (!data) return loading ? <Loading /> : <LoadProblem error={error} />;
  const points = data.myProgress;
  return (
    <div className="narrow-column check-in">
      <PageHeading>How you’ve been getting on</PageHeading>
      {points.length === 0 ? (
        <p className="lead">When you have answered a second check-in, you will see here how your answers have changed since your first.</p>
      ) : (
        <>
          <p className="lead">What you told us, compared with your first check-in. Only you see this page.</p>
          {points.map((point, index) => (
            <section className="progress-point" key={point.completedAt} aria-labelledby={`progress-${index}`}>
              <h2 className="heading-m" id={`progress-${index}`}>{`${HEADINGS[point.occasion]} ${whenInWords(point.completedAt)}`}</h2>
              {point.sentences.map((sentence) => (
                <p key={sentence}>{sentence}</p>
              ))}
            </section>
          ))}
        </>
      )}
      <p>
        <Link to="/check-in">Check-ins waiting for you</Link>
      </p>
    </div>
  );
}
