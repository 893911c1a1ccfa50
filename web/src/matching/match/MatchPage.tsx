import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { BackLink } from '../../ui/BackLink';
import { PageHeading } from '../../ui/PageHeading';
import { SummaryList } from '../../ui/SummaryList';
import { MatchQuery } from '../operations';
import { isStaffView, LoadProblem, Loading, MatchingNotice, useMySide, type MatchView } from '../page-states';
import { dateInWords, reachByLabel, supportKindLabel, waysInWords } from '../words';
import { CompanionSection } from './CompanionSection';
import { ContactLogSection } from './ContactLogSection';
import { TransitionsSection } from './TransitionsSection';
import { MessagesSection } from '../../messages/MessagesSection';
import { MatchPausedNotice } from '../../safeguarding/concerns/MatchPausedNotice';
import { RaiseConcernLink } from '../../safeguarding/concerns/RaiseConcernLink';
import '../../seekers/seekers.css';
import '../matching.css';

/** One match, for the two people in it and the scheme's staff: where it stands, how to get in touch, and what happened. */
export function MatchPage() {
  const { matchId = '' } = useParams();
  const { data, error, loading } = useQuery(MatchQuery, { variables: { id: matchId }, fetchPolicy: 'cache-and-network' });
  const side = useMySide();
  if (!data) return loading ? <Loading /> : <LoadProblem error={error} />;
  const match = data.match;
  const staff = isStaffView(match);
  const active = match.status === 'ACTIVE';
  return (
    <>
      <BackLink to={staff ? '/scheme-matches' : '/matches'}>{staff ? 'Matches' : 'Your matches'}</BackLink>
      <span className="caption-m">{supportKindLabel(match.kind)}</span>
      <PageHeading>{`${match.personFirstName} and ${match.volunteerFirstName}`}</PageHeading>
      <MatchingNotice />
      <p>{whereItStands(match)}</p>
      <MatchPausedNotice paused={match.paused} staff={staff} />
      {!staff && side.volunteer && match.status === 'PROPOSED' ? (
        <p>
          <Link to={`/offers/${match.id}`} className="button">
            Reply to this offer
          </Link>
        </p>
      ) : null}
      {!staff && side.person && match.status === 'VOLUNTEER_ACCEPTED' ? (
        <p>
          <Link to={`/someone-to-meet/${match.id}`} className="button">
            {`Tell us if you would like to meet ${match.volunteerFirstName}`}
          </Link>
        </p>
      ) : null}

      {active && match.contact ? (
        <>
          <h2 className="heading-m">{`How to reach ${match.contact.name}`}</h2>
          <SummaryList
            rows={[
              { key: 'Name', value: match.contact.name },
              { key: 'Phone', value: match.contact.phone ?? 'Not given' },
              { key: 'Email', value: <span className="wrap-anywhere">{match.contact.email ?? 'Not given'}</span> },
              { key: 'Prefers', value: match.contact.preferredContact ? reachByLabel(match.contact.preferredContact) : 'Not given' },
            ]}
          />
          <p>Please keep these details to yourself, and only use them to keep in touch.</p>
        </>
      ) : !staff && (match.status === 'PROPOSED' || match.status === 'VOLUNTEER_ACCEPTED') ? (
        <p>You will see how to get in touch once you have both said yes.</p>
      ) : null}

      <MessagesSection match={match} staff={staff} />

      <h2 className="heading-m">What they share</h2>
      <ul className="list list--bullet">
        {match.reasons.map((reason) => (
          <li key={reason.text}>
            {reason.text}
            {reason.audience === 'STAFF' ? (
              <>
                {' '}
                <span className="tag">Staff only</span>
              </>
            ) : null}
          </li>
        ))}
      </ul>
      <p>They could keep in touch {waysInWords(match.waysToKeepInTouch)}.</p>

      {match.companion ? <CompanionSection match={match} staff={staff} canRecordAttendance={staff || side.volunteer} /> : null}
      {active || match.contactLog.length > 0 ? <ContactLogSection match={match} /> : null}

      {staff && active ? (
        <>
          <h2 className="heading-m">Reviews</h2>
          <p>{match.nextReviewDue ? `The next review is due on ${dateInWords(match.nextReviewDue)}.` : 'No review is due.'}</p>
          <p>
            <Link to={`/matches/${match.id}/review`}>Record a review</Link>
          </p>
        </>
      ) : null}

      {active ? (
        <>
          <h2 className="heading-m">Ending the match</h2>
          <p>
            {staff
              ? 'Either of them, or you, can end the match at any time.'
              : 'You can end the match at any time. We will let the other person know kindly, and your link worker will be in touch.'}
          </p>
          <p>
            <Link to={`/matches/${match.id}/end`} className="button button--secondary">
              End this match
            </Link>
          </p>
        </>
      ) : null}

      {staff ? <TransitionsSection match={match} /> : null}
      <RaiseConcernLink about="MATCH" id={match.id} />
    </>
  );
}

function whereItStands(match: MatchView): string {
  switch (match.status) {
    case 'PROPOSED':
      return `Offered on ${dateInWords(match.proposedAt)}. We are waiting to hear from ${match.volunteerFirstName}.`;
    case 'VOLUNTEER_ACCEPTED':
      return `${match.volunteerFirstName} said yes. We are waiting to hear from ${match.personFirstName}.`;
    case 'ACTIVE':
      return match.activatedAt ? `Matched since ${dateInWords(match.activatedAt)}.` : 'Matched.';
    case 'DECLINED':
      return 'This match did not go ahead.';
    case 'ENDED':
      return `This match ended${match.endedAt ? ` on ${dateInWords(match.endedAt)}` : ''}.${match.endReason ? ` The reason given: “${match.endReason}”.` : ''}`;
  }
}
