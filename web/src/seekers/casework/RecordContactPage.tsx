import { useMutation, useQuery } from '@apollo/client/react';
import { CONTACT_METHODS, CONTACT_NOTE_MAX_LENGTH, londonIsoDate } from '@kindred/shared';
import { useState, type FormEvent } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { problemsFromError } from '../../app/graphql-problems';
import type { ContactMethod } from '../../gql/graphql';
import { BackLink } from '../../ui/BackLink';
import { Button } from '../../ui/Button';
import { DateInput, datePartsOf, isoDateOf, type DateParts } from '../../ui/DateInput';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { checkFields, hasProblems, NO_PROBLEMS, type FormProblems } from '../../ui/form-problems';
import { PageHeading } from '../../ui/PageHeading';
import { RadioGroup } from '../../ui/RadioGroup';
import { TextArea } from '../../ui/TextArea';
import { RecordContactMutation, SeekerQuery } from '../operations';
import { doneState, LoadProblem, Loading } from '../page-states';

type Field = 'method' | 'contactedAt' | 'note';
const IDS: Record<Field, string> = { method: 'method', contactedAt: 'contactedAt', note: 'note' };

/** A link worker records that they were in touch: how, when, and a short note. */
export function RecordContactPage() {
  const { seekerId = '' } = useParams();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const { data, error, loading } = useQuery(SeekerQuery, { variables: { id: seekerId } });
  const [method, setMethod] = useState('');
  const [date, setDate] = useState<DateParts>(datePartsOf(new Date()));
  const [note, setNote] = useState('');
  const [problems, setProblems] = useState<FormProblems<Field>>(NO_PROBLEMS);
  const [record, { loading: saving }] = useMutation(RecordContactMutation);
  if (!data) return loading ? <Loading /> : <LoadProblem error={error} />;
  const seeker = data.seeker;
  const back = params.get('from') === 'waiting-list' ? `/waiting-list/${seeker.scheme.id}` : `/seekers/${seeker.id}`;

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (saving) return;
    const day = isoDateOf(date);
    const today = londonIsoDate(new Date());
    const found = checkFields<Field>({
      method: () => (method ? null : 'Select how you were in touch'),
      contactedAt: () => (!day ? 'Enter the date you were in touch, like 27 3 2026' : day > today ? 'The date must be today or in the past' : null),
      note: () => null,
    });
    setProblems(found);
    if (hasProblems(found) || !day) return;
    // Today means now; an earlier day is recorded at midday, since only the day was given.
    const contactedAt = day === today ? undefined : new Date(`${day}T12:00:00`).toISOString();
    try {
      await record({
        variables: { input: { seekerId: seeker.id, method: method as ContactMethod, note, ...(contactedAt ? { contactedAt } : {}) } },
        // The waiting list shows when each person was last contacted: read it afresh on the way back.
        update: (cache) => {
          cache.evict({ fieldName: 'waitingList' });
          cache.gc();
        },
      });
      await navigate(back, { state: doneState(`Your contact with ${seeker.aboutMe.name} has been recorded.`) });
    } catch (caught) {
      setProblems(problemsFromError(caught, Object.keys(IDS) as Field[]));
    }
  }

  return (
    <div className="narrow-column">
      <BackLink to={back} />
      <ErrorSummary problems={problems} fieldIds={IDS} />
      <span className="caption-m">{seeker.aboutMe.name}</span>
      <PageHeading hasErrors={hasProblems(problems)}>Record a contact</PageHeading>
      <form noValidate onSubmit={(event) => void handleSubmit(event)}>
        <RadioGroup
          name="method"
          legend="How were you in touch?"
          options={CONTACT_METHODS.map((m) => ({ value: m.id, label: m.label }))}
          value={method}
          onChange={setMethod}
          error={problems.fields.method}
        />
        <DateInput id="contactedAt" legend="When?" hint="For example, 27 3 2026" value={date} onChange={setDate} error={problems.fields.contactedAt} />
        <TextArea
          id="note"
          label="Note (optional)"
          hint="A few words for the team, such as how they are and what happens next. Record needs, not diagnoses."
          rows={3}
          maxLength={CONTACT_NOTE_MAX_LENGTH}
          value={note}
          onChange={setNote}
          error={problems.fields.note}
        />
        <Button pending={saving} pendingText="Saving…">
          Save contact
        </Button>
      </form>
    </div>
  );
}
