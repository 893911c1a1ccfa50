import type { MatchView } from '../page-states';
import { dateInWords, statusLabel } from '../words';

/** Every step of the match, with who took it, when and why: nothing is deleted. Staff only. */
export function TransitionsSection({ match }: { match: MatchView }) {
  return (
    <>
      <h2 className="heading-m">History</h2>
      <div className="table-wrapper">
        <table className="table">
          <caption className="visually-hidden">History of this match, oldest first</caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">What happened</th>
              <th scope="col">Who</th>
              <th scope="col">Why</th>
            </tr>
          </thead>
          <tbody>
            {match.transitions.map((t, index) => (
              <tr key={`${t.at}-${index}`}>
                <td>{dateInWords(t.at)}</td>
                <td>{statusLabel(t.to)}</td>
                <td>
                  {t.byName}
                  <span className="secondary-line">{t.byRole}</span>
                </td>
                <td>{t.reason ?? 'Not given'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
