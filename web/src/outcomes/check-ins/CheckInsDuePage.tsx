import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { ForScheme, type CaseworkScheme } from '../../seekers/casework/scheme-choice';
import { PageHeading } from '../../ui/PageHeading';
import { DoneNotice, LoadProblem, Loading } from '../../ui/page-states';
import { CheckInsDueQuery } from './operations';
import { occasionLabel, whenInWords } from './words';
import '../../seekers/seekers.css';

export function CheckInsDuePage() {
  return <ForScheme title="Check-ins due" path="/check-ins-due" page={(scheme) => <CheckInsDue scheme={scheme} />} />;
}

/** A scheme's check-ins due on or before today, oldest first, each with a way to take the answers by phone. */
function CheckInsDue({ scheme }: { scheme: CaseworkScheme }) {
  const { data, error, loading } = useQuery(CheckInsDueQuery, { variables: { schemeId: scheme.id }, fetchPolicy: 'cache-and-network' });
  return (
    <>
      <span className="caption-m">{scheme.name}</span>
      <PageHeading>Check-ins due</PageHeading>
      <DoneNotice />
      <p>
        People are asked how they have been when their support starts, at each follow-up, and when a match ends. Those with an account are
        reminded by email. You can take anyone’s answers by phone.
      </p>
      {!data ? (
        loading ? <Loading /> : <LoadProblem error={error} />
      ) : data.checkInsDue.length === 0 ? (
        <p>No check-ins are due.</p>
      ) : (
        <div className="table-wrapper">
          <table className="table">
            <caption className="visually-hidden">Check-ins due, oldest first</caption>
            <thead>
              <tr>
                <th scope="col">Person</th>
                <th scope="col">Check-in</th>
                <th scope="col">Due</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {data.checkInsDue.map((c) => (
                <tr key={c.id}>
                  <th scope="row">{c.personFirstName}</th>
                  <td>{occasionLabel(c.occasion, c.monthsAfterBaseline)}</td>
                  <td>{whenInWords(c.dueOn)}</td>
                  <td>
                    <Link to={`/check-in/${c.id}/by-phone?scheme=${scheme.id}`}>
                      Record by phone<span className="visually-hidden">: {c.personFirstName}, {occasionLabel(c.occasion, c.monthsAfterBaseline).toLowerCase()}</span>
                    </Link>
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
