import { useMutation, useQuery } from '@apollo/client/react';
import {
  AGE_BANDS,
  CAPACITY_MAX,
  CAPACITY_MIN,
  CONTACT_MODES,
  GENDER_MAX_LENGTH,
  INTEREST_GROUPS,
  INTERESTS,
  LANGUAGES,
  SUPPORT_KINDS,
  VOLUNTEER_SKILLS,
} from '@kindred/shared';
import { useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
import { problemsFromError } from '../app/graphql-problems';
import type { VolunteerFieldsFragment } from '../gql/graphql';
import { BackLink } from '../ui/BackLink';
import { Button } from '../ui/Button';
import { Checkboxes } from '../ui/Checkboxes';
import { ErrorSummary } from '../ui/ErrorSummary';
import { hasProblems, NO_PROBLEMS, type FormProblems } from '../ui/form-problems';
import { PageHeading } from '../ui/PageHeading';
import { RadioGroup } from '../ui/RadioGroup';
import { TextField } from '../ui/TextField';
import { WeekGrid, type WeekSlot } from '../ui/WeekGrid';

const toSlot = (key: string) => {
  const [day, part] = key.split(':');
  return { day, part } as WeekSlot;
};
import { MyVolunteeringQuery, UpdateMyVolunteerProfileMutation } from './operations';
import { LoadProblem, Loading, savedState } from './PageStates';
import {
  checkProfile,
  NOT_SAID,
  PROFILE_FIELD_IDS as IDS,
  slotKey,
  profileInputOf,
  profileValuesOf,
  type ProfileField,
  type ProfileValues,
} from './profile-form';

export function VolunteerProfilePage() {
  const { volunteerId } = useParams();
  const { data, error, loading } = useQuery(MyVolunteeringQuery);
  if (loading && !data) return <Loading />;
  const volunteer = data?.myVolunteering.find((v) => v.id === volunteerId);
  if (!volunteer) return <LoadProblem error={error} notFound={!error} />;
  return <ProfileForm volunteer={volunteer} />;
}

const CAPACITY_OPTIONS = Array.from({ length: CAPACITY_MAX - CAPACITY_MIN + 1 }, (_, i) => {
  const n = CAPACITY_MIN + i;
  return { value: String(n), label: n === 1 ? '1 person' : `${n} people` };
});

function ProfileForm({ volunteer }: { volunteer: VolunteerFieldsFragment }) {
  const navigate = useNavigate();
  const [values, setValues] = useState<ProfileValues>(() => profileValuesOf(volunteer));
  const [problems, setProblems] = useState<FormProblems<ProfileField>>(NO_PROBLEMS);
  const [save, { loading }] = useMutation(UpdateMyVolunteerProfileMutation);
  const set = <K extends keyof ProfileValues>(field: K) => (value: ProfileValues[K]) => setValues((current) => ({ ...current, [field]: value }));
  const back = `/volunteering/${volunteer.id}`;

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    const found = checkProfile(values);
    setProblems(found);
    if (hasProblems(found)) return;
    try {
      await save({ variables: { volunteerId: volunteer.id, input: profileInputOf(values) } });
      await navigate(back, { state: savedState('Your details have been saved.') });
    } catch (caught) {
      setProblems(problemsFromError(caught, Object.keys(IDS) as ProfileField[]));
    }
  }

  return (
    <>
      <BackLink to={back}>Back to your volunteering</BackLink>
      <ErrorSummary problems={problems} fieldIds={IDS} />
      <PageHeading hasErrors={hasProblems(problems)}>Tell us about yourself</PageHeading>
      <p>This helps us find people you would get on with, near you, at times that suit you both.</p>
      <p>You can save your answers and come back to them at any time. Only you and our staff see them.</p>
      <form noValidate onSubmit={(event) => void handleSubmit(event)}>
        <h2 className="heading-m">What you would like to offer</h2>
        <Checkboxes
          name={IDS.offers}
          legend="What would you like to do?"
          hint="Select all that apply."
          legendSize="s"
          options={SUPPORT_KINDS.map((k) => ({ value: k.id, label: k.label, hint: k.description }))}
          values={values.offers}
          onChange={set('offers')}
          error={problems.fields.offers}
        />
        <Checkboxes
          name={IDS.contactModes}
          legend="How could you keep in touch with someone?"
          hint="Select all that apply."
          legendSize="s"
          options={CONTACT_MODES.map((m) => ({ value: m.id, label: m.label }))}
          values={values.contactModes}
          onChange={set('contactModes')}
          error={problems.fields.contactModes}
        />
        <RadioGroup
          name={IDS.capacity}
          legend="How many people could you support at once?"
          hint="Most volunteers start with 1. You can change this later."
          options={CAPACITY_OPTIONS}
          value={values.capacity}
          onChange={set('capacity')}
          error={problems.fields.capacity}
        />
        <Checkboxes
          name={IDS.skills}
          legend="Can you do any of these?"
          hint="Select all that apply. A member of staff will talk to you about them before we rely on them."
          legendSize="s"
          options={VOLUNTEER_SKILLS.map((s) => ({ value: s.id, label: s.label }))}
          values={values.skills}
          onChange={set('skills')}
          error={problems.fields.skills}
        />

        <h2 className="heading-m">When and where</h2>
        <WeekGrid
          id={IDS.weeklyAvailability}
          legend="When are you usually free?"
          hint="Select every part of the week you could usually give an hour or two."
          value={values.availability.map(toSlot)}
          onChange={(slots) => set('availability')(slots.map((s) => slotKey(s.day, s.part)))}
          error={problems.fields.weeklyAvailability}
        />
        <TextField
          id={IDS.postcode}
          label="Your postcode"
          hint="We use it to find people near you. Other people only ever see your area, like HX7."
          autoComplete="postal-code"
          width="one-half"
          value={values.postcode}
          onChange={set('postcode')}
          error={problems.fields.postcode}
        />
        <TextField
          id={IDS.travelRadiusKm}
          label="How far could you travel to meet someone, in kilometres?"
          hint="For example, 5. One mile is about 1.6 kilometres."
          inputMode="decimal"
          width="one-half"
          spellCheck={false}
          value={values.travelRadiusKm}
          onChange={set('travelRadiusKm')}
          error={problems.fields.travelRadiusKm}
        />

        <h2 className="heading-m">What you enjoy</h2>
        <p className="hint">Select anything you enjoy. Shared interests help conversations start.</p>
        {INTEREST_GROUPS.map((group, index) => (
          <Checkboxes
            key={group.id}
            name={`interests-${group.id}`}
            legend={group.label}
            legendSize="s"
            options={INTERESTS.filter((i) => i.group === group.id).map((i) => ({ value: i.id, label: i.label }))}
            values={values.interests}
            onChange={set('interests')}
            error={index === 0 ? problems.fields.interests : undefined}
          />
        ))}
        <Checkboxes
          name={IDS.languages}
          legend="Which languages do you speak?"
          hint="Select all that apply."
          legendSize="s"
          options={LANGUAGES.map((l) => ({ value: l.id, label: l.label }))}
          values={values.languages}
          onChange={set('languages')}
          error={problems.fields.languages}
        />

        <h2 className="heading-m">About you (optional)</h2>
        <p>Some people ask for a volunteer of a particular gender or age. You do not have to tell us.</p>
        <TextField
          id={IDS.gender}
          label="Your gender (optional)"
          hint={`In your own words, up to ${GENDER_MAX_LENGTH} characters.`}
          width="one-half"
          value={values.gender}
          onChange={set('gender')}
          error={problems.fields.gender}
        />
        <RadioGroup
          name={IDS.ageBand}
          legend="Your age (optional)"
          options={[...AGE_BANDS.map((b) => ({ value: b.id, label: b.label })), { value: NOT_SAID, label: 'I prefer not to say' }]}
          value={values.ageBand}
          onChange={set('ageBand')}
          error={problems.fields.ageBand}
        />

        <Button pending={loading} pendingText="Saving…">
          Save and continue
        </Button>
      </form>
    </>
  );
}
