import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { useMutation, useQuery } from '@apollo/client/react';
import { REFEREES_NEEDED, refereeProblems, type RefereeDetails } from '@kindred/shared';
import { useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
import { problemsFromError } from '../app/graphql-problems';
import type { VolunteerFieldsFragment } from '../gql/graphql';
import { BackLink } from '../ui/BackLink';
import { Button } from '../ui/Button';
import { ErrorSummary } from '../ui/ErrorSummary';
import { hasProblems, NO_PROBLEMS, type FormProblems } from '../ui/form-problems';
import { PageHeading } from '../ui/PageHeading';
import { SummaryList } from '../ui/SummaryList';
import { TextField } from '../ui/TextField';
import { AddMyRefereesMutation, MyVolunteeringQuery, RemoveMyRefereeMutation } from './operations';
import { LoadProblem, Loading, SavedNotice, savedState } from './PageStates';
import { onDate } from './words';
import './volunteers.css';

export function RefereesPage() {
  const { volunteerId } = useParams();
  const { data, error, loading } = useQuery(MyVolunteeringQuery);
  if (loading && !data) return <Loading />;
  const volunteer = data?.myVolunteering.find((v) => v.id === volunteerId);
  if (!volunteer) return <LoadProblem error={error} notFound={!error} />;
  return <Referees volunteer={volunteer} />;
}

const PARTS = ['name', 'relationship', 'contact'] as const;
type Part = (typeof PARTS)[number];
const EMPTY: RefereeDetails = { name: '', relationship: '', contact: '' };
const ORDINAL = ['First', 'Second'];

/** Field ids like "referee-1-name", in page order, for however many referees the form asks for. */
function fieldIdsFor(count: number): Record<string, string> {
  const ids: Record<string, string> = {};
  for (let i = 0; i < count; i++) for (const part of PARTS) ids[`${part}${i}`] = `referee-${i + 1}-${part}`;
  return ids;
}

/** Server problems name fields like "referees.1.contact"; the form's fields are "contact1". */
function problemsOf(error: unknown): FormProblems {
  if (!CombinedGraphQLErrors.is(error)) return problemsFromError(error, []);
  const problems: FormProblems = { fields: {}, general: [] };
  for (const e of error.errors) {
    const fields = e.extensions?.['fields'];
    if (e.extensions?.['code'] !== 'BAD_USER_INPUT' || !Array.isArray(fields)) return problemsFromError(error, []);
    for (const { field, message } of fields as Array<{ field: string; message: string }>) {
      const match = /^referees\.(\d+)\.(\w+)$/.exec(field);
      if (match) problems.fields[`${match[2]}${match[1]}`] ??= message;
      else problems.general.push(message);
    }
  }
  return problems;
}

function Referees({ volunteer }: { volunteer: VolunteerFieldsFragment }) {
  const navigate = useNavigate();
  const given = volunteer.references.length;
  const toAdd = Math.max(0, REFEREES_NEEDED - given);
  const [referees, setReferees] = useState<RefereeDetails[]>(() => Array.from({ length: toAdd }, () => ({ ...EMPTY })));
  const [problems, setProblems] = useState<FormProblems>(NO_PROBLEMS);
  const [add, adding] = useMutation(AddMyRefereesMutation);
  const [remove, removing] = useMutation(RemoveMyRefereeMutation);
  const ids = fieldIdsFor(toAdd);
  const back = `/volunteering/${volunteer.id}`;
  const setPart = (index: number, part: Part) => (value: string) =>
    setReferees((current) => current.map((r, i) => (i === index ? { ...r, [part]: value } : r)));

  async function handleAdd(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (adding.loading) return;
    // A second referee left entirely empty can be given later; a half-filled one is checked.
    const filled = referees.filter((r, i) => i === 0 || PARTS.some((p) => r[p].trim() !== ''));
    const found: FormProblems = { fields: {}, general: [] };
    filled.forEach((referee, i) => {
      const each = refereeProblems(referee);
      for (const part of PARTS) if (each[part]) found.fields[`${part}${i}`] = each[part] ?? undefined;
    });
    setProblems(found);
    if (hasProblems(found)) return;
    try {
      await add({ variables: { volunteerId: volunteer.id, referees: filled.map((r) => ({ name: r.name.trim(), relationship: r.relationship.trim(), contact: r.contact.trim() })) } });
      await navigate(back, { state: savedState(filled.length === 1 ? 'Your referee has been saved.' : 'Your referees have been saved.') });
    } catch (caught) {
      setProblems(problemsOf(caught));
    }
  }

  async function handleRemove(referenceId: string, name: string) {
    if (removing.loading) return;
    try {
      await remove({ variables: { referenceId } });
      await navigate(`/volunteering/${volunteer.id}/referees`, { replace: true, state: savedState(`${name} has been removed. You can give someone else instead.`) });
      setReferees((current) => [...current, { ...EMPTY }]);
    } catch (caught) {
      setProblems(problemsFromError(caught, []));
    }
  }

  return (
    <>
      <BackLink to={back}>Back to your volunteering</BackLink>
      <ErrorSummary problems={problems} fieldIds={ids} />
      <PageHeading hasErrors={hasProblems(problems)}>{`Give ${REFEREES_NEEDED} referees`}</PageHeading>
      <SavedNotice />
      <p>A referee is someone who knows you well and can say you would be a good volunteer, like an employer, a teacher, or someone you have volunteered with. They cannot be a relative.</p>
      <p>We will contact them, not you. There is no time limit: you can come back to this page.</p>

      {volunteer.references.map((reference, index) => (
        <section key={reference.id} aria-labelledby={`given-${reference.id}`}>
          <h2 className="heading-m" id={`given-${reference.id}`}>
            {`${ORDINAL[index] ?? 'Another'} referee: ${reference.refereeName}`}
          </h2>
          <SummaryList
            rows={[
              { key: 'How you know them', value: reference.relationship },
              { key: 'Email address or phone number', value: reference.contact },
              {
                key: 'Reference',
                value:
                  reference.status === 'VERIFIED'
                    ? `Checked on ${onDate(reference.verifiedOn)}`
                    : reference.status === 'RECEIVED'
                      ? `Received on ${onDate(reference.receivedOn)}`
                      : 'We have not heard from them yet',
              },
            ]}
          />
          {reference.status === 'REQUESTED' ? (
            <Button type="button" variant="secondary" pending={removing.loading} pendingText="Removing…" onClick={() => void handleRemove(reference.id, reference.refereeName)}>
              Remove<span className="visually-hidden"> {reference.refereeName}</span>
            </Button>
          ) : null}
        </section>
      ))}

      {toAdd > 0 ? (
        <form noValidate onSubmit={(event) => void handleAdd(event)}>
          {referees.map((referee, index) => {
            const number = given + index;
            return (
              <fieldset className="fieldset" key={number}>
                <legend className="fieldset__legend fieldset__legend--m">{`${ORDINAL[number] ?? 'Another'} referee`}</legend>
                <TextField id={ids[`name${index}`] ?? ''} label="Full name" autoComplete="off" value={referee.name} onChange={setPart(index, 'name')} error={problems.fields[`name${index}`]} />
                <TextField
                  id={ids[`relationship${index}`] ?? ''}
                  label="How do you know them?"
                  hint="For example, my manager at work, or the leader of my walking group."
                  value={referee.relationship}
                  onChange={setPart(index, 'relationship')}
                  error={problems.fields[`relationship${index}`]}
                />
                <TextField
                  id={ids[`contact${index}`] ?? ''}
                  label="Their email address or phone number"
                  autoComplete="off"
                  spellCheck={false}
                  value={referee.contact}
                  onChange={setPart(index, 'contact')}
                  error={problems.fields[`contact${index}`]}
                />
              </fieldset>
            );
          })}
          <Button pending={adding.loading} pendingText="Saving…">
            {referees.length === 1 ? 'Save referee' : 'Save referees'}
          </Button>
        </form>
      ) : (
        <p>You have given {REFEREES_NEEDED} referees. Thank you.</p>
      )}
    </>
  );
}
