import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { problemsFromError } from '../../app/graphql-problems';
import { BackLink } from '../../ui/BackLink';
import { Button } from '../../ui/Button';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { hasProblems, NO_PROBLEMS, type FormProblems } from '../../ui/form-problems';
import { PageHeading } from '../../ui/PageHeading';
import { TextArea } from '../../ui/TextArea';
import { RejectSuggestionMutation, SuggestMatchesQuery } from '../operations';
import { LoadProblem, Loading, matchingDone } from '../page-states';
import { useSuggestion } from './use-suggestion';
import '../../seekers/seekers.css';

type Field = 'reason';
const IDS: Record<Field, string> = { reason: 'reason' };
const REASON_MAX_LENGTH = 1000;

/** A link worker sets a suggestion aside, saying why; the reason is kept for the team, never shown to the two people. */
export function NotSuitablePage() {
  const found = useSuggestion();
  const navigate = useNavigate();
  const [reason, setReason] = useState('');
  const [problems, setProblems] = useState<FormProblems<Field>>(NO_PROBLEMS);
  const [reject, { loading: saving }] = useMutation(RejectSuggestionMutation);
  if (found.state === 'loading') return <Loading />;
  if (found.state === 'problem') return <LoadProblem error={found.error} notFound={found.error === null} />;
  const { name, suggestion, requestId, back } = found;

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (saving) return;
    const trimmed = reason.trim();
    const problem = !trimmed
      ? `Enter why ${suggestion.firstName} is not suitable`
      : [...trimmed].length > REASON_MAX_LENGTH
        ? `The reason must be ${REASON_MAX_LENGTH} characters or fewer`
        : null;
    if (problem) {
      setProblems({ fields: { reason: problem }, general: [] });
      return;
    }
    try {
      await reject({
        variables: { requestId, volunteerId: suggestion.volunteerId, reason: trimmed },
        refetchQueries: [{ query: SuggestMatchesQuery, variables: { requestId } }],
        awaitRefetchQueries: true,
      });
      await navigate(back, { state: matchingDone(`${suggestion.firstName} will not be suggested for ${name} again.`) });
    } catch (caught) {
      setProblems(problemsFromError(caught, ['reason']));
    }
  }

  return (
    <div className="narrow-column">
      <BackLink to={back} />
      <ErrorSummary problems={problems} fieldIds={IDS} />
      <span className="caption-m">{name}</span>
      <PageHeading hasErrors={hasProblems(problems)}>{`Why is ${suggestion.firstName} not suitable?`}</PageHeading>
      <p>{suggestion.firstName} will not be suggested for {name} again. Only staff see the reason.</p>
      <form noValidate onSubmit={(event) => void handleSubmit(event)}>
        <TextArea
          id="reason"
          label="Reason"
          hint="For example, they already know each other."
          rows={3}
          maxLength={REASON_MAX_LENGTH}
          value={reason}
          onChange={setReason}
          error={problems.fields.reason}
        />
        <Button pending={saving} pendingText="Saving…">
          Save reason
        </Button>
      </form>
    </div>
  );
}
