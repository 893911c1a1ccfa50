import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { problemsFromError } from '../app/graphql-problems';
import type { VolunteerFieldsFragment } from '../gql/graphql';
import { Button } from '../ui/Button';
import { ErrorSummary } from '../ui/ErrorSummary';
import { hasProblems, NO_PROBLEMS, type FormProblems } from '../ui/form-problems';
import { Notice } from '../ui/Notice';
import { PageHeading } from '../ui/PageHeading';
import { MyVolunteeringQuery, ResumeMyVolunteeringMutation, SendMyVolunteerApplicationMutation } from './operations';
import { LoadProblem, Loading, SavedNotice } from './PageStates';
import { TaskList } from './TaskList';
import { applicationTasks, checkTasks, stageTone } from './volunteer-tasks';
import { onDate, stageLabel } from './words';
import './volunteers.css';

/** "Your volunteering": where the volunteer is in vetting, what comes next, and their tasks. */
export function YourVolunteeringPage() {
  const { volunteerId } = useParams();
  const { data, error, loading } = useQuery(MyVolunteeringQuery);
  if (loading && !data) return <Loading />;
  if (!data) return <LoadProblem error={error} />;
  const mine = data.myVolunteering;
  const chosen = volunteerId ? mine.find((v) => v.id === volunteerId) : mine.length === 1 ? mine[0] : undefined;
  if (chosen) return <Volunteering volunteer={chosen} />;
  if (volunteerId || mine.length === 0) {
    return (
      <>
        <PageHeading>Your volunteering</PageHeading>
        <p>You are not volunteering with a scheme at the moment.</p>
      </>
    );
  }
  return (
    <>
      <PageHeading>Your volunteering</PageHeading>
      <p>You volunteer with more than one scheme. Choose one.</p>
      <ul className="list">
        {mine.map((v) => (
          <li key={v.id}>
            <Link to={`/volunteering/${v.id}`}>{v.scheme.name}</Link>: {stageLabel(v.vetting.stage)}
          </li>
        ))}
      </ul>
    </>
  );
}

function Volunteering({ volunteer }: { volunteer: VolunteerFieldsFragment }) {
  const [problems, setProblems] = useState<FormProblems>(NO_PROBLEMS);
  const [send, sending] = useMutation(SendMyVolunteerApplicationMutation);
  const [resume, resuming] = useMutation(ResumeMyVolunteeringMutation);
  const tasks = applicationTasks(volunteer);
  const readyToSend = tasks.find((t) => t.id === 'send')?.status === 'Ready to send';

  async function handleSend(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (sending.loading) return;
    try {
      await send({ variables: { volunteerId: volunteer.id } });
      setProblems(NO_PROBLEMS);
    } catch (caught) {
      setProblems(problemsFromError(caught, []));
    }
  }

  async function handleResume() {
    if (resuming.loading) return;
    try {
      await resume({ variables: { volunteerId: volunteer.id } });
      setProblems(NO_PROBLEMS);
    } catch (caught) {
      setProblems(problemsFromError(caught, []));
    }
  }

  return (
    <>
      <ErrorSummary problems={problems} fieldIds={{}} />
      <span className="caption-l">{volunteer.scheme.name}</span>
      <PageHeading hasErrors={hasProblems(problems)}>Your volunteering</PageHeading>
      <SavedNotice />
      {sending.data ? <Notice tone="success">Your application has been sent. Thank you.</Notice> : null}
      {volunteer.paused ? (
        <Notice title="You have paused volunteering">
          <p>
            Since {onDate(volunteer.pausedOn)}. We will not offer you anyone new until you resume.
            {volunteer.pauseReason ? ` You told us: “${volunteer.pauseReason}”.` : ''}
          </p>
        </Notice>
      ) : null}

      <p>
        Where you are: <strong className={stageTone(volunteer.vetting.stage)}>{stageLabel(volunteer.vetting.stage)}</strong>
      </p>
      <div className="inset-text">
        <h2 className="heading-s">What happens next</h2>
        <p>{volunteer.vetting.nextStep}</p>
      </div>

      <h2 className="heading-m">People you are matched with</h2>
      <ul className="list">
        <li>
          <Link to="/offers">Offers for you</Link>
        </li>
        <li>
          <Link to="/matches">Your matches</Link>
        </li>
      </ul>

      <h2 className="heading-m">Your application</h2>
      <TaskList tasks={tasks} />
      {readyToSend ? (
        <form noValidate onSubmit={(event) => void handleSend(event)}>
          <p>When you send your application, a link worker will ask your referees for references and help you with a DBS check.</p>
          <Button pending={sending.loading} pendingText="Sending your application…">
            Send your application
          </Button>
        </form>
      ) : null}

      <h2 className="heading-m">Checks by our staff</h2>
      <p>A link worker does these once you have sent your application. There is no time limit.</p>
      <TaskList tasks={checkTasks(volunteer)} />

      <h2 className="heading-m">Taking a break</h2>
      {volunteer.paused ? (
        <Button type="button" variant="secondary" pending={resuming.loading} pendingText="Resuming…" onClick={() => void handleResume()}>
          Resume volunteering
        </Button>
      ) : (
        <>
          <p>You can pause at any time, for as long as you need. We will not offer you anyone new while you are paused.</p>
          <p>
            <Link to={`/volunteering/${volunteer.id}/pause`}>Pause volunteering</Link>
          </p>
        </>
      )}
    </>
  );
}
