import { useMutation } from '@apollo/client/react';
import { ADDRESS_MAX_LENGTH, CONSENT_PURPOSES, SUPPORT_KINDS, WHAT_MATTERS_MAX_LENGTH } from '@kindred/shared';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { problemsFromError } from '../../app/graphql-problems';
import type { AccessNeed, ContactMode } from '../../gql/graphql';
import { Button } from '../../ui/Button';
import { Checkboxes } from '../../ui/Checkboxes';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { hasProblems, NO_PROBLEMS, type FormProblems } from '../../ui/form-problems';
import { PageHeading } from '../../ui/PageHeading';
import { RadioGroup } from '../../ui/RadioGroup';
import { TextArea } from '../../ui/TextArea';
import { TextField } from '../../ui/TextField';
import { SessionChoice } from '../ask/SessionChoice';
import { ACCESS_NEED_CHOICES, CONTACT_MODE_CHOICES, INTEREST_CHOICES, REACH_BY_CHOICES, VOLUNTEER_GENDER_CHOICES } from '../fields/choices';
import { ConsentFacts } from '../fields/ConsentFacts';
import { GroupedCheckboxes } from '../fields/GroupedCheckboxes';
import { WeekGrid } from '../../ui/WeekGrid';
import { ReferPersonMutation } from '../operations';
import { doneState } from '../page-states';
import { checkReferral, emptyReferral, REFERRAL_FIELD_IDS as IDS, referralInput, specialIn, type ReferralField, type ReferralValues } from './referral-form';
import { ForScheme, type CaseworkScheme } from './scheme-choice';
import '../seekers.css';

export function ReferPage() {
  return <ForScheme title="Refer someone" path="/refer" page={(scheme) => <ReferForm scheme={scheme} />} />;
}

/** A link worker refers a person on their behalf. Nothing is saved without their consent recorded. */
function ReferForm({ scheme }: { scheme: CaseworkScheme }) {
  const navigate = useNavigate();
  const [v, setValues] = useState<ReferralValues>(emptyReferral);
  const [problems, setProblems] = useState<FormProblems<ReferralField>>(NO_PROBLEMS);
  const [refer, { loading }] = useMutation(ReferPersonMutation);
  const set = <K extends keyof ReferralValues>(key: K) => (value: ReferralValues[K]) => setValues((current) => ({ ...current, [key]: value }));
  const p = problems.fields;

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    const found = checkReferral(v);
    setProblems(found);
    if (hasProblems(found)) return;
    try {
      const { data } = await refer({ variables: { input: referralInput(scheme.id, v) } });
      if (data) await navigate(`/seekers/${data.referPerson.id}`, { state: doneState(`${v.name.trim()} has been referred and is on the waiting list.`) });
    } catch (caught) {
      setProblems(problemsFromError(caught, Object.keys(IDS) as ReferralField[]));
    }
  }

  return (
    <>
      <ErrorSummary problems={problems} fieldIds={IDS} />
      <span className="caption-m">{scheme.name}</span>
      <PageHeading hasErrors={hasProblems(problems)}>Refer someone</PageHeading>
      <p>Use this form when someone has asked you to find them company. Fill it in with them, or from what they told you.</p>
      <form noValidate onSubmit={(event) => void handleSubmit(event)} className="narrow-column">
        <h2 className="heading-m">Their details</h2>
        <TextField id="name" label="Their name" hint="The name they like to be called." autoComplete="off" value={v.name} onChange={set('name')} error={p.name} />
        <TextField id="phone" label="Phone number" type="tel" autoComplete="off" width="one-half" value={v.phone} onChange={set('phone')} error={p.phone} />
        <TextField id="email" label="Email address (optional)" type="email" autoComplete="off" spellCheck={false} value={v.email} onChange={set('email')} error={p.email} />
        <TextArea id="address" label="Postal address (optional)" rows={3} maxLength={ADDRESS_MAX_LENGTH} value={v.address} onChange={set('address')} error={p.address} />
        <TextField id="postcode" label="Postcode" hint="Volunteers only ever see the area, like HX7." width="one-half" value={v.postcode} onChange={set('postcode')} error={p.postcode} />
        <RadioGroup name="preferredContact" legend="How do they like to be contacted?" options={REACH_BY_CHOICES} value={v.preferredContact} onChange={set('preferredContact')} error={p.preferredContact} />

        <h2 className="heading-m">What they would like</h2>
        <RadioGroup
          name="kind"
          legend="What would they like?"
          options={SUPPORT_KINDS.map((k) => ({ value: k.id, label: k.label, hint: k.description }))}
          value={v.kind}
          onChange={set('kind')}
          error={p.kind}
        />
        {v.kind === 'FIRST_SESSION_COMPANION' ? <SessionChoice schemeId={scheme.id} value={v.session} onChange={set('session')} error={p.session} /> : null}
        <Checkboxes
          name="contactModes"
          legend="How would they like to keep in touch with a volunteer?"
          options={CONTACT_MODE_CHOICES}
          values={v.contactModes}
          onChange={(values) => set('contactModes')(values as ContactMode[])}
          error={p.contactModes}
        />

        <h2 className="heading-m">About them</h2>
        <TextArea
          id="whatMattersToMe"
          label="What matters to them (optional)"
          hint="In their words if you can."
          rows={5}
          maxLength={WHAT_MATTERS_MAX_LENGTH}
          value={v.whatMattersToMe}
          onChange={set('whatMattersToMe')}
          error={p.whatMattersToMe}
        />
        <GroupedCheckboxes name="interests" heading={<h3 className="heading-s">What they enjoy (optional)</h3>} groups={INTEREST_CHOICES} values={v.interests} onChange={set('interests')} error={p.interests} />
        <GroupedCheckboxes
          name="accessNeeds"
          heading={<h3 className="heading-s">What helps them take part (optional)</h3>}
          hint="Record the need, not a diagnosis. Needs are recorded only with their consent."
          groups={ACCESS_NEED_CHOICES}
          values={v.accessNeeds}
          onChange={(values) => set('accessNeeds')(values as AccessNeed[])}
          error={p.accessNeeds}
        />
        <WeekGrid id="weeklyAvailability" legend="When are they usually free? (optional)" value={v.weeklyAvailability} onChange={set('weeklyAvailability')} error={p.weeklyAvailability} />
        <RadioGroup name="volunteerGender" legend="Would they like their volunteer to be a woman or a man?" options={VOLUNTEER_GENDER_CHOICES} value={v.volunteerGender} onChange={set('volunteerGender')} error={p.volunteerGender} />

        <h2 className="heading-m">Their consent</h2>
        <p>Explain what Kindred is, who will see their details, and that they can change their mind at any time. Then record what they agreed to.</p>
        <Checkboxes
          name="consents"
          legend="What did they agree to?"
          hint="They must agree to the first two for you to refer them. Select the third if you are recording what helps them take part."
          options={CONSENT_PURPOSES.map((purpose) => ({ value: purpose.id, label: purpose.label, hint: purpose.description }))}
          values={v.consents}
          onChange={set('consents')}
          error={p.consents}
        />
        <ConsentFacts values={v.consent} onChange={set('consent')} problems={p} special={specialIn(v.consents)} />
        <Button pending={loading} pendingText="Saving…">
          Refer them
        </Button>
      </form>
    </>
  );
}
