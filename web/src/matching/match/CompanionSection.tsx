import { Link } from 'react-router';
import type { MatchView } from '../page-states';
import { sessionInWords } from '../words';

type Props = { match: MatchView; staff: boolean; canRecordAttendance: boolean };

/** A companion's first session: when and where, where to meet, a calendar invite, and whether it happened. */
export function CompanionSection({ match, staff, canRecordAttendance }: Props) {
  const companion = match.companion;
  if (!companion) return null;
  const live = match.status === 'ACTIVE' || match.status === 'VOLUNTEER_ACCEPTED' || match.status === 'PROPOSED';
  return (
    <>
      <h2 className="heading-m">The session</h2>
      <dl className="summary-list">
        <Row label="Activity" value={companion.activityTitle} />
        <Row label="When" value={sessionInWords(companion.sessionStartsAt)} />
        <Row label="Where" value={[companion.venueName, companion.venueAddress].filter(Boolean).join(', ')} />
        <Row label="Meeting point" value={companion.meetingPoint ?? 'Not agreed yet'} />
      </dl>
      {live ? (
        <p>
          <Link to={`/matches/${match.id}/meeting-point`}>{companion.meetingPoint ? 'Change the meeting point' : 'Agree a meeting point'}</Link>
        </p>
      ) : null}
      {match.status === 'ACTIVE' && !staff ? (
        <p>
          {/* A file to download, not a page of the app, so a plain link. */}
          <a href={`/calendar/matches/${match.id}.ics`} download>
            Add to calendar
          </a>
        </p>
      ) : null}
      <h3 className="heading-s">Did they go?</h3>
      <p>{companion.attended === null || companion.attended === undefined ? 'Not recorded yet.' : companion.attended ? 'Yes, they went together.' : 'No, they did not go.'}</p>
      {match.status === 'ACTIVE' && canRecordAttendance ? (
        <p>
          <Link to={`/matches/${match.id}/attendance`}>Record whether they went</Link>
        </p>
      ) : null}
    </>
  );
}

function Row({ label, value }: { label: string; value: string }) {
  return (
    <div className="summary-list__row">
      <dt className="summary-list__key">{label}</dt>
      <dd className="summary-list__value">{value}</dd>
    </div>
  );
}
