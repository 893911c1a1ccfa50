import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { useMutation, useQuery } from '@apollo/client/react';
import { dateInWords, londonToday } from '@kindred/shared';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { SERVICE_PROBLEM } from '../app/graphql-problems';
import type { Viewer } from '../app/session';
import type { ActivityDetailFieldsFragment } from '../gql/graphql';
import { BackLink } from '../ui/BackLink';
import { Button } from '../ui/Button';
import { Notice } from '../ui/Notice';
import { PageHeading } from '../ui/PageHeading';
import { RaiseConcernLink } from '../safeguarding/concerns/RaiseConcernLink';
import { SummaryList } from '../ui/SummaryList';
import { ActivityQuery, MarkActivityCheckedMutation, RemoveActivityMutation } from './operations';
import { NotFoundHere, SignedInOnly } from './SignedInOnly';
import { checkedWords, costWords, featureLabel, firstVisitWords, interestLabel, listInWords } from './words';

export function ActivityPage() {
  return <SignedInOnly title="Activity">{(viewer) => <ActivityLoader viewer={viewer} />}</SignedInOnly>;
}

function ActivityLoader({ viewer }: { viewer: Viewer }) {
  const { id = '' } = useParams();
  const { data, error } = useQuery(ActivityQuery, { variables: { id } });
  if (data) return <ActivityDetails activity={data.activity} viewer={viewer} />;
  if (CombinedGraphQLErrors.is(error) && error.errors[0]?.extensions?.['code'] === 'NOT_FOUND') return <NotFoundHere what="Activity" />;
  return <p role="status">{error ? SERVICE_PROBLEM : 'Loading…'}</p>;
}

function ActivityDetails({ activity, viewer }: { activity: ActivityDetailFieldsFragment; viewer: Viewer }) {
  const { venue, firstVisit, contact } = activity;
  const seeker = viewer.memberships.some((m) => m.role === 'SEEKER' && m.scheme.id === activity.schemeId);
  const today = londonToday();
  const skipped = [...new Set(activity.schedules.flatMap((s) => s.exceptions))].filter((d) => d >= today).sort();
  return (
    <>
      <BackLink to={`/activities?scheme=${activity.schemeId}`}>Back to finding an activity</BackLink>
      <PageHeading>{activity.title}</PageHeading>
      <p className="lead">Run by {activity.organiserName}</p>
      {activity.needsChecking ? (
        <Notice title="Not checked for over 90 days">
          <p>Nobody has checked this listing lately. Get in touch with the organiser before you go.</p>
        </Notice>
      ) : null}
      {activity.description ? <p className="directory-description">{activity.description}</p> : null}
      {activity.interests.length > 0 ? <p>Good for people who enjoy {listInWords(activity.interests.map((i) => interestLabel(i).toLowerCase()))}.</p> : null}

      <h2 className="heading-m">When it meets</h2>
      <ul className="list list--bullet">
        {activity.schedules.map((s, i) => (
          <li key={i}>
            {s.summary}
            {s.dates ? `. ${s.dates}` : ''}
            {s.description && s.frequency ? <span className="directory-secondary">. {s.description}</span> : null}
          </li>
        ))}
      </ul>
      {skipped.length > 0 ? <p>It does not meet on {listInWords(skipped.map(dateInWords))}.</p> : null}
      <h3 className="heading-s">Next sessions</h3>
      {activity.nextSessions.length > 0 ? (
        <ul className="list list--bullet">
          {activity.nextSessions.map((s, i) => (
            <li key={s.startsAt}>
              {s.summary}
              {seeker && i < 3 ? (
                <>
                  {' '}
                  <Link to={`/my-support/ask/companion?session=${encodeURIComponent(`${activity.id}|${s.startsAt}`)}`}>
                    Ask for someone to go with you<span className="visually-hidden"> on {s.summary}</span>
                  </Link>
                </>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p>No sessions are coming up. Ask the organiser when it next meets.</p>
      )}

      <h2 className="heading-m">Where</h2>
      <p>
        {venue.name}
        <br />
        {venue.addressLine1}
        {venue.addressLine2 ? (
          <>
            <br />
            {venue.addressLine2}
          </>
        ) : null}
        <br />
        {venue.town}
        <br />
        {venue.postcode}
      </p>
      <h3 className="heading-s">Getting in and around</h3>
      {venue.features.length > 0 ? (
        <ul className="list list--bullet">
          {venue.features.map((f) => (
            <li key={f}>{featureLabel(f)}</li>
          ))}
        </ul>
      ) : (
        <p>We do not know about access here. Ask the organiser.</p>
      )}
      {venue.accessNotes.map((note) => (
        <p key={note}>{note}</p>
      ))}

      <h2 className="heading-m">Your first visit</h2>
      <SummaryList
        rows={[
          { key: 'Booking', value: firstVisitWords(firstVisit.mode) },
          ...(firstVisit.bookingDetails ? [{ key: 'How to book', value: firstVisit.bookingDetails }] : []),
          ...(firstVisit.whoToAsk ? [{ key: 'Who to ask for', value: firstVisit.whoToAsk }] : []),
          ...(firstVisit.whatToExpect ? [{ key: 'What to expect', value: firstVisit.whatToExpect }] : []),
          { key: 'Cost', value: costWords(activity.isFree, activity.cost) },
        ]}
      />

      <h2 className="heading-m">Contact</h2>
      <SummaryList
        rows={[
          ...(contact.name ? [{ key: 'Name', value: contact.name }] : []),
          ...(contact.phone ? [{ key: 'Phone', value: <a href={`tel:${contact.phone.replace(/\s/g, '')}`}>{contact.phone}</a> }] : []),
          ...(contact.email ? [{ key: 'Email', value: <a href={`mailto:${contact.email}`}>{contact.email}</a> }] : []),
          ...(contact.website ? [{ key: 'Website', value: <a href={contact.website}>{contact.website}</a> }] : []),
          { key: 'Listing', value: `${checkedWords(activity.lastCheckedAt)}${activity.lastCheckedBy ? ` by ${activity.lastCheckedBy}` : ''}` },
        ]}
      />
      {activity.canManage ? <StaffActions activity={activity} /> : null}
      <RaiseConcernLink about="ACTIVITY" id={activity.id} />
    </>
  );
}

function StaffActions({ activity }: { activity: ActivityDetailFieldsFragment }) {
  const navigate = useNavigate();
  const [checked, setChecked] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [problem, setProblem] = useState('');
  const [markChecked, checking] = useMutation(MarkActivityCheckedMutation);
  const [remove, removing] = useMutation(RemoveActivityMutation);

  async function check() {
    try {
      await markChecked({ variables: { id: activity.id } });
      setChecked(true);
    } catch {
      setProblem(SERVICE_PROBLEM);
    }
  }
  async function removeIt() {
    try {
      await remove({ variables: { id: activity.id } });
      await navigate(`/activities/manage?scheme=${activity.schemeId}`, { state: { removed: activity.title } });
    } catch {
      setProblem(SERVICE_PROBLEM);
    }
  }

  return (
    <section aria-labelledby="staff-actions" className="directory-staff">
      <h2 className="heading-m" id="staff-actions">
        Keep this listing up to date
      </h2>
      {checked ? <Notice tone="success">Marked as checked today.</Notice> : null}
      {problem ? <Notice>{problem}</Notice> : null}
      <p>
        <Link to={`/activities/${activity.id}/edit`}>Change this listing</Link>
      </p>
      <Button type="button" variant="secondary" pending={checking.loading} pendingText="Saving…" onClick={() => void check()}>
        Mark as checked today
      </Button>
      {confirming ? (
        <div className="directory-confirm">
          <p>People will no longer find this activity. Requests already made for it are kept.</p>
          <Button type="button" pending={removing.loading} pendingText="Taking it out…" onClick={() => void removeIt()}>
            Yes, take it out of the directory
          </Button>{' '}
          <Button type="button" variant="secondary" onClick={() => setConfirming(false)}>
            No, keep it
          </Button>
        </div>
      ) : (
        <p>
          <Button type="button" variant="link" className="directory-link-button" onClick={() => setConfirming(true)}>
            Take this activity out of the directory
          </Button>
        </p>
      )}
    </section>
  );
}
