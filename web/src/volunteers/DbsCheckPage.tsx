import { useMutation, useQuery } from '@apollo/client/react';
import { certificateNumberProblem, DBS_LEVELS, DBS_RECHECK_YEARS, dbsDateProblems, londonDate } from '@kindred/shared';
import { useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
import { problemsFromError } from '../app/graphql-problems';
import type { DbsLevel, VolunteerFieldsFragment } from '../gql/graphql';
import { BackLink } from '../ui/BackLink';
import { Button } from '../ui/Button';
import { DateInput, EMPTY_DATE, isoDateOf, type DateParts } from '../ui/DateInput';
import { ErrorSummary } from '../ui/ErrorSummary';
import { checkFields, hasProblems, NO_PROBLEMS, type FormProblems } from '../ui/form-problems';
import { PageHeading } from '../ui/PageHeading';
import { RadioGroup } from '../ui/RadioGroup';
import { TextField } from '../ui/TextField';
import { RecordDbsCheckMutation, VolunteerQuery } from './operations';
import { LoadProblem, Loading, savedState } from './PageStates';

type Field = 'level' | 'issuedOn' | 'recheckDueOn' | 'certificateNumber';
const IDS: Record<Field, string> = { level: 'level', issuedOn: 'issuedOn', recheckDueOn: 'recheckDueOn', certificateNumber: 'certificateNumber' };

export function DbsCheckPage() {
  const { volunteerId = '' } = useParams();
  const { data, error, loading } = useQuery(VolunteerQuery, { variables: { id: volunteerId } });
  if (loading && !data) return <Loading />;
  if (!data) return <LoadProblem error={error} />;
  return <DbsCheckForm volunteer={data.volunteer} />;
}

const isEmpty = (d: DateParts) => d.day.trim() === '' && d.month.trim() === '' && d.year.trim() === '';

function DbsCheckForm({ volunteer }: { volunteer: VolunteerFieldsFragment }) {
  const navigate = useNavigate();
  const [level, setLevel] = useState('');
  const [issued, setIssued] = useState<DateParts>(EMPTY_DATE);
  const [recheck, setRecheck] = useState<DateParts>(EMPTY_DATE);
  const [number, setNumber] = useState('');
  const [problems, setProblems] = useState<FormProblems<Field>>(NO_PROBLEMS);
  const [record, { loading }] = useMutation(RecordDbsCheckMutation);
  const back = `/volunteers/${volunteer.id}`;

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    const issuedOn = isoDateOf(issued) ?? '';
    const recheckDueOn = isEmpty(recheck) ? null : (isoDateOf(recheck) ?? 'not a date');
    const dates = dbsDateProblems(issuedOn, recheckDueOn, londonDate(new Date()));
    const found = checkFields<Field>({
      level: () => (level === '' ? 'Select the level of the DBS check' : null),
      issuedOn: () => dates.issuedOn,
      recheckDueOn: () => dates.recheckDueOn,
      certificateNumber: () => certificateNumberProblem(number),
    });
    setProblems(found);
    if (hasProblems(found)) return;
    try {
      await record({
        variables: { input: { volunteerId: volunteer.id, level: level as DbsLevel, issuedOn, recheckDueOn, certificateNumber: number.trim() === '' ? null : number } },
      });
      await navigate(back, { state: savedState(`You recorded ${volunteer.displayName}’s DBS check.`) });
    } catch (caught) {
      setProblems(problemsFromError(caught, Object.keys(IDS) as Field[]));
    }
  }

  return (
    <div className="narrow-column">
      <BackLink to={back}>{`Back to ${volunteer.displayName}`}</BackLink>
      <ErrorSummary problems={problems} fieldIds={IDS} />
      <span className="caption-l">{volunteer.displayName}</span>
      <PageHeading hasErrors={hasProblems(problems)}>Record a DBS check</PageHeading>
      <p>Record the check from the certificate in front of you. {volunteer.dbsCheck ? 'It replaces the check recorded before.' : ''}</p>
      <form noValidate onSubmit={(event) => void handleSubmit(event)}>
        <RadioGroup
          name={IDS.level}
          legend="Level of the check"
          options={DBS_LEVELS.map((l) => ({ value: l.id, label: l.label }))}
          value={level}
          onChange={setLevel}
          error={problems.fields.level}
        />
        <DateInput id={IDS.issuedOn} legend="Date on the certificate" hint="For example, 27 3 2026" value={issued} onChange={setIssued} error={problems.fields.issuedOn} />
        <DateInput
          id={IDS.recheckDueOn}
          legend="Renew by (optional)"
          hint={`Leave empty for ${DBS_RECHECK_YEARS} years after the date on the certificate. From this date the volunteer cannot be offered anyone new.`}
          value={recheck}
          onChange={setRecheck}
          error={problems.fields.recheckDueOn}
        />
        <TextField
          id={IDS.certificateNumber}
          label="Certificate number (optional)"
          hint="12 digits. We keep only the last 4 digits."
          inputMode="numeric"
          autoComplete="off"
          spellCheck={false}
          width="one-half"
          value={number}
          onChange={setNumber}
          error={problems.fields.certificateNumber}
        />
        <Button pending={loading} pendingText="Saving…">
          Save DBS check
        </Button>
      </form>
    </div>
  );
}
