import { useMutation } from '@apollo/client/react';
import { CONTACT_MODES } from '@kindred/shared';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { problemsFromError } from '../../app/graphql-problems';
import type { ContactMode } from '../../gql/graphql';
import { Button } from '../../ui/Button';
import { hasProblems, NO_PROBLEMS, type FormProblems } from '../../ui/form-problems';
import { RadioGroup } from '../../ui/RadioGroup';
import { TextArea } from '../../ui/TextArea';
import { LogMatchContactMutation } from '../operations';
import { matchingDone, type MatchView } from '../page-states';
import { MatchFormFrame, textProblem, WithMatch } from './MatchForm';

type Field = 'how' | 'note';
const IDS: Record<Field, string> = { how: 'how', note: 'note' };
const NOTE_MAX_LENGTH = 500;

export function LogContactPage() {
  return <WithMatch page={(match) => <LogContactForm match={match} />} />;
}

/** Either of the two, or staff, adds a time they were in touch to the match's log. */
function LogContactForm({ match }: { match: MatchView }) {
  const navigate = useNavigate();
  const [how, setHow] = useState('');
  const [note, setNote] = useState('');
  const [problems, setProblems] = useState<FormProblems<Field>>(NO_PROBLEMS);
  const [log, { loading: saving }] = useMutation(LogMatchContactMutation);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (saving) return;
    const found: FormProblems<Field> = {
      fields: {
        ...(how ? {} : { how: 'Select how you were in touch' }),
        ...(textProblem(note, null, NOTE_MAX_LENGTH, 'The note') ? { note: textProblem(note, null, NOTE_MAX_LENGTH, 'The note') as string } : {}),
      },
      general: [],
    };
    setProblems(found);
    if (hasProblems(found)) return;
    try {
      await log({ variables: { matchId: match.id, how: how as ContactMode, note: note.trim() || null } });
      await navigate(`/matches/${match.id}`, { state: matchingDone('Added to the log.') });
    } catch (caught) {
      setProblems(problemsFromError(caught, ['how', 'note']));
    }
  }

  return (
    <MatchFormFrame match={match} title="Add to the log" problems={problems} fieldIds={IDS}>
      <form noValidate onSubmit={(event) => void handleSubmit(event)}>
        <RadioGroup
          name="how"
          legend="How were you in touch?"
          options={CONTACT_MODES.map((m) => ({ value: m.id, label: m.label }))}
          value={how}
          onChange={setHow}
          error={problems.fields.how}
        />
        <TextArea
          id="note"
          label="Note (optional)"
          hint="A few words, such as what you did or talked about."
          rows={3}
          maxLength={NOTE_MAX_LENGTH}
          value={note}
          onChange={setNote}
          error={problems.fields.note}
        />
        <Button pending={saving} pendingText="Saving…">
          Add to the log
        </Button>
      </form>
    </MatchFormFrame>
  );
}
