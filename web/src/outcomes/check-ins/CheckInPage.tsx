import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { problemsFromError } from '../../app/graphql-problems';
import type { CheckInFieldsFragment } from '../../gql/graphql';
import { Button } from '../../ui/Button';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { NO_PROBLEMS, type FormProblems } from '../../ui/form-problems';
import { PageHeading } from '../../ui/PageHeading';
import { doneState, LoadProblem, Loading } from '../../ui/page-states';
import { DeclineCheckInMutation, MyCheckInsQuery, SubmitCheckInMutation } from './operations';
import { QuestionStep } from './QuestionStep';
import { questionsOf, responsesOf } from './questions';
import { useStoredAnswers } from './stored-answers';
import { INTRO, personOccasionLabel } from './words';
import '../../seekers/seekers.css';
import './check-ins.css';

/**
 * A person answers one of their check-ins, one question a screen (?question=3), then sends every
 * answer at once. Going back keeps what they chose; any question may be skipped.
 */
export function CheckInPage() {
  const { checkInId = '' } = useParams();
  const { data, error, loading } = useQuery(MyCheckInsQuery, { fetchPolicy: 'cache-and-network' });
  const [sent, setSent] = useState(false);
  if (sent) return <ThankYou />;
  if (!data) return loading ? <Loading /> : <LoadProblem error={error} />;
  const checkIn = data.myCheckIns.find((c) => c.id === checkInId);
  if (!checkIn) return <NotWaiting />;
  return <Answering checkIn={checkIn} onSent={() => setSent(true)} />;
}

function Answering({ checkIn, onSent }: { checkIn: CheckInFieldsFragment; onSent: () => void }) {
  const [params, setParams] = useSearchParams();
  const questions = questionsOf(checkIn);
  const [answers, answer, clearAnswers] = useStoredAnswers(checkIn.id);
  const [problems, setProblems] = useState<FormProblems<never>>(NO_PROBLEMS);
  const [submit, { loading: sending }] = useMutation(SubmitCheckInMutation, {
    update: (cache) => {
      cache.evict({ fieldName: 'myCheckIns' });
      cache.evict({ fieldName: 'myProgress' });
      cache.gc();
    },
  });
  const number = Number(params.get('question'));
  const question = Number.isInteger(number) ? questions[number - 1] : undefined;
  const goTo = (n: number | null) => setParams(n ? { question: String(n) } : {});

  async function send(finalAnswers: typeof answers) {
    try {
      await submit({ variables: { input: { checkInId: checkIn.id, responses: responsesOf(checkIn, finalAnswers) } } });
      clearAnswers();
      onSent();
    } catch (caught) {
      setProblems(problemsFromError(caught, [], { notFound: 'This check-in is no longer waiting for you.' }));
    }
  }

  if (!question) return <Intro checkIn={checkIn} count={questions.length} onStart={() => goTo(1)} />;
  return (
    <>
      <ErrorSummary problems={problems} fieldIds={{}} />
      <QuestionStep
        key={question.key}
        question={question}
        total={questions.length}
        chosen={answers[question.key]}
        sending={sending}
        backTo={question.number > 1 ? `?question=${question.number - 1}` : '?'}
        onAnswer={(value) => {
          answer(question.key, value);
          if (question.number < questions.length) goTo(question.number + 1);
          else void send({ ...answers, [question.key]: value });
        }}
      />
      {problems.general.length > 0 ? <DeclineButton checkInId={checkIn.id} /> : null}
    </>
  );
}

function Intro({ checkIn, count, onStart }: { checkIn: CheckInFieldsFragment; count: number; onStart: () => void }) {
  return (
    <div className="narrow-column check-in">
      <span className="caption-m">{personOccasionLabel(checkIn.occasion, checkIn.monthsAfterBaseline)}</span>
      <PageHeading>How you’ve been</PageHeading>
      <p className="lead">{INTRO}</p>
      <p>{`There are ${count} questions, one at a time. It takes about five minutes.`}</p>
      <p>Your answers help your scheme see how well it is helping people. Reports only ever show numbers for groups of people, never your name.</p>
      <div className="button-group">
        <Button type="button" onClick={onStart}>
          Start
        </Button>
        <DeclineButton checkInId={checkIn.id} />
      </div>
    </div>
  );
}

function DeclineButton({ checkInId }: { checkInId: string }) {
  const navigate = useNavigate();
  const [failed, setFailed] = useState(false);
  const [decline, { loading }] = useMutation(DeclineCheckInMutation, {
    update: (cache) => {
      cache.evict({ fieldName: 'myCheckIns' });
      cache.gc();
    },
  });
  async function handleClick() {
    try {
      await decline({ variables: { checkInId } });
      await navigate('/', { state: doneState('That’s fine. We will not ask you these questions this time.') });
    } catch {
      setFailed(true);
    }
  }
  return (
    <>
      <Button type="button" variant="secondary" pending={loading} pendingText="Saving…" onClick={() => void handleClick()}>
        Not now, thank you
      </Button>
      {failed ? (
        <p className="error-message" role="alert">
          Sorry, that did not work. Try again in a moment.
        </p>
      ) : null}
    </>
  );
}

function ThankYou() {
  return (
    <div className="narrow-column check-in">
      <PageHeading view="thanks">Thank you</PageHeading>
      <p className="lead">Your answers have been saved.</p>
      <p>When you have answered more than one check-in, you can see how your answers have changed.</p>
      <ul className="list">
        <li>
          <Link to="/my-progress">See how you’ve been getting on</Link>
        </li>
        <li>
          <Link to="/">Go to your home page</Link>
        </li>
      </ul>
    </div>
  );
}

function NotWaiting() {
  return (
    <div className="narrow-column">
      <PageHeading>This check-in is not waiting for you</PageHeading>
      <p>You may have answered it already. Thank you.</p>
      <p>
        <Link to="/check-in">See if there is anything to fill in</Link>
      </p>
    </div>
  );
}
