import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { SeekerCheckInsQuery } from './operations';
import { occasionLabel } from './words';

const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());

/** On a person's record: a link to take each of their due check-ins by phone. Nothing when none is due. */
export function RecordByPhoneLinks({ seekerId, schemeId }: { seekerId: string; schemeId: string }) {
  const { data } = useQuery(SeekerCheckInsQuery, { variables: { seekerId }, fetchPolicy: 'cache-and-network' });
  const due = (data?.seekerCheckIns ?? []).filter((c) => c.status === 'DUE' && c.dueOn <= today());
  return (
    <>
      {due.map((c) => (
        <Link key={c.id} to={`/check-in/${c.id}/by-phone?scheme=${schemeId}&seeker=${seekerId}`} className="button button--secondary">
          Record a check-in by phone<span className="visually-hidden">: {occasionLabel(c.occasion, c.monthsAfterBaseline).toLowerCase()}</span>
        </Link>
      ))}
    </>
  );
}
