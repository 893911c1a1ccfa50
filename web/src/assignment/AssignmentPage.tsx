import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { ForScheme, type CaseworkScheme } from '../seekers/casework/scheme-choice';
import { Button } from '../ui/Button';
import { Notice } from '../ui/Notice';
import { PageHeading } from '../ui/PageHeading';
import { LoadProblem, Loading } from '../matching/page-states';
import { ProposeMatchMutation } from '../matching/operations';
import type { AssignmentRunFieldsFragment } from '../gql/graphql';
import { LatestRunQuery, RunQuery, StartRunMutation } from './operations';
import { percentDone, STAGE_WORDS } from './stage-words';
import '../seekers/seekers.css';

export function AssignmentPage() {
  return <ForScheme title="Match everyone waiting" path="/match-everyone" page={(scheme) => <MatchEveryone scheme={scheme} />} />;
}

const isOpen = (status: string) => status === 'QUEUED' || status === 'RUNNING';

/** Starts a scheme-wide run, shows its progress, then its proposals for the link worker to offer. */
function MatchEveryone({ scheme }: { scheme: CaseworkScheme }) {
  const latest = useQuery(LatestRunQuery, { variables: { schemeId: scheme.id }, fetchPolicy: 'cache-and-network' });
  const [runId, setRunId] = useState<string | null>(null);
  const id = runId ?? latest.data?.latestAssignmentRun?.id ?? null;
  const polled = useQuery(RunQuery, { variables: { id: id ?? '' }, skip: !id, pollInterval: 1000, fetchPolicy: 'network-only' });
  const run: AssignmentRunFieldsFragment | null | undefined = polled.data?.assignmentRun ?? latest.data?.latestAssignmentRun;
  // Polling stops once the run is over (the subscription assignmentRunProgress is the push alternative).
  useEffect(() => {
    if (run && !isOpen(run.status)) polled.stopPolling();
  }, [run, polled]);
  const [start, starting] = useMutation(StartRunMutation);
  const [problem, setProblem] = useState<string | null>(null);

  const onStart = async () => {
    if (starting.loading || (run && isOpen(run.status))) return;
    setProblem(null);
    try {
      const result = await start({ variables: { schemeId: scheme.id } });
      const started = result.data?.startSchemeAssignment.id;
      if (started) {
        setRunId(started);
        polled.startPolling(1000);
      }
    } catch (error) {
      setProblem(error instanceof Error ? error.message : 'Matching could not start. Please try again.');
    }
  };

  return (
    <>
      <span className="caption-m">{scheme.name}</span>
      <PageHeading>Match everyone waiting</PageHeading>
      <p>
        Kindred looks at everyone waiting and every volunteer with a free place, and works out the matches that help the
        most people, with the best fit. Nothing is offered until you choose to offer it.
      </p>
      {problem && <Notice tone="important">{problem}</Notice>}
      {!latest.data && latest.loading ? (
        <Loading />
      ) : latest.error ? (
        <LoadProblem error={latest.error} />
      ) : (
        // aria-disabled rather than disabled: a disabled button drops keyboard focus the moment it is pressed.
        <Button type="button" onClick={onStart} pending={starting.loading} pendingText="Starting…" aria-disabled={(!!run && isOpen(run.status)) || undefined}>
          {run ? 'Match everyone waiting again' : 'Match everyone waiting'}
        </Button>
      )}
      {run && <RunProgress run={run} />}
      {run?.status === 'DONE' && <Proposals run={run} />}
    </>
  );
}

function RunProgress({ run }: { run: AssignmentRunFieldsFragment }) {
  const percent = run.status === 'DONE' ? 100 : percentDone(run.stage, run.stageDone, run.stageTotal);
  const words = run.status === 'FAILED' ? 'Matching stopped' : (STAGE_WORDS[run.stage] ?? run.stage);
  return (
    <section aria-labelledby="progress-heading">
      <h2 id="progress-heading" className="heading-m">Progress</h2>
      <label htmlFor="run-progress">{words}</label>
      <progress id="run-progress" max={100} value={percent} className="progress">
        {percent}%
      </progress>
      {/* Announces each stage once to screen readers, without moving focus. */}
      <p role="status" aria-live="polite" className="body-s">
        {run.status === 'DONE'
          ? `Finished: ${run.matched ?? 0} of ${run.requestCount ?? 0} people waiting have a proposed match. Matching one pair at a time, best first, would have found ${run.greedyMatched ?? 0}.`
          : run.status === 'FAILED'
            ? (run.failure ?? 'Matching stopped. Please try again.')
            : `${words}…`}
      </p>
    </section>
  );
}

function Proposals({ run }: { run: AssignmentRunFieldsFragment }) {
  const [propose] = useMutation(ProposeMatchMutation);
  const [offered, setOffered] = useState<Record<string, 'offered' | string>>({});
  const [offeringAll, setOfferingAll] = useState(false);
  // What happened to the last offer, announced to screen readers (the row's button is replaced, so focus would otherwise be lost silently).
  const [announcement, setAnnouncement] = useState('');
  const offer = async (p: AssignmentRunFieldsFragment['proposals'][number]) => {
    try {
      await propose({ variables: { requestId: p.requestId, volunteerId: p.volunteerId } });
      setOffered((o) => ({ ...o, [p.id]: 'offered' }));
      setAnnouncement(`Offered ${p.volunteerFirstName} to ${p.personFirstName}. We have asked ${p.volunteerFirstName} first.`);
    } catch (error) {
      const message = error instanceof Error ? error.message : 'This match could not be offered.';
      setOffered((o) => ({ ...o, [p.id]: message }));
      setAnnouncement(`${p.volunteerFirstName} and ${p.personFirstName} could not be offered: ${message}`);
    }
  };
  const waiting = run.proposals.filter((p) => !p.offered && offered[p.id] !== 'offered');
  const offerAll = async () => {
    setOfferingAll(true);
    for (const p of waiting) await offer(p);
    setOfferingAll(false);
  };
  if (run.proposals.length === 0) return <p>Nobody waiting fits a volunteer with a free place just now.</p>;
  return (
    <section aria-labelledby="proposals-heading">
      <h2 id="proposals-heading" className="heading-m">Proposed matches</h2>
      <p>Offering a match checks it again, then asks the volunteer. Each person then decides for themself.</p>
      {waiting.length > 0 && (
        <Button type="button" variant="secondary" onClick={offerAll} pending={offeringAll} pendingText="Offering…">
          Offer all {waiting.length} matches
        </Button>
      )}
      <p role="status" aria-live="polite" className="visually-hidden">
        {announcement}
      </p>
      {/* On a narrow screen the table scrolls sideways inside this region, which keyboard users can focus to scroll. */}
      <div className="table-wrapper" role="region" aria-labelledby="proposals-caption" tabIndex={0}>
        <table className="table">
          <caption id="proposals-caption" className="visually-hidden">Proposed matches, best fit first</caption>
          <thead>
            <tr>
              <th scope="col">Person</th>
              <th scope="col">Volunteer</th>
              <th scope="col">Fit</th>
              <th scope="col">Why</th>
              <th scope="col">Offer</th>
            </tr>
          </thead>
          <tbody>
            {run.proposals.map((p) => {
              const state = p.offered ? 'offered' : offered[p.id];
              return (
                <tr key={p.id}>
                  <td>{p.personFirstName}</td>
                  <td>{p.volunteerFirstName}</td>
                  <td>{p.fitInWords}</td>
                  <td>
                    <ul className="list">
                      {p.reasons.map((r) => (
                        <li key={r.text}>{r.text}</li>
                      ))}
                    </ul>
                  </td>
                  <td>
                    {state === 'offered' ? (
                      <span>Offered</span>
                    ) : (
                      <>
                        {/* The visible words start the accessible name (WCAG 2.5.3 Label in Name), so "Offer this match" works for voice control. */}
                        <Button type="button" variant="secondary" onClick={() => offer(p)}>
                          Offer this match<span className="visually-hidden">: {p.volunteerFirstName} for {p.personFirstName}</span>
                        </Button>
                        {state && <p className="error-message">{state}</p>}
                      </>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
