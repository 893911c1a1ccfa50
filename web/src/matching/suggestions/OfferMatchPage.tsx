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
import { ProposeMatchMutation, SuggestMatchesQuery } from '../operations';
import { LoadProblem, Loading, matchingDone } from '../page-states';
import { useSuggestion } from './use-suggestion';
import '../../seekers/seekers.css';

type Field = 'note';
const IDS: Record<Field, string> = { note: 'note' };
const NOTE_MAX_LENGTH = 1000;

/** A link worker approves one suggestion: the volunteer is asked first, then the person. */
export function OfferMatchPage() {
  const found = useSuggestion();
  const navigate = useNavigate();
  const [note, setNote] = useState('');
  const [problems, setProblems] = useState<FormProblems<Field>>(NO_PROBLEMS);
  const [propose, { loading: saving }] = useMutation(ProposeMatchMutation);
  if (found.state === 'loading') return <Loading />;
  if (found.state === 'problem') return <LoadProblem error={found.error} notFound={found.error === null} />;
  const { name, suggestion, requestId, back } = found;

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (saving) return;
    if ([...note].length > NOTE_MAX_LENGTH) {
      setProblems({ fields: { note: `The note must be ${NOTE_MAX_LENGTH} characters or fewer` }, general: [] });
      return;
    }
    try {
      const result = await propose({
        variables: { requestId, volunteerId: suggestion.volunteerId, note: note.trim() || null },
        refetchQueries: [{ query: SuggestMatchesQuery, variables: { requestId } }],
      });
      const match = result.data?.proposeMatch;
      const done = matchingDone(`You have offered ${suggestion.firstName} as a match for ${name}. We have asked ${suggestion.firstName} first.`);
      await navigate(match ? `/matches/${match.id}` : back, { state: done });
    } catch (caught) {
      setProblems(problemsFromError(caught, ['note'], { notFound: 'This volunteer can no longer be offered. Go back to see who fits now.' }));
    }
  }

  return (
    <div className="narrow-column">
      <BackLink to={back} />
      <ErrorSummary problems={problems} fieldIds={IDS} />
      <span className="caption-m">{name}</span>
      <PageHeading hasErrors={hasProblems(problems)}>{`Offer ${suggestion.firstName} as a match`}</PageHeading>
      <p>We will ask {suggestion.firstName} first. If they say yes, we will ask {name}.</p>
      <p>They will both see what they share, such as:</p>
      <ul className="list list--bullet">
        {suggestion.reasons
          .filter((r) => r.audience === 'EVERYONE')
          .map((r) => (
            <li key={r.text}>{r.text}</li>
          ))}
      </ul>
      <form noValidate onSubmit={(event) => void handleSubmit(event)}>
        <TextArea
          id="note"
          label="Note for the team (optional)"
          hint="For example, why you think they will get on. Record needs, not diagnoses."
          rows={3}
          maxLength={NOTE_MAX_LENGTH}
          value={note}
          onChange={setNote}
          error={problems.fields.note}
        />
        <Button pending={saving} pendingText="Offering…">
          Offer this match
        </Button>
      </form>
    </div>
  );
}
