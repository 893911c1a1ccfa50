import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { useMutation, useQuery } from '@apollo/client/react';
import { FIRST_VISIT_MODES } from '@kindred/shared';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useNavigate, useParams } from 'react-router';
import { problemsFromError, SERVICE_PROBLEM } from '../app/graphql-problems';
import type { Viewer } from '../app/session';
import { BackLink } from '../ui/BackLink';
import { Button } from '../ui/Button';
import { Checkboxes, SingleCheckbox } from '../ui/Checkboxes';
import { ErrorSummary } from '../ui/ErrorSummary';
import type { FormProblems } from '../ui/form-problems';
import { PageHeading } from '../ui/PageHeading';
import { RadioGroup } from '../ui/RadioGroup';
import { TextArea } from '../ui/TextArea';
import { TextField } from '../ui/TextField';
import { activityInput, EMPTY_ACTIVITY, EMPTY_SCHEDULE, FIELD_IDS, fieldIdsFor, formProblems, valuesOf, type ActivityFormValues } from './activity-form';
import { ActivityQuery, CreateActivityMutation, UpdateActivityMutation } from './operations';
import { ScheduleFields } from './ScheduleFields';
import { directorySchemes, SchemePicker, useChosenScheme } from './scheme-choice';
import { NotFoundHere, SignedInOnly } from './SignedInOnly';
import { FEATURE_OPTIONS, INTEREST_OPTIONS } from './words';

const FIRST_VISIT_OPTIONS = [
  ...FIRST_VISIT_MODES.map((m) => ({ value: m.id, label: m.label, hint: m.hint })),
  { value: 'UNKNOWN', label: 'I do not know', hint: 'People will be asked to get in touch first' },
];

/** Adding a listing (/activities/new) and changing one (/activities/:id/edit), for the scheme's staff. */
export function ActivityFormPage() {
  const { id } = useParams();
  return (
    <SignedInOnly title={id ? 'Change a listing' : 'Add an activity'}>
      {(viewer) => (id ? <EditLoader id={id} /> : <NewActivity viewer={viewer} />)}
    </SignedInOnly>
  );
}

function NewActivity({ viewer }: { viewer: Viewer }) {
  const schemes = directorySchemes(viewer, true);
  const [scheme, choose] = useChosenScheme(schemes);
  if (!scheme) return <NotFoundHere what="Page" />;
  return (
    <ActivityForm initial={EMPTY_ACTIVITY} schemeId={scheme.id} activityId={null}>
      <SchemePicker schemes={schemes} chosen={scheme} onChange={choose} />
    </ActivityForm>
  );
}

function EditLoader({ id }: { id: string }) {
  const { data, error } = useQuery(ActivityQuery, { variables: { id } });
  if (data?.activity.canManage) return <ActivityForm initial={valuesOf(data.activity)} schemeId={data.activity.schemeId} activityId={id} />;
  if (data || (CombinedGraphQLErrors.is(error) && error.errors[0]?.extensions?.['code'] === 'NOT_FOUND')) return <NotFoundHere what="Activity" />;
  return <p role="status">{error ? SERVICE_PROBLEM : 'Loading…'}</p>;
}

type Problems = FormProblems<string>;

function ActivityForm({ initial, schemeId, activityId, children }: { initial: ActivityFormValues; schemeId: string; activityId: string | null; children?: ReactNode }) {
  const navigate = useNavigate();
  const [values, setValues] = useState(initial);
  const [problems, setProblems] = useState<Problems>({ fields: {}, general: [] });
  const [create, creating] = useMutation(CreateActivityMutation);
  const [update, updating] = useMutation(UpdateActivityMutation);
  const saving = creating.loading || updating.loading;
  const set = <K extends keyof ActivityFormValues>(key: K) => (value: ActivityFormValues[K]) => setValues((v) => ({ ...v, [key]: value }));
  const error = (field: string) => problems.fields[field];
  const title = activityId ? `Change ${initial.title}` : 'Add an activity';

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (saving) return;
    const found = formProblems(values);
    setProblems({ fields: found, general: [] });
    if (Object.keys(found).length > 0) return;
    try {
      const input = activityInput(values);
      const saved = activityId
        ? (await update({ variables: { id: activityId, input } })).data?.updateActivity
        : (await create({ variables: { schemeId, input } })).data?.createActivity;
      if (saved) await navigate(`/activities/${saved.id}`);
    } catch (caught) {
      setProblems(serverProblems(caught));
    }
  }

  return (
    <>
      <BackLink to={activityId ? `/activities/${activityId}` : `/activities/manage?scheme=${schemeId}`} />
      <ErrorSummary problems={problems} fieldIds={fieldIdsFor(values)} />
      <PageHeading hasErrors={Object.keys(problems.fields).length + problems.general.length > 0}>{title}</PageHeading>
      {children}
      <form noValidate onSubmit={(event) => void handleSubmit(event)} className="directory-form">
        <h2 className="heading-m">About the activity</h2>
        <TextField id={FIELD_IDS.title} label="Name of the activity" value={values.title} onChange={set('title')} error={error('title')} />
        <TextField id={FIELD_IDS.organiserName} label="Who runs it" hint="The group or organisation" value={values.organiserName} onChange={set('organiserName')} error={error('organiserName')} />
        <TextArea id={FIELD_IDS.description} label="What happens there (optional)" value={values.description} onChange={set('description')} error={error('description')} maxLength={4000} />
        <div className="directory-many-choices">
          <Checkboxes name={FIELD_IDS.interests} legend="Who would enjoy it? (optional)" legendSize="s" hint="Select the interests it suits" options={INTEREST_OPTIONS} values={values.interests} onChange={set('interests')} error={error('interests')} />
        </div>

        <h2 className="heading-m">Where it happens</h2>
        <TextField id={FIELD_IDS.venueName} label="Name of the place" hint="For example, Birchcliffe Centre" value={values.venueName} onChange={set('venueName')} error={error('venueName')} />
        <TextField id={FIELD_IDS.addressLine1} label="Address line 1" autoComplete="off" value={values.addressLine1} onChange={set('addressLine1')} error={error('addressLine1')} />
        <TextField id={FIELD_IDS.addressLine2} label="Address line 2 (optional)" autoComplete="off" value={values.addressLine2} onChange={set('addressLine2')} error={error('addressLine2')} />
        <TextField id={FIELD_IDS.town} label="Town or village" value={values.town} onChange={set('town')} error={error('town')} width="one-half" />
        <TextField id={FIELD_IDS.postcode} label="Postcode" value={values.postcode} onChange={set('postcode')} error={error('postcode')} width="one-half" />
        <Checkboxes name={FIELD_IDS.features} legend="What does the place have?" legendSize="s" hint="Select all that apply" options={FEATURE_OPTIONS} values={values.features} onChange={set('features')} />
        <TextArea id={FIELD_IDS.accessNotes} label="More about getting in and around (optional)" hint="One point a line. For example, which door has the ramp" value={values.accessNotes} onChange={set('accessNotes')} error={error('accessNotes')} rows={3} />

        <h2 className="heading-m" id={FIELD_IDS.schedules} tabIndex={-1}>
          When it meets
        </h2>
        {error('schedules') ? <p className="error-message">{error('schedules')}</p> : null}
        {values.schedules.map((schedule, index) => (
          <ScheduleFields
            key={index}
            index={index}
            count={values.schedules.length}
            values={schedule}
            problems={problems.fields}
            onChange={(changed) => set('schedules')(values.schedules.map((s, i) => (i === index ? changed : s)))}
            onRemove={() => set('schedules')(values.schedules.filter((_, i) => i !== index))}
          />
        ))}
        <Button type="button" variant="secondary" onClick={() => set('schedules')([...values.schedules, { ...EMPTY_SCHEDULE }])}>
          Add another schedule
        </Button>

        <h2 className="heading-m">A first visit</h2>
        <RadioGroup name={FIELD_IDS.firstVisit} legend="Can newcomers just turn up?" options={FIRST_VISIT_OPTIONS} value={values.firstVisit} onChange={(v) => set('firstVisit')(v as ActivityFormValues['firstVisit'])} error={error('firstVisit')} />
        {values.firstVisit === 'BOOKING' ? (
          <TextArea id={FIELD_IDS.bookingDetails} label="How to book" value={values.bookingDetails} onChange={set('bookingDetails')} error={error('bookingDetails')} rows={2} />
        ) : null}
        <TextField id={FIELD_IDS.whoToAsk} label="Who to ask for (optional)" hint="For example, Jean, who runs the group" value={values.whoToAsk} onChange={set('whoToAsk')} error={error('whoToAsk')} />
        <TextArea id={FIELD_IDS.whatToExpect} label="What to expect (optional)" hint="What happens when someone arrives for the first time" value={values.whatToExpect} onChange={set('whatToExpect')} error={error('whatToExpect')} rows={3} />
        <TextField id={FIELD_IDS.cost} label="Cost (optional)" hint="For example, £2 a session, including tea" value={values.cost} onChange={set('cost')} error={error('cost')} />
        <SingleCheckbox id="isFree" label="It is free" checked={values.isFree} onChange={set('isFree')} />

        <h2 className="heading-m">The organiser’s contact details</h2>
        <p>These are shown to everyone who can see the directory. Give the group’s details, not a private number.</p>
        <TextField id={FIELD_IDS.contactName} label="Name (optional)" value={values.contactName} onChange={set('contactName')} error={error('contactName')} />
        <TextField id={FIELD_IDS.contactPhone} label="Phone (optional)" type="tel" value={values.contactPhone} onChange={set('contactPhone')} error={error('contactPhone')} width="one-half" />
        <TextField id={FIELD_IDS.contactEmail} label="Email (optional)" type="email" spellCheck={false} value={values.contactEmail} onChange={set('contactEmail')} error={error('contactEmail')} />
        <TextField id={FIELD_IDS.website} label="Website (optional)" spellCheck={false} value={values.website} onChange={set('website')} error={error('website')} />

        <p>Saving the listing records that you checked it today.</p>
        <Button pending={saving} pendingText="Saving…">
          Save the listing
        </Button>
      </form>
    </>
  );
}

/** The server's problems, kept whole ("schedules.0.startTime") so each links to its own field. */
function serverProblems(caught: unknown): Problems {
  if (CombinedGraphQLErrors.is(caught)) {
    const fields = caught.errors.flatMap((e) => (e.extensions?.['code'] === 'BAD_USER_INPUT' ? ((e.extensions['fields'] ?? []) as Array<{ field: string; message: string }>) : []));
    if (fields.length > 0) return { fields: Object.fromEntries(fields.map((f) => [f.field, f.message])), general: [] };
  }
  return problemsFromError(caught, []);
}
