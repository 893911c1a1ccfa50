import { OWN_CONSENT_WORDS, WHAT_MATTERS_MAX_LENGTH } from '@kindred/shared';
import { useState } from 'react';
import { SingleCheckbox } from '../../ui/Checkboxes';
import { hasProblems, NO_PROBLEMS, type FormProblems } from '../../ui/form-problems';
import { PageHeading } from '../../ui/PageHeading';
import { TextArea } from '../../ui/TextArea';
import { ACCESS_NEED_CHOICES, INTEREST_CHOICES } from '../fields/choices';
import { GroupedCheckboxes } from '../fields/GroupedCheckboxes';
import { WeekGrid, type WeekSlot as Slot } from '../../ui/WeekGrid';
import type { AccessNeed, MySupportQuery } from '../../gql/graphql';
import { StepForm } from './StepForm';
import { neighbours, type AboutMeStep } from './steps';
import { useAboutMeSave } from './use-about-me-save';

export type Support = MySupportQuery['mySupport'];
export type StepProps = { support: Support };

/** Shared by every step: the save hook, the problems shown, and whether the button finishes. */
export function useStep<Field extends string>(step: AboutMeStep) {
  const saving = useAboutMeSave(step);
  const [problems, setProblems] = useState<FormProblems<Field>>(NO_PROBLEMS);
  const finishing = saving.fromSummary || neighbours(step).next === null;
  return { ...saving, problems, setProblems, finishing };
}

export function WhatMattersStep({ support }: StepProps) {
  const step = useStep<'whatMattersToMe'>('what-matters');
  const [text, setText] = useState(support.aboutMe.whatMattersToMe ?? '');
  const submit = async () => step.setProblems((await step.save({ whatMattersToMe: text }, ['whatMattersToMe'])) ?? NO_PROBLEMS);
  return (
    <StepForm back={step.back} problems={step.problems} fieldIds={{ whatMattersToMe: 'whatMattersToMe' }} onSubmit={() => void submit()} saving={step.saving} finishing={step.finishing}>
      <PageHeading hasErrors={hasProblems(step.problems)}>What matters to you?</PageHeading>
      <p>This helps us find someone you will get on with. Write as much or as little as you like.</p>
      <TextArea
        id="whatMattersToMe"
        label="Tell us in your own words"
        hint="For example, the people and places you care about, what you used to do, or what you would like to try."
        value={text}
        onChange={setText}
        rows={8}
        maxLength={WHAT_MATTERS_MAX_LENGTH}
        error={step.problems.fields.whatMattersToMe}
      />
    </StepForm>
  );
}

export function InterestsStep({ support }: StepProps) {
  const step = useStep<'interests'>('interests');
  const [chosen, setChosen] = useState<string[]>(support.aboutMe.profile.interests);
  const submit = async () => step.setProblems((await step.save({ profile: { interests: chosen } }, ['interests'])) ?? NO_PROBLEMS);
  return (
    <StepForm back={step.back} problems={step.problems} fieldIds={{ interests: 'interests' }} onSubmit={() => void submit()} saving={step.saving} finishing={step.finishing}>
      <GroupedCheckboxes
        name="interests"
        heading={<PageHeading hasErrors={hasProblems(step.problems)}>What do you enjoy?</PageHeading>}
        hint="Select all that you enjoy, or would like to try. You can leave this out."
        groups={INTEREST_CHOICES}
        values={chosen}
        onChange={setChosen}
        error={step.problems.fields.interests}
      />
    </StepForm>
  );
}

export function AccessNeedsStep({ support }: StepProps) {
  const step = useStep<'accessNeeds' | 'agreeToRecordNeeds'>('access-needs');
  const [needs, setNeeds] = useState<AccessNeed[]>(support.aboutMe.profile.accessNeeds);
  const agreedBefore = support.consents.some((c) => c.purpose === 'ACCESS_NEEDS' && !c.withdrawnAt);
  const [agree, setAgree] = useState(false);
  const submit = async () => {
    const input = { profile: { accessNeeds: needs }, ...(agreedBefore ? {} : { agreeToRecordNeeds: agree }) };
    step.setProblems((await step.save(input, ['accessNeeds', 'agreeToRecordNeeds'])) ?? NO_PROBLEMS);
  };
  return (
    <StepForm
      back={step.back}
      problems={step.problems}
      fieldIds={{ accessNeeds: 'accessNeeds', agreeToRecordNeeds: 'agreeToRecordNeeds' }}
      onSubmit={() => void submit()}
      saving={step.saving}
      finishing={step.finishing}
    >
      <GroupedCheckboxes
        name="accessNeeds"
        heading={<PageHeading hasErrors={hasProblems(step.problems)}>What helps you take part?</PageHeading>}
        hint="Tell us what you need, not why. Select all that apply, or none."
        groups={ACCESS_NEED_CHOICES}
        values={needs}
        onChange={(values) => setNeeds(values as AccessNeed[])}
        error={step.problems.fields.accessNeeds}
      />
      {agreedBefore ? null : (
        <>
          <h2 className="heading-m">Who sees this</h2>
          <p>
            Only you and your link worker see what you tell us here. When you say yes to a volunteer, they see the needs that
            matter for meeting you. You can ask us to remove this at any time.
          </p>
          <SingleCheckbox
            id="agreeToRecordNeeds"
            label={OWN_CONSENT_WORDS.ACCESS_NEEDS}
            hint="We need you to agree before we can keep this. If you would rather not, leave the needs unticked."
            checked={agree}
            onChange={setAgree}
            error={step.problems.fields.agreeToRecordNeeds}
          />
        </>
      )}
    </StepForm>
  );
}

export function WhenFreeStep({ support }: StepProps) {
  const step = useStep<'weeklyAvailability'>('when-free');
  const [slots, setSlots] = useState<Slot[]>(support.aboutMe.profile.weeklyAvailability.map(({ day, part }) => ({ day, part })));
  const submit = async () => step.setProblems((await step.save({ profile: { weeklyAvailability: slots } }, ['weeklyAvailability'])) ?? NO_PROBLEMS);
  return (
    <StepForm back={step.back} problems={step.problems} fieldIds={{ weeklyAvailability: 'weeklyAvailability' }} onSubmit={() => void submit()} saving={step.saving} finishing={step.finishing}>
      <WeekGrid
        id="weeklyAvailability"
        legend={<PageHeading hasErrors={hasProblems(step.problems)}>When are you usually free?</PageHeading>}
        hint="Select the times you could usually meet or talk. There is no need to be exact."
        value={slots}
        onChange={setSlots}
        error={step.problems.fields.weeklyAvailability}
      />
    </StepForm>
  );
}
