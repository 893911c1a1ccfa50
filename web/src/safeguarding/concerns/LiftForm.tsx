import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { problemsFromError } from '../../app/graphql-problems';
import { Button } from '../../ui/Button';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { NO_PROBLEMS, type FormProblems } from '../../ui/form-problems';
import { TextArea } from '../../ui/TextArea';
import { ConcernQuery, LiftSafeguardingPauseMutation } from './operations';
import { LIFT_NOTE_MAX } from './words';

type Field = 'note';

/** Lets one paused match, or one suspended volunteer, carry on, with a note for staff. */
export function LiftForm({ concernId, target, name }: { concernId: string; target: { matchId: string } | { volunteerId: string }; name: string }) {
  const key = 'matchId' in target ? `match-${target.matchId}` : `volunteer-${target.volunteerId}`;
  const noteId = `note-${key}`;
  const [note, setNote] = useState('');
  const [problems, setProblems] = useState<FormProblems<Field>>(NO_PROBLEMS);
  const [lift, { loading }] = useMutation(LiftSafeguardingPauseMutation, { refetchQueries: [{ query: ConcernQuery, variables: { id: concernId } }], awaitRefetchQueries: true });

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    const trimmed = note.trim();
    const problem = !trimmed ? 'Say why it is safe to carry on' : [...trimmed].length > LIFT_NOTE_MAX ? `The note must be ${LIFT_NOTE_MAX} characters or fewer` : null;
    if (problem) {
      setProblems({ fields: { note: problem }, general: [] });
      return;
    }
    try {
      await lift({ variables: { ...('matchId' in target ? { matchId: target.matchId } : { volunteerId: target.volunteerId }), note: trimmed } });
      setProblems(NO_PROBLEMS);
      setNote('');
    } catch (caught) {
      setProblems(problemsFromError(caught, ['note']));
    }
  }

  return (
    <section className="lift-form" aria-labelledby={`${key}-heading`}>
      <h3 className="heading-s" id={`${key}-heading`}>
        {name}
      </h3>
      <ErrorSummary problems={problems} fieldIds={{ note: noteId }} />
      <form noValidate onSubmit={(event) => void handleSubmit(event)}>
        <TextArea id={noteId} label="Why is it safe to carry on?" rows={3} maxLength={LIFT_NOTE_MAX} value={note} onChange={setNote} error={problems.fields.note} />
        <Button variant="secondary" pending={loading} pendingText="Saving…">
          Let it carry on<span className="visually-hidden"> – {name}</span>
        </Button>
      </form>
    </section>
  );
}
