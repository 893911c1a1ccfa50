import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { problemsFromError } from '../../app/graphql-problems';
import { SignedInOnly } from '../../directory/SignedInOnly';
import type { ConcernSubjectKind } from '../../gql/graphql';
import { BackLink } from '../../ui/BackLink';
import { Button } from '../../ui/Button';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { hasProblems, NO_PROBLEMS, type FormProblems } from '../../ui/form-problems';
import { PageHeading } from '../../ui/PageHeading';
import { TextArea } from '../../ui/TextArea';
import { RaiseConcernMutation } from './operations';
import { CONCERN_TEXT_MAX, SUBJECT_KINDS, SUBJECT_WORDS, subjectPath } from './words';
import '../../matching/matching.css';
import './concerns.css';

type Field = 'text';
const IDS: Record<Field, string> = { text: 'text' };

/** /concerns/new?about=MATCH&id=…: a few words about a worry, sent to the scheme's link workers. */
export function RaiseConcernPage() {
  const [params] = useSearchParams();
  const about = params.get('about') as ConcernSubjectKind | null;
  const id = params.get('id') ?? '';
  return (
    <SignedInOnly title="Raise a concern">
      {() => (about && SUBJECT_KINDS.includes(about) && id ? <RaiseConcernForm about={about} id={id} /> : <NothingToRaise />)}
    </SignedInOnly>
  );
}

function NothingToRaise() {
  return (
    <>
      <PageHeading>Raise a concern</PageHeading>
      <p>We could not tell what your concern is about. Go back to the page of the person, match or activity you are worried about and choose “Raise a concern” there.</p>
      <p>
        <Link to="/">Go to the Kindred home page</Link>
      </p>
    </>
  );
}

function RaiseConcernForm({ about, id }: { about: ConcernSubjectKind; id: string }) {
  const [text, setText] = useState('');
  const [problems, setProblems] = useState<FormProblems<Field>>(NO_PROBLEMS);
  const [raise, { data, loading }] = useMutation(RaiseConcernMutation);
  const back = subjectPath(about, id);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    const trimmed = text.trim();
    const problem = !trimmed
      ? 'Write a few words about your concern'
      : [...trimmed].length > CONCERN_TEXT_MAX
        ? `Your concern must be ${CONCERN_TEXT_MAX} characters or fewer`
        : null;
    if (problem) {
      setProblems({ fields: { text: problem }, general: [] });
      return;
    }
    try {
      await raise({ variables: { subjectKind: about, subjectId: id, text: trimmed } });
    } catch (caught) {
      setProblems(problemsFromError(caught, ['text'], { notFound: `We could not find ${SUBJECT_WORDS[about]}, or it is not one you can raise a concern about.` }));
    }
  }

  if (data) {
    return (
      <div className="narrow-column">
        <div className="panel">
          <PageHeading view="received">Thank you for telling us</PageHeading>
          <p className="panel__body">We have passed your concern to a link worker.</p>
        </div>
        {data.raiseConcern.matchPaused ? (
          <p>We have paused your match for now, until a link worker has looked into your concern. The other person is told only that the match is paused.</p>
        ) : null}
        <p>A link worker will read it soon and decide what to do. They may get in touch with you to find out more.</p>
        <p>Nobody else will see what you wrote, and the person it is about will not be told who raised it.</p>
        <p>If someone is in immediate danger, call 999.</p>
        <p>
          <Link to={back}>Go back</Link>
        </p>
      </div>
    );
  }

  return (
    <div className="narrow-column">
      <BackLink to={back} />
      <ErrorSummary problems={problems} fieldIds={IDS} />
      <PageHeading hasErrors={hasProblems(problems)}>Raise a concern</PageHeading>
      <p>Tell us if something about {SUBJECT_WORDS[about]} worries you. A few words are enough. It does not have to be certain or serious.</p>
      <div className="inset-text">
        <p>Only the link workers and administrators of the scheme will read it.</p>
        <p>The person it is about will not see it, and will not be told who raised it.</p>
        {about === 'MATCH' || about === 'PERSON' || about === 'VOLUNTEER' ? (
          <p>If it is about your own match, we will pause the match straight away until a link worker has looked into it.</p>
        ) : null}
      </div>
      <p className="warning-text">If someone is in immediate danger, call 999.</p>
      <form noValidate onSubmit={(event) => void handleSubmit(event)}>
        <TextArea
          id="text"
          label="What worries you?"
          hint="For example, what happened, when, and who was there."
          rows={6}
          maxLength={CONCERN_TEXT_MAX}
          value={text}
          onChange={setText}
          error={problems.fields.text}
        />
        <Button pending={loading} pendingText="Sending…">
          Send to a link worker
        </Button>
      </form>
    </div>
  );
}
