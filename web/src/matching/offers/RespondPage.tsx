import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { problemsFromError } from '../../app/graphql-problems';
import { BackLink } from '../../ui/BackLink';
import { Button } from '../../ui/Button';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { hasProblems, NO_PROBLEMS, type FormProblems } from '../../ui/form-problems';
import { PageHeading } from '../../ui/PageHeading';
import { RadioGroup } from '../../ui/RadioGroup';
import { TextArea } from '../../ui/TextArea';
import { MatchQuery, MyMatchesQuery, RespondToMatchMutation } from '../operations';
import { LoadProblem, Loading, type MatchView } from '../page-states';
import { type Side, SIDES } from './sides';
import { WhoTheyAre } from './WhoTheyAre';
import '../../seekers/seekers.css';
import '../matching.css';

type Field = 'answer' | 'reason';
const IDS: Record<Field, string> = { answer: 'answer', reason: 'reason' };
const REASON_MAX_LENGTH = 500;

/** Yes or no to one offer, for the volunteer (first) or the person (second), then a confirmation. */
export function RespondPage({ side }: { side: Side }) {
  const { matchId = '' } = useParams();
  const { data, error, loading } = useQuery(MatchQuery, { variables: { id: matchId } });
  if (!data) return loading ? <Loading /> : <LoadProblem error={error} />;
  return <RespondForm match={data.match} side={side} />;
}

function RespondForm({ match, side }: { match: MatchView; side: Side }) {
  const words = SIDES[side];
  const other = words.otherName(match);
  const [answer, setAnswer] = useState('');
  const [reason, setReason] = useState('');
  const [problems, setProblems] = useState<FormProblems<Field>>(NO_PROBLEMS);
  const [respond, { loading: saving, data }] = useMutation(RespondToMatchMutation, {
    refetchQueries: [{ query: MyMatchesQuery }],
  });

  if (data) {
    const accepted = answer === 'yes';
    return (
      <div className="narrow-column">
        <div className="panel">
          <PageHeading view="answered">{accepted ? words.acceptedTitle(other) : words.declinedTitle}</PageHeading>
        </div>
        {(accepted ? words.acceptedNext(other) : words.declinedNext).map((line) => (
          <p key={line}>{line}</p>
        ))}
        <p>
          <Link to={accepted && data.respondToMatch.status === 'ACTIVE' ? `/matches/${match.id}` : words.listPath}>
            {accepted && data.respondToMatch.status === 'ACTIVE' ? 'See how to get in touch' : `Back to ${words.listTitle.toLowerCase()}`}
          </Link>
        </p>
      </div>
    );
  }

  if (match.status !== words.answersAt) {
    return (
      <>
        <BackLink to={words.listPath} />
        <PageHeading>This offer has been answered</PageHeading>
        <p>There is nothing more to do here.</p>
        <p>
          <Link to={`/matches/${match.id}`}>See the match</Link>
        </p>
      </>
    );
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (saving) return;
    const tooLong = [...reason.trim()].length > REASON_MAX_LENGTH;
    const found: FormProblems<Field> = {
      fields: {
        ...(answer ? {} : { answer: words.chooseMessage(other) }),
        ...(answer === 'no' && tooLong ? { reason: `The reason must be ${REASON_MAX_LENGTH} characters or fewer` } : {}),
      },
      general: [],
    };
    setProblems(found);
    if (hasProblems(found)) return;
    try {
      const declineReason = answer === 'no' ? reason.trim() || null : null;
      await respond({ variables: { matchId: match.id, accept: answer === 'yes', reason: declineReason } });
    } catch (caught) {
      setProblems(problemsFromError(caught, ['reason'], { notFound: 'This offer is no longer open.' }));
    }
  }

  return (
    <div className="narrow-column">
      <BackLink to={words.listPath} />
      <ErrorSummary problems={problems} fieldIds={IDS} />
      <PageHeading hasErrors={hasProblems(problems)}>{words.question(other)}</PageHeading>
      <WhoTheyAre match={match} side={side} headingLevel="h2" />
      <form noValidate onSubmit={(event) => void handleSubmit(event)}>
        <RadioGroup
          name="answer"
          legend="Your answer"
          options={[
            { value: 'yes', label: words.yesLabel(other) },
            { value: 'no', label: words.noLabel, hint: words.noHint },
          ]}
          value={answer}
          onChange={setAnswer}
          error={problems.fields.answer}
        />
        {answer === 'no' ? (
          <TextArea
            id="reason"
            label="Would you like to tell us why? (optional)"
            hint={words.reasonHint}
            rows={3}
            maxLength={REASON_MAX_LENGTH}
            value={reason}
            onChange={setReason}
            error={problems.fields.reason}
          />
        ) : null}
        <Button pending={saving} pendingText="Sending…">
          Send my answer
        </Button>
      </form>
    </div>
  );
}
