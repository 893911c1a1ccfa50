import { Link } from 'react-router';
import type { ActivitySummaryFieldsFragment } from '../gql/graphql';
import { Button } from '../ui/Button';
import { costWords, featureLabel, firstVisitWords, listInWords } from './words';

export type Result = { distance: string | null; activity: ActivitySummaryFieldsFragment };

/** Search results as a plain list: each activity with its next sessions, access and how to go the first time. */
export function ActivityResults({
  results,
  totalCount,
  canShowMore,
  loadingMore,
  onShowMore,
}: {
  results: readonly Result[];
  totalCount: number;
  canShowMore: boolean;
  loadingMore: boolean;
  onShowMore: () => void;
}) {
  return (
    <section aria-labelledby="results-heading">
      <h2 className="heading-m" id="results-heading">
        {totalCount === 0 ? 'No activities found' : `${totalCount} ${totalCount === 1 ? 'activity' : 'activities'} found`}
      </h2>
      {totalCount === 0 ? <p>Try fewer choices, a longer distance, or different words.</p> : null}
      <ul className="directory-results">
        {results.map(({ distance, activity }) => (
          <li className="directory-result" key={activity.id}>
            <h3 className="heading-s">
              <Link to={`/activities/${activity.id}`}>{activity.title}</Link>
            </h3>
            <p className="directory-result__where">
              {activity.venue.name}, {activity.venue.town}
              {distance ? <span>. {distance}</span> : null}
            </p>
            {activity.needsChecking ? <p className="directory-tag directory-tag--yellow">Not checked for over 90 days</p> : null}
            <dl className="directory-facts">
              <div>
                <dt>Next</dt>
                <dd>{activity.nextSessions.length > 0 ? listInWords(activity.nextSessions.slice(0, 2).map((s) => s.summary)) : 'No sessions coming up. Ask the organiser.'}</dd>
              </div>
              <div>
                <dt>Access</dt>
                <dd>{activity.venue.features.length > 0 ? listInWords(activity.venue.features.map(featureLabel)) : 'Not known. Ask the organiser.'}</dd>
              </div>
              <div>
                <dt>First visit</dt>
                <dd>{firstVisitWords(activity.firstVisit.mode)}</dd>
              </div>
              <div>
                <dt>Cost</dt>
                <dd>{costWords(activity.isFree, activity.cost)}</dd>
              </div>
            </dl>
          </li>
        ))}
      </ul>
      {canShowMore ? (
        <Button type="button" variant="secondary" pending={loadingMore} pendingText="Loading more activities…" onClick={onShowMore}>
          Show more activities
        </Button>
      ) : null}
    </section>
  );
}
