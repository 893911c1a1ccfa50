import { ArrayMaxSize } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import type {
  ConsentPurpose,
  ContactMethod,
  ContactMode,
  LawfulBasis,
  ReachBy,
  SpecialCategoryCondition,
  SupportKind,
  VolunteerGenderPreference,
} from '@kindred/shared';
import { ProfileDetailsInput } from '../people/profile.types.js';
import { ContactModeEnum, SupportKindEnum } from '../people/vocabulary.types.js';
import {
  ConsentPurposeEnum,
  ContactMethodEnum,
  LawfulBasisEnum,
  ReachByEnum,
  SpecialCategoryConditionEnum,
  VolunteerGenderPreferenceEnum,
} from './seeker.enums.js';

// Bounds on list sizes, so one request cannot carry an unbounded amount of work.
const MAX_LANGUAGES = 40;
const MAX_CONTACT_MODES = 10;
const MAX_CONSENTS = 10;

@InputType({ description: 'How to reach a person. Omitted fields stay as they are; an empty string clears one.' })
export class ContactDetailsInput {
  @Field({ nullable: true }) phone?: string;
  @Field({ nullable: true }) email?: string;
  @Field({ nullable: true }) address?: string;
  @Field(() => ReachByEnum, { nullable: true }) preferredContact?: ReachBy;
}

@InputType({ description: 'A person’s own answers about themself. Omitted fields stay as they are.' })
export class UpdateMyAboutMeInput {
  @Field(() => ID, { nullable: true, description: 'Needed only by a person seeking company in more than one scheme' }) schemeId?: string;
  @Field({ nullable: true }) whatMattersToMe?: string;
  @Field(() => ProfileDetailsInput, { nullable: true }) profile?: ProfileDetailsInput;
  @Field(() => VolunteerGenderPreferenceEnum, { nullable: true }) volunteerGender?: VolunteerGenderPreference;
  @Field(() => [String], { nullable: true, description: 'ISO 639-1 codes' }) @ArrayMaxSize(MAX_LANGUAGES) preferredLanguages?: string[];
  @Field({ nullable: true }) otherPreferences?: string;
  @Field(() => ContactDetailsInput, { nullable: true }) contact?: ContactDetailsInput;
  @Field({ nullable: true, description: 'Needed the first time access needs are saved: the person agrees we may record them' })
  agreeToRecordNeeds?: boolean;
}

@InputType({ description: 'What a person is asking for' })
export class SupportRequestInput {
  @Field(() => SupportKindEnum) kind!: SupportKind;
  @Field(() => ID, { nullable: true, description: 'For a companion: the activity in the directory' }) activityId?: string;
  @Field(() => Date, { nullable: true, description: 'For a companion: when the chosen session starts' }) sessionStartsAt?: Date;
  @Field(() => [ContactModeEnum]) @ArrayMaxSize(MAX_CONTACT_MODES) contactModes!: ContactMode[];
  @Field({ nullable: true }) notes?: string;
}

@InputType()
export class AskForSupportInput extends SupportRequestInput {
  @Field(() => ID, { nullable: true, description: 'Needed only by a person seeking company in more than one scheme' }) schemeId?: string;
  @Field({ nullable: true, description: 'Needed the first time: the person agrees we may share what a volunteer needs to know' })
  agreeToShareWithVolunteer?: boolean;
}

@InputType({ description: 'A consent given to a member of staff, recorded on the person’s behalf' })
export class ConsentInput {
  @Field(() => ConsentPurposeEnum) purpose!: ConsentPurpose;
  @Field(() => LawfulBasisEnum) lawfulBasis!: LawfulBasis;
  @Field(() => SpecialCategoryConditionEnum, { nullable: true }) specialCategoryCondition?: SpecialCategoryCondition;
  @Field({ description: 'What was explained and what they agreed, in words' }) agreedWords!: string;
  @Field({ description: 'The day they agreed, YYYY-MM-DD' }) agreedOn!: string;
}

@InputType({ description: 'A link worker referring a person, with their consent' })
export class ReferPersonInput {
  @Field(() => ID) schemeId!: string;
  @Field() name!: string;
  @Field(() => ContactDetailsInput) contact!: ContactDetailsInput;
  @Field({ nullable: true }) whatMattersToMe?: string;
  @Field(() => ProfileDetailsInput, { nullable: true }) profile?: ProfileDetailsInput;
  @Field(() => VolunteerGenderPreferenceEnum, { nullable: true }) volunteerGender?: VolunteerGenderPreference;
  @Field(() => [String], { nullable: true, description: 'ISO 639-1 codes' }) @ArrayMaxSize(MAX_LANGUAGES) preferredLanguages?: string[];
  @Field({ nullable: true }) otherPreferences?: string;
  @Field(() => SupportRequestInput) request!: SupportRequestInput;
  @Field(() => [ConsentInput], { description: 'Must include REFERRAL and SHARE_WITH_VOLUNTEER, and ACCESS_NEEDS when needs are given' })
  @ArrayMaxSize(MAX_CONSENTS)
  consents!: ConsentInput[];
}

@InputType()
export class RecordConsentInput extends ConsentInput {
  @Field(() => ID) seekerId!: string;
}

@InputType({ description: 'A time the scheme was in touch with a person' })
export class RecordContactInput {
  @Field(() => ID) seekerId!: string;
  @Field(() => Date, { nullable: true, description: 'When; now if omitted' }) contactedAt?: Date;
  @Field(() => ContactMethodEnum) method!: ContactMethod;
  @Field({ nullable: true }) note?: string;
}
