import { useMutation, useQuery } from '@apollo/client/react';
import { PAUSE_REASON_MAX_LENGTH, pauseReasonProblem } from '@kindred/shared';
import { useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
import { problemsFromError } from '../app/graphql-problems';
import { BackLink } from '../ui/BackLink';
import { Button } from '../ui/Button';
import { ErrorSummary } from '../ui/ErrorSummary';
import { checkFields, hasProblems, NO_PROBLEMS, type FormProblems } from '../ui/form-problems';
import { PageHeading } from '../ui/PageHeading';
import { TextArea } from '../ui/TextArea';
import { MyVolunteeringQuery, PauseMyVolunteeringMutation } from './operations';
import { LoadProblem, Loading, savedState } from './PageStates';

type Field = 'reason';
const IDS: Record<Field, string> = { reason: 'reason' };

export function PausePage() {
  const { volunteerId } = useParams();
  const navigate = useNavigate();
  const { data, error, loading } = useQuery(MyVolunteeringQuery);
  const [reason, setReason] = useState('');
  const [problems, setProblems] = useState<FormProblems<Field>>(NO_PROBLEMS);
  const [pause, pausing] = useMutation(PauseMyVolunteeringMutation);
  if (loading && !data) return <Loading />;
  const volunteer = data?.myVolunteering.find((v) => v.id === volunteerId);
  if (!volunteer) return <LoadProblem error={error} notFound={!error} />;
  const back = `/volunteering/${volunteer.id}`;

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pausing.loading || !volunteer) return;
    const found = checkFields<Field>({ reason: () => pauseReasonProblem(reason) });
    setProblems(found);
    if (hasProblems(found)) return;
    try {
      await pause({ variables: { volunteerId: volunteer.id, reason: reason.trim() === '' ? null : reason.trim() } });
      await navigate(back, { state: savedState('You have paused volunteering. Resume whenever you are ready.') });
    } catch (caught) {
      setProblems(problemsFromError(caught, ['reason']));
    }
  }

  return (
    <div className="narrow-column">
      <BackLink to={back}>Back to your volunteering</BackLink>
      <ErrorSummary problems={problems} fieldIds={IDS} />
      <PageHeading hasErrors={hasProblems(problems)}>Pause volunteering</PageHeading>
      <p>While you are paused, we will not offer you anyone new. People you already support are not affected: talk to them and your link worker about what suits you.</p>
      <p>You can resume at any time from your volunteering page.</p>
      <form noValidate onSubmit={(event) => void handleSubmit(event)}>
        <TextArea
          id={IDS.reason}
          label="Why are you pausing? (optional)"
          hint="This helps your link worker. For example, “I am away until March”."
          maxLength={PAUSE_REASON_MAX_LENGTH}
          rows={3}
          value={reason}
          onChange={setReason}
          error={problems.fields.reason}
        />
        <Button pending={pausing.loading} pendingText="Pausing…">
          Pause volunteering
        </Button>
      </form>
    </div>
  );
}
