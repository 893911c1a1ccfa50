import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { problemsFromError } from '../../app/graphql-problems';
import { Button } from '../../ui/Button';
import { NO_PROBLEMS, type FormProblems } from '../../ui/form-problems';
import { PageHeading } from '../../ui/PageHeading';
import { TextArea } from '../../ui/TextArea';
import { EndMatchMutation } from '../operations';
import { isStaffView, type MatchView } from '../page-states';
import { MatchFormFrame, textProblem, WithMatch } from './MatchForm';

type Field = 'reason';
const IDS: Record<Field, string> = { reason: 'reason' };
const REASON_MAX_LENGTH = 1000;

export function EndMatchPage() {
  return <WithMatch page={(match) => <EndMatchForm match={match} />} />;
}

/** Ending is as easy as starting: a reason, then a confirmation. Nothing is deleted. */
function EndMatchForm({ match }: { match: MatchView }) {
  const [reason, setReason] = useState('');
  const [problems, setProblems] = useState<FormProblems<Field>>(NO_PROBLEMS);
  const [end, { loading: saving, data }] = useMutation(EndMatchMutation);
  const staff = isStaffView(match);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (saving) return;
    const problem = textProblem(reason, 'Enter why the match is ending', REASON_MAX_LENGTH, 'The reason');
    if (problem) {
      setProblems({ fields: { reason: problem }, general: [] });
      return;
    }
    try {
      await end({ variables: { matchId: match.id, reason: reason.trim() } });
    } catch (caught) {
      setProblems(problemsFromError(caught, ['reason']));
    }
  }

  if (data) {
    return (
      <div className="narrow-column">
        <div className="panel">
          <PageHeading view="ended">The match has ended</PageHeading>
        </div>
        <p>We have let {staff ? 'them both' : 'the other person'} know.</p>
        {staff ? null : <p>Thank you for the time you spent together. Your link worker will be in touch to see how you are.</p>}
        <p>
          <Link to={staff ? '/scheme-matches' : '/matches'}>{staff ? 'Back to matches' : 'Back to your matches'}</Link>
        </p>
      </div>
    );
  }

  return (
    <MatchFormFrame match={match} title="End this match" problems={problems} fieldIds={IDS}>
      <p>Either person can end a match at any time. We will let the other person know, and their link worker will be in touch.</p>
      <form noValidate onSubmit={(event) => void handleSubmit(event)}>
        <TextArea
          id="reason"
          label="Why is the match ending?"
          hint="For example, moving away, or it was not working out. Staff see this."
          rows={3}
          maxLength={REASON_MAX_LENGTH}
          value={reason}
          onChange={setReason}
          error={problems.fields.reason}
        />
        <p className="warning-text">You cannot undo this.</p>
        <div className="button-group">
          <Button pending={saving} pendingText="Ending the match…">
            End this match
          </Button>
          <p>
            <Link to={`/matches/${match.id}`}>No, keep the match</Link>
          </p>
        </div>
      </form>
    </MatchFormFrame>
  );
}
