import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { problemsFromError } from '../../app/graphql-problems';
import { Button } from '../../ui/Button';
import { hasProblems, NO_PROBLEMS, type FormProblems } from '../../ui/form-problems';
import { RadioGroup } from '../../ui/RadioGroup';
import { TextArea } from '../../ui/TextArea';
import { MatchFormFrame, textProblem, WithMatch } from '../match/MatchForm';
import { RecordReviewMutation } from '../operations';
import { matchingDone, type MatchView } from '../page-states';
import { dateInWords } from '../words';

type Field = 'notes' | 'carryOn';
const IDS: Record<Field, string> = { notes: 'notes', carryOn: 'carryOn' };
const NOTES_MAX_LENGTH = 2000;

export function ReviewPage() {
  return <WithMatch page={(match) => <ReviewForm match={match} />} />;
}

/** A link worker's review of an active match: how it is going, and whether it carries on. */
function ReviewForm({ match }: { match: MatchView }) {
  const navigate = useNavigate();
  const [notes, setNotes] = useState('');
  const [carryOn, setCarryOn] = useState('');
  const [problems, setProblems] = useState<FormProblems<Field>>(NO_PROBLEMS);
  const [record, { loading: saving }] = useMutation(RecordReviewMutation);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (saving) return;
    const notesProblem = textProblem(notes, 'Enter how the match is going', NOTES_MAX_LENGTH, 'The notes');
    const found: FormProblems<Field> = {
      fields: { ...(notesProblem ? { notes: notesProblem } : {}), ...(carryOn ? {} : { carryOn: 'Select whether the match carries on' }) },
      general: [],
    };
    setProblems(found);
    if (hasProblems(found)) return;
    try {
      const result = await record({ variables: { matchId: match.id, notes: notes.trim(), continue: carryOn === 'yes' } });
      const next = result.data?.recordReview.nextReviewDue;
      const done = carryOn === 'yes' ? `Review saved.${next ? ` The next review is due on ${dateInWords(next)}.` : ''}` : 'Review saved. The match has ended.';
      await navigate(`/matches/${match.id}`, { state: matchingDone(done) });
    } catch (caught) {
      setProblems(problemsFromError(caught, ['notes']));
    }
  }

  return (
    <MatchFormFrame match={match} title="Record a review" problems={problems} fieldIds={IDS}>
      <p>{match.nextReviewDue ? `This review was due on ${dateInWords(match.nextReviewDue)}.` : null} Talk to them both before you record it.</p>
      <form noValidate onSubmit={(event) => void handleSubmit(event)}>
        <TextArea
          id="notes"
          label="How is it going?"
          hint="What they both said, and anything to follow up. Record needs, not diagnoses."
          rows={5}
          maxLength={NOTES_MAX_LENGTH}
          value={notes}
          onChange={setNotes}
          error={problems.fields.notes}
        />
        <RadioGroup
          name="carryOn"
          legend="Does the match carry on?"
          options={[
            { value: 'yes', label: 'Yes, it carries on', hint: 'The next review will be in 3 months.' },
            { value: 'no', label: 'No, it ends now', hint: 'We will let them both know.' },
          ]}
          value={carryOn}
          onChange={setCarryOn}
          error={problems.fields.carryOn}
        />
        <Button pending={saving} pendingText="Saving…">
          Save review
        </Button>
      </form>
    </MatchFormFrame>
  );
}
