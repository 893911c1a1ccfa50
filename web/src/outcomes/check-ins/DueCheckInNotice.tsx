import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import type { Viewer } from '../../app/session';
import { MyCheckInsQuery } from './operations';
import { INTRO } from './words';

/** On a person's home page: a check-in waiting for them, with a way in. Nothing otherwise. */
export function DueCheckInNotice({ viewer }: { viewer: Viewer }) {
  const seeking = viewer.memberships.some((m) => m.role === 'SEEKER');
  const { data } = useQuery(MyCheckInsQuery, { skip: !seeking, fetchPolicy: 'cache-and-network' });
  const due = data?.myCheckIns ?? [];
  if (!seeking || due.length === 0) return null;
  const to = due.length === 1 ? `/check-in/${due[0]!.id}` : '/check-in';
  return (
    <section className="notice notice--important" aria-labelledby="check-in-due-heading">
      <h2 className="heading-s notice__title" id="check-in-due-heading">
        How you’ve been
      </h2>
      <div className="notice__content">
        <p>{INTRO}</p>
        <p>
          <Link to={to}>Answer a few questions</Link>
        </p>
      </div>
    </section>
  );
}
