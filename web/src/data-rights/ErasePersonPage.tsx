import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
import { problemsFromError } from '../app/graphql-problems';
import { SeekerQuery } from '../seekers/operations';
import { BackLink } from '../ui/BackLink';
import { Button } from '../ui/Button';
import { ErrorSummary } from '../ui/ErrorSummary';
import { checkFields, hasProblems, NO_PROBLEMS, type FormProblems } from '../ui/form-problems';
import { doneState, LoadProblem, Loading } from '../ui/page-states';
import { PageHeading } from '../ui/PageHeading';
import { TextArea } from '../ui/TextArea';
import { ErasePersonDataMutation } from './operations';
import { WarningText } from './WarningText';
import { KEPT_AFTER_ERASURE } from './words';
import './data-rights.css';

const REASON_MAX = 500;
type Field = 'reason';
const IDS: Record<Field, string> = { reason: 'reason' };

/** An administrator erases what their scheme holds about a person, when the person asks, with a reason. */
export function ErasePersonPage() {
  const { seekerId = '' } = useParams();
  const navigate = useNavigate();
  const { data, error, loading } = useQuery(SeekerQuery, { variables: { id: seekerId } });
  const [reason, setReason] = useState('');
  const [problems, setProblems] = useState<FormProblems<Field>>(NO_PROBLEMS);
  const [erase, { loading: pending }] = useMutation(ErasePersonDataMutation, {
    refetchQueries: [{ query: SeekerQuery, variables: { id: seekerId } }],
    awaitRefetchQueries: true,
  });
  if (!data) return loading ? <Loading /> : <LoadProblem error={error} />;
  const seeker = data.seeker;
  const back = `/seekers/${seeker.id}`;

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const found = checkFields<Field>({
      reason: () => (reason.trim() === '' ? 'Say why their data is being erased, for example “They asked by phone”' : [...reason].length > REASON_MAX ? `Keep the reason to ${REASON_MAX} characters or fewer` : null),
    });
    setProblems(found);
    if (hasProblems(found)) return;
    try {
      await erase({ variables: { input: { seekerId: seeker.id, reason } } });
      await navigate(back, { state: doneState('Their data has been erased.') });
    } catch (caught) {
      setProblems(problemsFromError(caught, ['reason']));
    }
  }

  return (
    <div className="narrow-column">
      <BackLink to={back} />
      <ErrorSummary problems={problems} fieldIds={IDS} />
      <span className="caption-m">{seeker.aboutMe.name}</span>
      <PageHeading hasErrors={hasProblems(problems)}>Erase their data</PageHeading>
      <WarningText>This cannot be undone. Only do this when they have asked you to.</WarningText>
      <p>
        Everything your scheme holds that says who they are will be removed: their name, contact details, postcode, what they told you, notes
        about them and their messages. {seeker.hasAccount ? 'Their account is closed and they are signed out, unless they also belong to another scheme.' : ''}
      </p>
      <p>Any live match ends, and the volunteer is told only that it has ended. We keep, with no name attached:</p>
      <ul className="list list--bullet">
        {KEPT_AFTER_ERASURE.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      <form noValidate onSubmit={(event) => void handleSubmit(event)}>
        <TextArea
          id={IDS.reason}
          label="Why are you erasing their data?"
          hint="For example, “They asked by phone on 3 March”. Do not include their name or contact details: this reason is kept after everything else about them has gone."
          value={reason}
          onChange={setReason}
          error={problems.fields.reason}
          rows={3}
          maxLength={REASON_MAX}
        />
        <Button className="button--warning" pending={pending} pendingText="Erasing…">
          Erase their data
        </Button>
      </form>
    </div>
  );
}
