import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { problemsFromError } from '../../app/graphql-problems';
import { Button } from '../../ui/Button';
import { hasProblems, NO_PROBLEMS, type FormProblems } from '../../ui/form-problems';
import { RadioGroup } from '../../ui/RadioGroup';
import { TextArea } from '../../ui/TextArea';
import { RecordAttendanceMutation } from '../operations';
import { matchingDone, type MatchView } from '../page-states';
import { MatchFormFrame, textProblem, WithMatch } from './MatchForm';

type Field = 'attended' | 'note';
const IDS: Record<Field, string> = { attended: 'attended', note: 'note' };
const NOTE_MAX_LENGTH = 500;

export function AttendancePage() {
  return <WithMatch page={(match) => <AttendanceForm match={match} />} />;
}

/** The companion, or staff, records whether the first session happened. */
function AttendanceForm({ match }: { match: MatchView }) {
  const navigate = useNavigate();
  const [attended, setAttended] = useState('');
  const [note, setNote] = useState('');
  const [problems, setProblems] = useState<FormProblems<Field>>(NO_PROBLEMS);
  const [record, { loading: saving }] = useMutation(RecordAttendanceMutation);
  const title = match.companion?.activityTitle ?? 'the session';

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (saving) return;
    const noteProblem = textProblem(note, null, NOTE_MAX_LENGTH, 'The note');
    const found: FormProblems<Field> = {
      fields: { ...(attended ? {} : { attended: `Select whether you went to ${title}` }), ...(noteProblem ? { note: noteProblem } : {}) },
      general: [],
    };
    setProblems(found);
    if (hasProblems(found)) return;
    try {
      await record({ variables: { matchId: match.id, attended: attended === 'yes', note: note.trim() || null } });
      await navigate(`/matches/${match.id}`, { state: matchingDone('Thank you. We have saved whether you went.') });
    } catch (caught) {
      setProblems(problemsFromError(caught, ['attended', 'note']));
    }
  }

  return (
    <MatchFormFrame match={match} title={`Did you go to ${title}?`} problems={problems} fieldIds={IDS}>
      <form noValidate onSubmit={(event) => void handleSubmit(event)}>
        <RadioGroup
          name="attended"
          legend={`Did ${match.personFirstName} and ${match.volunteerFirstName} go together?`}
          options={[
            { value: 'yes', label: 'Yes, we went' },
            { value: 'no', label: 'No, we did not go' },
          ]}
          value={attended}
          onChange={setAttended}
          error={problems.fields.attended}
        />
        <TextArea
          id="note"
          label="Anything else? (optional)"
          hint="For example, how it went, or whether they would like to go again."
          rows={3}
          maxLength={NOTE_MAX_LENGTH}
          value={note}
          onChange={setNote}
          error={problems.fields.note}
        />
        <Button pending={saving} pendingText="Saving…">
          Save
        </Button>
      </form>
    </MatchFormFrame>
  );
}
