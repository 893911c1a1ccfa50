import { Link } from 'react-router';
import type { SupportRequestFieldsFragment } from '../gql/graphql';
import { dateInWords, sessionInWords, supportKindLabel } from './words';

/** One of the person's own requests: what it is for, and where they stand. */
export function RequestCard({ request, staff = false }: { request: SupportRequestFieldsFragment; staff?: boolean }) {
  const what = supportKindLabel(request.kind);
  return (
    <section className="request-card" aria-label={what}>
      <h3 className="heading-s">{what}</h3>
      {request.activityTitle && request.sessionStartsAt ? (
        <p>
          At {request.activityTitle}, {sessionInWords(request.sessionStartsAt)}.
        </p>
      ) : null}
      <p>{staff ? 'Asked' : 'You asked'} on {dateInWords(request.createdAt)}.</p>
      {request.status === 'WAITING' && request.queue ? (
        <>
          {staff ? null : <p className="request-card__place">{request.queue.inWords}</p>}
          {request.queue.typicalWaitInWords ? <p>{request.queue.typicalWaitInWords}</p> : null}
          {staff ? (
            <p>Place {request.queue.position} of {request.queue.inQueue} waiting.</p>
          ) : (
            <>
              <p>Your link worker will be in touch while you wait. You do not need to do anything.</p>
              <p>
                <Link to={`/my-support/requests/${request.id}/withdraw`}>
                  Stop waiting<span className="visually-hidden"> for {what.toLowerCase()}</span>
                </Link>
              </p>
            </>
          )}
        </>
      ) : null}
      {request.status === 'MATCHED' ? <p>We have found someone for you. Your link worker will be in touch to introduce you.</p> : null}
    </section>
  );
}
