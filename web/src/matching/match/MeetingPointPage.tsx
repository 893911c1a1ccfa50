import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { problemsFromError } from '../../app/graphql-problems';
import { Button } from '../../ui/Button';
import { NO_PROBLEMS, type FormProblems } from '../../ui/form-problems';
import { TextArea } from '../../ui/TextArea';
import { AgreeMeetingPointMutation } from '../operations';
import { matchingDone, type MatchView } from '../page-states';
import { sessionInWords } from '../words';
import { MatchFormFrame, textProblem, WithMatch } from './MatchForm';

type Field = 'meetingPoint';
const IDS: Record<Field, string> = { meetingPoint: 'meetingPoint' };
const MAX_LENGTH = 300;

export function MeetingPointPage() {
  return <WithMatch page={(match) => <MeetingPointForm match={match} />} />;
}

/** Where a companion and the person meet before the session; either can change it. */
function MeetingPointForm({ match }: { match: MatchView }) {
  const navigate = useNavigate();
  const [meetingPoint, setMeetingPoint] = useState(match.companion?.meetingPoint ?? '');
  const [problems, setProblems] = useState<FormProblems<Field>>(NO_PROBLEMS);
  const [agree, { loading: saving }] = useMutation(AgreeMeetingPointMutation);
  const companion = match.companion;

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (saving) return;
    const problem = textProblem(meetingPoint, 'Enter where you will meet', MAX_LENGTH, 'The meeting point');
    if (problem) {
      setProblems({ fields: { meetingPoint: problem }, general: [] });
      return;
    }
    try {
      await agree({ variables: { matchId: match.id, meetingPoint: meetingPoint.trim() } });
      await navigate(`/matches/${match.id}`, { state: matchingDone('The meeting point has been saved. We have let the other person know.') });
    } catch (caught) {
      setProblems(problemsFromError(caught, ['meetingPoint']));
    }
  }

  return (
    <MatchFormFrame match={match} title="Where will you meet?" problems={problems} fieldIds={IDS}>
      {companion ? (
        <p>
          {companion.activityTitle} at {companion.venueName}, {sessionInWords(companion.sessionStartsAt)}.
        </p>
      ) : null}
      <form noValidate onSubmit={(event) => void handleSubmit(event)}>
        <TextArea
          id="meetingPoint"
          label="Meeting point"
          hint="Somewhere easy to find, and a time. For example, by the main door of the library at 1:45pm."
          rows={2}
          maxLength={MAX_LENGTH}
          value={meetingPoint}
          onChange={setMeetingPoint}
          error={problems.fields.meetingPoint}
        />
        <Button pending={saving} pendingText="Saving…">
          Save meeting point
        </Button>
      </form>
    </MatchFormFrame>
  );
}
