import { Link } from 'react-router';
import type { ConcernSubjectKind } from '../../gql/graphql';
import { SUBJECT_WORDS } from './words';
import './concerns.css';

/**
 * "Raise a concern", at the foot of every person, volunteer, match and activity page: a short
 * section so it is easy to find, and quiet so it does not alarm anyone.
 */
export function RaiseConcernLink({ about, id }: { about: ConcernSubjectKind; id: string }) {
  return (
    <section className="raise-concern" aria-labelledby="raise-concern-heading">
      <h2 className="heading-s" id="raise-concern-heading">
        Worried about something?
      </h2>
      <p>
        <Link to={`/concerns/new?about=${about}&id=${encodeURIComponent(id)}`}>
          Raise a concern<span className="visually-hidden"> about {SUBJECT_WORDS[about]}</span>
        </Link>{' '}
        with a link worker. Only staff of the scheme will read it.
      </p>
    </section>
  );
}
