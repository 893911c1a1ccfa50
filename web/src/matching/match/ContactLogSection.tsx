import { Link } from 'react-router';
import type { MatchView } from '../page-states';
import { contactModeLabel, dateInWords } from '../words';

/** When the two were in touch, and how, with a way to add to it while the match is active. */
export function ContactLogSection({ match }: { match: MatchView }) {
  return (
    <>
      <h2 className="heading-m">Contact log</h2>
      {match.contactLog.length === 0 ? (
        <p>Nothing logged yet.</p>
      ) : (
        <ul className="list">
          {match.contactLog.map((entry, index) => (
            <li key={`${entry.at}-${index}`}>
              {dateInWords(entry.at)}, {contactModeLabel(entry.how).toLowerCase()}, logged by {entry.byName}
              {entry.note ? `: ${entry.note}` : '.'}
            </li>
          ))}
        </ul>
      )}
      {match.status === 'ACTIVE' ? (
        <p>
          <Link to={`/matches/${match.id}/log`}>Add to the log</Link>
        </p>
      ) : null}
    </>
  );
}
