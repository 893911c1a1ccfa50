import { useMutation, useQuery } from '@apollo/client/react';
import { londonDate, TRAINING_MODULES, trainingDateProblem } from '@kindred/shared';
import { useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
import { problemsFromError } from '../app/graphql-problems';
import type { TrainingModule, VolunteerFieldsFragment } from '../gql/graphql';
import { BackLink } from '../ui/BackLink';
import { Button } from '../ui/Button';
import { DateInput, EMPTY_DATE, isoDateOf, type DateParts } from '../ui/DateInput';
import { ErrorSummary } from '../ui/ErrorSummary';
import { checkFields, hasProblems, NO_PROBLEMS, type FormProblems } from '../ui/form-problems';
import { PageHeading } from '../ui/PageHeading';
import { RadioGroup } from '../ui/RadioGroup';
import { RecordTrainingMutation, VolunteerQuery } from './operations';
import { LoadProblem, Loading, savedState } from './PageStates';
import { onDate, trainingLabel } from './words';

type Field = 'module' | 'completedOn';
const IDS: Record<Field, string> = { module: 'module', completedOn: 'completedOn' };

export function TrainingPage() {
  const { volunteerId = '' } = useParams();
  const { data, error, loading } = useQuery(VolunteerQuery, { variables: { id: volunteerId } });
  if (loading && !data) return <Loading />;
  if (!data) return <LoadProblem error={error} />;
  return <TrainingForm volunteer={data.volunteer} />;
}

function TrainingForm({ volunteer }: { volunteer: VolunteerFieldsFragment }) {
  const navigate = useNavigate();
  const [module, setModule] = useState('');
  const [completed, setCompleted] = useState<DateParts>(EMPTY_DATE);
  const [problems, setProblems] = useState<FormProblems<Field>>(NO_PROBLEMS);
  const [record, { loading }] = useMutation(RecordTrainingMutation);
  const back = `/volunteers/${volunteer.id}`;

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    const completedOn = isoDateOf(completed) ?? '';
    const found = checkFields<Field>({
      module: () => (module === '' ? 'Select the training module' : null),
      completedOn: () => trainingDateProblem(completedOn, londonDate(new Date())),
    });
    setProblems(found);
    if (hasProblems(found)) return;
    try {
      await record({ variables: { input: { volunteerId: volunteer.id, module: module as TrainingModule, completedOn } } });
      await navigate(back, { state: savedState(`You recorded “${trainingLabel(module)}” for ${volunteer.displayName}.`) });
    } catch (caught) {
      setProblems(problemsFromError(caught, Object.keys(IDS) as Field[]));
    }
  }

  return (
    <div className="narrow-column">
      <BackLink to={back}>{`Back to ${volunteer.displayName}`}</BackLink>
      <ErrorSummary problems={problems} fieldIds={IDS} />
      <span className="caption-l">{volunteer.displayName}</span>
      <PageHeading hasErrors={hasProblems(problems)}>Record training</PageHeading>
      <form noValidate onSubmit={(event) => void handleSubmit(event)}>
        <RadioGroup
          name={IDS.module}
          legend="Which training did they complete?"
          options={TRAINING_MODULES.map((m) => {
            const done = volunteer.training.find((t) => t.module === m.id)?.completedOn;
            return { value: m.id, label: m.label, hint: done ? `${m.description}. Done on ${onDate(done)}: recording it again changes the date.` : m.description };
          })}
          value={module}
          onChange={setModule}
          error={problems.fields.module}
        />
        <DateInput id={IDS.completedOn} legend="Date completed" hint="For example, 27 3 2026" value={completed} onChange={setCompleted} error={problems.fields.completedOn} />
        <Button pending={loading} pendingText="Saving…">
          Save training
        </Button>
      </form>
    </div>
  );
}
