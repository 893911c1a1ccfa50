import type { MatchView } from '../page-states';
import { sessionInWords, waysInWords } from '../words';
import { type Side, SIDES } from './sides';

type Props = { match: MatchView; side: Side; headingLevel: 'h2' | 'h3' };

/** What one person may know of the other before both say yes: a first name, the area, what they share, how they would keep in touch. */
export function WhoTheyAre({ match, side, headingLevel: H }: Props) {
  const other = SIDES[side].otherName(match);
  const shared = match.reasons.filter((r) => r.audience === 'EVERYONE');
  return (
    <>
      {side === 'volunteer' && match.area ? <p>{other} lives in the {match.area} area.</p> : null}
      {match.companion ? (
        <p>
          {side === 'volunteer' ? `${other} would like someone to go with them to` : `${other} would like to go with you to`}{' '}
          {match.companion.activityTitle} at {match.companion.venueName}, {sessionInWords(match.companion.sessionStartsAt)}.
        </p>
      ) : null}
      {shared.length > 0 ? (
        <>
          <H className="heading-s">What you share</H>
          <ul className="list list--bullet">
            {shared.map((r) => (
              <li key={r.text}>{r.text}</li>
            ))}
          </ul>
        </>
      ) : null}
      <H className="heading-s">Keeping in touch</H>
      <p>You could keep in touch {waysInWords(match.waysToKeepInTouch)}.</p>
    </>
  );
}
