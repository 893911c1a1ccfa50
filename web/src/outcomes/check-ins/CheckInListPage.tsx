import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { PageHeading } from '../../ui/PageHeading';
import { DoneNotice, LoadProblem, Loading } from '../../ui/page-states';
import { MyCheckInsQuery } from './operations';
import { INTRO, NOTHING_DUE, personOccasionLabel, whenInWords } from './words';
import './check-ins.css';

/** The person's check-ins waiting for them today, or a kind word that there is nothing to do. */
export function CheckInListPage() {
  const { data, error, loading } = useQuery(MyCheckInsQuery, { fetchPolicy: 'cache-and-network' });
  if (!data) return loading ? <Loading /> : <LoadProblem error={error} />;
  const due = data.myCheckIns;
  if (due.length === 0) {
    return (
      <div className="narrow-column check-in">
        <PageHeading>{NOTHING_DUE}</PageHeading>
        <DoneNotice />
        <p className="lead">Thank you. We will let you know when there are a few questions about how you’ve been.</p>
        <p>
          <Link to="/my-progress">See how you’ve been getting on</Link>
        </p>
      </div>
    );
  }
  return (
    <div className="narrow-column check-in">
      <PageHeading>How you’ve been</PageHeading>
      <DoneNotice />
      <p className="lead">{INTRO}</p>
      <ul className="list">
        {due.map((checkIn) => (
          <li key={checkIn.id}>
            <Link to={`/check-in/${checkIn.id}`}>{personOccasionLabel(checkIn.occasion, checkIn.monthsAfterBaseline)}</Link>
            {`, ready since ${whenInWords(checkIn.dueOn)}`}
          </li>
        ))}
      </ul>
    </div>
  );
}
