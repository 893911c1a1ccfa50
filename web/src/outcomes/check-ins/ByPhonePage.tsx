import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { problemsFromError } from '../../app/graphql-problems';
import type { CheckInFieldsFragment } from '../../gql/graphql';
import { useCaseworkSchemes } from '../../seekers/casework/scheme-choice';
import { BackLink } from '../../ui/BackLink';
import { Button } from '../../ui/Button';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { NO_PROBLEMS, type FormProblems } from '../../ui/form-problems';
import { PageHeading } from '../../ui/PageHeading';
import { doneState, LoadProblem, Loading } from '../../ui/page-states';
import { radioId, RadioGroup } from '../../ui/RadioGroup';
import { CheckInsDueQuery, RecordCheckInByPhoneMutation } from './operations';
import { questionOfField, questionsOf, responsesOf, type AnswerMap } from './questions';
import { occasionLabel } from './words';
import '../../seekers/seekers.css';
import './check-ins.css';

const NOT_ANSWERED = 'skipped';

/**
 * A link worker takes a person's answers by phone: every question on one page, read out in the
 * published wording, clearly marked as recorded on the person's behalf. Opened from the check-ins
 * due (?scheme=) or the person's record (?scheme=&seeker=).
 */
export function ByPhonePage() {
  const { checkInId = '' } = useParams();
  const [params] = useSearchParams();
  const schemes = useCaseworkSchemes();
  const schemeId = params.get('scheme') ?? schemes?.[0]?.id ?? '';
  const { data, error, loading } = useQuery(CheckInsDueQuery, { variables: { schemeId }, skip: !schemeId, fetchPolicy: 'cache-and-network' });
  if (!schemes || (schemeId && !data && loading)) return <Loading />;
  if (!schemeId) return <LoadProblem error={error} notFound />;
  if (!data) return <LoadProblem error={error} />;
  const checkIn = data.checkInsDue.find((c) => c.id === checkInId);
  const seekerId = params.get('seeker');
  const back = seekerId ? `/seekers/${seekerId}` : `/check-ins-due/${schemeId}`;
  if (!checkIn) {
    return (
      <div className="narrow-column">
        <BackLink to={back} />
        <PageHeading>This check-in is not due</PageHeading>
        <p>It may have been answered or set aside already.</p>
        <p>
          <Link to={`/check-ins-due/${schemeId}`}>Check-ins due</Link>
        </p>
      </div>
    );
  }
  return <ByPhoneForm checkIn={checkIn} back={back} />;
}

function ByPhoneForm({ checkIn, back }: { checkIn: CheckInFieldsFragment; back: string }) {
  const navigate = useNavigate();
  const questions = questionsOf(checkIn);
  const fieldIds = Object.fromEntries(questions.map((q) => [q.key, radioId(nameOf(q.key), 0)])) as Record<string, string>;
  const [chosen, setChosen] = useState<Record<string, string>>({});
  const [problems, setProblems] = useState<FormProblems<string>>(NO_PROBLEMS);
  const [record, { loading: saving }] = useMutation(RecordCheckInByPhoneMutation, {
    update: (cache) => {
      cache.evict({ fieldName: 'checkInsDue' });
      cache.evict({ fieldName: 'seekerCheckIns' });
      cache.gc();
    },
  });
  const name = checkIn.personFirstName;

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (saving) return;
    const answers: AnswerMap = Object.fromEntries(
      questions.map((q) => [q.key, chosen[q.key] && chosen[q.key] !== NOT_ANSWERED ? Number(chosen[q.key]) : null]),
    );
    try {
      await record({ variables: { input: { checkInId: checkIn.id, responses: responsesOf(checkIn, answers) } } });
      await navigate(back, { state: doneState(`${name}’s answers have been saved, marked as given by phone.`) });
    } catch (caught) {
      setProblems(problemsByQuestion(checkIn, caught));
    }
  }

  return (
    <div className="narrow-column">
      <BackLink to={back} />
      <ErrorSummary problems={problems} fieldIds={fieldIds} />
      <span className="caption-m">{occasionLabel(checkIn.occasion, checkIn.monthsAfterBaseline)}</span>
      <PageHeading hasErrors={problems.general.length > 0 || Object.keys(problems.fields).length > 0}>{`Record ${name}’s check-in by phone`}</PageHeading>
      <p className="by-phone-banner">Recording answers given by phone</p>
      <p>
        Read each question and its answers out as written. Leave a question blank, or choose “Not answered”, if {name} would rather not say.
        The answers are saved as given by {name} and recorded by you.
      </p>
      <form noValidate onSubmit={(event) => void handleSubmit(event)}>
        {checkIn.instruments.map((instrument) => (
          <section key={instrument.id} className="by-phone-instrument" aria-labelledby={`instrument-${instrument.id}`}>
            <h2 className="heading-m" id={`instrument-${instrument.id}`}>
              {instrument.personTitle}
            </h2>
            <p>{instrument.intro}</p>
            {questions
              .filter((q) => q.instrument.id === instrument.id)
              .map((q) => (
                <RadioGroup
                  key={q.key}
                  name={nameOf(q.key)}
                  legend={`${q.number}. ${q.item.text}`}
                  options={[...q.item.options.map((o) => ({ value: String(o.value), label: o.label })), { value: NOT_ANSWERED, label: 'Not answered' }]}
                  value={chosen[q.key] ?? ''}
                  onChange={(value) => setChosen((current) => ({ ...current, [q.key]: value }))}
                  error={problems.fields[q.key]}
                />
              ))}
            {instrument.licence ? <p className="check-in__licence">{instrument.licence}</p> : null}
          </section>
        ))}
        <Button pending={saving} pendingText="Saving…">
          Save answers
        </Button>
      </form>
    </div>
  );
}

/** Radio names and ids may not hold dots. */
function nameOf(key: string): string {
  return `q-${key.replace('.', '-')}`;
}

function problemsByQuestion(checkIn: CheckInFieldsFragment, caught: unknown): FormProblems<string> {
  const fields: Record<string, string> = {};
  const rest = [...problemsFromError(caught, []).general];
  // Problems naming a question go next to it; the rest stay at the top.
  const named = CombinedGraphQLErrors.is(caught) ? caught.errors.flatMap((e) => (Array.isArray(e.extensions?.['fields']) ? e.extensions['fields'] : [])) : [];
  for (const problem of named as Array<{ field: string; message: string }>) {
    const key = questionOfField(checkIn, problem.field);
    if (key) {
      fields[key] ??= problem.message;
      const index = rest.indexOf(problem.message);
      if (index >= 0) rest.splice(index, 1);
    }
  }
  return { fields, general: rest };
}
