import { ADDRESS_MAX_LENGTH, OTHER_PREFERENCES_MAX_LENGTH } from '@kindred/shared';
import { useState } from 'react';
import type { ContactMode, ReachBy, VolunteerGenderPreference } from '../../gql/graphql';
import { Checkboxes } from '../../ui/Checkboxes';
import { hasProblems, NO_PROBLEMS } from '../../ui/form-problems';
import { PageHeading } from '../../ui/PageHeading';
import { RadioGroup } from '../../ui/RadioGroup';
import { Select } from '../../ui/Select';
import { TextArea } from '../../ui/TextArea';
import { TextField } from '../../ui/TextField';
import { CONTACT_MODE_CHOICES, LANGUAGE_CHOICES, REACH_BY_CHOICES, TRAVEL_CHOICES, VOLUNTEER_GENDER_CHOICES } from '../fields/choices';
import { StepForm } from './StepForm';
import { useStep, type StepProps } from './StepPages';

type TouchField = 'contactModes' | 'preferredContact' | 'phone' | 'address';
const TOUCH_IDS: Record<TouchField, string> = { contactModes: 'contactModes', preferredContact: 'preferredContact', phone: 'phone', address: 'address' };

export function KeepingInTouchStep({ support }: StepProps) {
  const step = useStep<TouchField>('keeping-in-touch');
  const { profile, contact } = support.aboutMe;
  const [modes, setModes] = useState<ContactMode[]>(profile.contactModes);
  const [preferred, setPreferred] = useState<string>(contact.preferredContact ?? '');
  const [phone, setPhone] = useState(contact.phone ?? '');
  const [address, setAddress] = useState(contact.address ?? '');
  const submit = async () => {
    const input = {
      profile: { contactModes: modes },
      contact: { phone, address, ...(preferred ? { preferredContact: preferred as ReachBy } : {}) },
    };
    step.setProblems((await step.save(input, Object.keys(TOUCH_IDS) as TouchField[])) ?? NO_PROBLEMS);
  };
  return (
    <StepForm back={step.back} problems={step.problems} fieldIds={TOUCH_IDS} onSubmit={() => void submit()} saving={step.saving} finishing={step.finishing}>
      <PageHeading hasErrors={hasProblems(step.problems)}>How would you like to keep in touch?</PageHeading>
      <Checkboxes
        name="contactModes"
        legend="With a volunteer"
        legendSize="m"
        hint="Select all the ways you would be happy with."
        options={CONTACT_MODE_CHOICES}
        values={modes}
        onChange={(values) => setModes(values as ContactMode[])}
        error={step.problems.fields.contactModes}
      />
      <RadioGroup
        name="preferredContact"
        legend="How should your link worker contact you?"
        hint="Your link worker is the person at your local scheme who looks after your request."
        options={REACH_BY_CHOICES}
        value={preferred}
        onChange={setPreferred}
        error={step.problems.fields.preferredContact}
      />
      <TextField
        id="phone"
        label="Phone number (optional)"
        hint="For calls or text messages. Only you and your link worker see it."
        type="tel"
        autoComplete="tel"
        width="one-half"
        value={phone}
        onChange={setPhone}
        error={step.problems.fields.phone}
      />
      <TextArea
        id="address"
        label="Postal address (optional)"
        hint="Only if you would like letters. Only you and your link worker see it."
        rows={3}
        maxLength={ADDRESS_MAX_LENGTH}
        value={address}
        onChange={setAddress}
        error={step.problems.fields.address}
      />
    </StepForm>
  );
}

type WhereField = 'postcode' | 'travelRadiusKm';

export function WhereStep({ support }: StepProps) {
  const step = useStep<WhereField>('where');
  const { profile } = support.aboutMe;
  const [postcode, setPostcode] = useState(profile.postcode ?? '');
  const [travel, setTravel] = useState(profile.travelRadiusKm === null ? '' : String(profile.travelRadiusKm));
  const submit = async () => {
    const input = { profile: { ...(postcode.trim() ? { postcode } : {}), ...(travel ? { travelRadiusKm: Number(travel) } : {}) } };
    step.setProblems((await step.save(input, ['postcode', 'travelRadiusKm'])) ?? NO_PROBLEMS);
  };
  return (
    <StepForm back={step.back} problems={step.problems} fieldIds={{ postcode: 'postcode', travelRadiusKm: 'travelRadiusKm' }} onSubmit={() => void submit()} saving={step.saving} finishing={step.finishing}>
      <PageHeading hasErrors={hasProblems(step.problems)}>Where do you live?</PageHeading>
      <TextField
        id="postcode"
        label="Postcode"
        hint="We use it to find volunteers and activities near you. Volunteers only see your area, like HX7, never your address."
        autoComplete="postal-code"
        width="one-half"
        value={postcode}
        onChange={setPostcode}
        error={step.problems.fields.postcode}
      />
      <RadioGroup
        name="travelRadiusKm"
        legend="How far could you travel to meet someone?"
        options={TRAVEL_CHOICES}
        value={travel}
        onChange={setTravel}
        error={step.problems.fields.travelRadiusKm}
      />
    </StepForm>
  );
}

type VolunteerField = 'volunteerGender' | 'languages' | 'preferredLanguages' | 'otherPreferences';
const VOLUNTEER_IDS: Record<VolunteerField, string> = {
  volunteerGender: 'volunteerGender',
  languages: 'languages',
  preferredLanguages: 'preferredLanguages',
  otherPreferences: 'otherPreferences',
};

export function YourVolunteerStep({ support }: StepProps) {
  const step = useStep<VolunteerField>('your-volunteer');
  const { aboutMe } = support;
  const [gender, setGender] = useState<string>(aboutMe.volunteerGender);
  const [languages, setLanguages] = useState<string[]>(aboutMe.profile.languages);
  const [preferredLanguage, setPreferredLanguage] = useState(aboutMe.preferredLanguages[0] ?? '');
  const [other, setOther] = useState(aboutMe.otherPreferences ?? '');
  const submit = async () => {
    const input = {
      volunteerGender: gender as VolunteerGenderPreference,
      profile: { languages },
      preferredLanguages: preferredLanguage ? [preferredLanguage] : [],
      otherPreferences: other,
    };
    step.setProblems((await step.save(input, Object.keys(VOLUNTEER_IDS) as VolunteerField[])) ?? NO_PROBLEMS);
  };
  return (
    <StepForm back={step.back} problems={step.problems} fieldIds={VOLUNTEER_IDS} onSubmit={() => void submit()} saving={step.saving} finishing={step.finishing}>
      <PageHeading hasErrors={hasProblems(step.problems)}>Your volunteer</PageHeading>
      <RadioGroup
        name="volunteerGender"
        legend="Would you like your volunteer to be a woman or a man?"
        options={VOLUNTEER_GENDER_CHOICES}
        value={gender}
        onChange={setGender}
        error={step.problems.fields.volunteerGender}
      />
      <div className="two-column-choices">
        <Checkboxes
          name="languages"
          legend="Which languages do you speak?"
          hint="Select all that you speak. British Sign Language is under what helps you take part."
          options={LANGUAGE_CHOICES}
          values={languages}
          onChange={setLanguages}
          error={step.problems.fields.languages}
        />
      </div>
      <Select
        id="preferredLanguages"
        label="Is there a language you would most like to speak with your volunteer?"
        placeholder="No, any of mine is fine"
        options={LANGUAGE_CHOICES}
        value={preferredLanguage}
        onChange={setPreferredLanguage}
        error={step.problems.fields.preferredLanguages}
      />
      <TextArea
        id="otherPreferences"
        label="Is there anything else we should know about who you would like to meet? (optional)"
        hint="For example, someone who likes dogs, or someone about your age."
        rows={3}
        maxLength={OTHER_PREFERENCES_MAX_LENGTH}
        value={other}
        onChange={setOther}
        error={step.problems.fields.otherPreferences}
      />
    </StepForm>
  );
}
