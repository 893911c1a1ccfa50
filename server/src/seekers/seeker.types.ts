import { Field, ID, Int, ObjectType } from 'type-graphql';
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
import { SchemeView } from '../accounts/account.types.js';
import { ProfileDetailsView } from '../people/profile.types.js';
import { ContactModeEnum, SupportKindEnum } from '../people/vocabulary.types.js';
import {
  ConsentPurposeEnum,
  ContactMethodEnum,
  LawfulBasisEnum,
  ReachByEnum,
  ReferralRouteEnum,
  RequestClosedReasonEnum,
  RequestStatusEnum,
  SpecialCategoryConditionEnum,
  VolunteerGenderPreferenceEnum,
} from './seeker.enums.js';
import type { ReferralRoute } from './seeker.entity.js';
import type { RequestClosedReason, RequestStatus } from './support-request.entity.js';

@ObjectType('ContactDetails', { description: 'How to reach a person. Only the person and their scheme’s link workers and administrators see this.' })
export class ContactDetailsView {
  @Field(() => String, { nullable: true }) phone!: string | null;
  @Field(() => String, { nullable: true }) email!: string | null;
  @Field(() => String, { nullable: true }) address!: string | null;
  @Field(() => ReachByEnum, { nullable: true }) preferredContact!: ReachBy | null;
}

@ObjectType('AboutMe', { description: 'What a person seeking company has told us about themself' })
export class AboutMeView {
  @Field() name!: string;
  @Field(() => String, { nullable: true, description: 'In their own words' }) whatMattersToMe!: string | null;
  @Field(() => ProfileDetailsView) profile!: ProfileDetailsView;
  @Field(() => VolunteerGenderPreferenceEnum) volunteerGender!: VolunteerGenderPreference;
  @Field(() => [String], { description: 'Languages they would rather their volunteer spoke, as ISO 639-1 codes' }) preferredLanguages!: string[];
  @Field(() => String, { nullable: true }) otherPreferences!: string | null;
  @Field(() => ContactDetailsView) contact!: ContactDetailsView;
}

@ObjectType('QueuePlace', { description: 'Where a waiting request stands among those of its kind in its scheme' })
export class QueuePlaceView {
  @Field(() => Int) position!: number;
  @Field(() => Int, { description: 'How many people have waited longer' }) ahead!: number;
  @Field(() => Int) inQueue!: number;
  @Field({ description: 'For the person, e.g. "You are 3rd in the queue for a befriender."' }) inWords!: string;
  @Field(() => Int, { nullable: true, description: 'The median recent wait in weeks; null when too few matches to say' })
  typicalWaitWeeks!: number | null;
  @Field(() => String, { nullable: true }) typicalWaitInWords!: string | null;
}

@ObjectType('SupportRequest', { description: 'A request for a befriender, or for a companion to a first session of an activity' })
export class SupportRequestView {
  @Field(() => ID) id!: string;
  @Field(() => SupportKindEnum) kind!: SupportKind;
  @Field(() => RequestStatusEnum) status!: RequestStatus;
  @Field(() => RequestClosedReasonEnum, { nullable: true }) closedReason!: RequestClosedReason | null;
  @Field(() => ID, { nullable: true, description: 'For a companion: the activity in the directory' }) activityId!: string | null;
  @Field(() => String, { nullable: true, description: 'For a companion: the name of the activity' }) activityTitle!: string | null;
  @Field(() => Date, { nullable: true, description: 'For a companion: when the chosen session starts' }) sessionStartsAt!: Date | null;
  @Field(() => [ContactModeEnum]) contactModes!: ContactMode[];
  @Field(() => String, { nullable: true }) notes!: string | null;
  @Field(() => Date, { description: 'When they asked: the start of their wait' }) createdAt!: Date;
  @Field(() => Date) statusChangedAt!: Date;
  @Field(() => QueuePlaceView, { nullable: true, description: 'Only while waiting' }) queue!: QueuePlaceView | null;
}

@ObjectType('Consent', { description: 'A consent a person gave, with its lawful basis (UK GDPR)' })
export class ConsentView {
  @Field(() => ID) id!: string;
  @Field(() => ConsentPurposeEnum) purpose!: ConsentPurpose;
  @Field(() => LawfulBasisEnum) lawfulBasis!: LawfulBasis;
  @Field(() => SpecialCategoryConditionEnum, { nullable: true }) specialCategoryCondition!: SpecialCategoryCondition | null;
  @Field() agreedWords!: string;
  @Field({ description: 'YYYY-MM-DD' }) agreedOn!: string;
  @Field({ description: 'True when staff recorded it on the person’s behalf' }) recordedOnBehalf!: boolean;
  @Field() recordedByName!: string;
  @Field(() => Date) recordedAt!: Date;
  @Field(() => Date, { nullable: true }) withdrawnAt!: Date | null;
}

@ObjectType('MySupport', { description: 'Everything a person seeking company sees about their own support in one scheme' })
export class MySupportView {
  @Field(() => SchemeView) scheme!: SchemeView;
  @Field(() => AboutMeView) aboutMe!: AboutMeView;
  @Field(() => [SupportRequestView], { description: 'Newest first' }) requests!: SupportRequestView[];
  @Field(() => [ConsentView]) consents!: ConsentView[];
}

@ObjectType('Referral', { description: 'How a person came to the scheme' })
export class ReferralView {
  @Field(() => ReferralRouteEnum) route!: ReferralRoute;
  @Field(() => String, { nullable: true }) referredByName!: string | null;
  @Field(() => Date) at!: Date;
}

@ObjectType('ContactRecord', { description: 'A time the scheme was in touch with a person' })
export class ContactRecordView {
  @Field(() => ID) id!: string;
  @Field(() => Date) contactedAt!: Date;
  @Field(() => ContactMethodEnum) method!: ContactMethod;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field() recordedByName!: string;
}

@ObjectType('Seeker', { description: 'A person seeking company, as their scheme’s link workers and administrators see them' })
export class SeekerView {
  @Field(() => ID) id!: string;
  @Field(() => SchemeView) scheme!: SchemeView;
  @Field({ description: 'Whether they have a Kindred account of their own' }) hasAccount!: boolean;
  @Field(() => AboutMeView) aboutMe!: AboutMeView;
  @Field(() => ReferralView) referral!: ReferralView;
  @Field(() => Date, { nullable: true }) lastContactedAt!: Date | null;
  @Field(() => [SupportRequestView], { description: 'Newest first' }) requests!: SupportRequestView[];
  @Field(() => [ConsentView]) consents!: ConsentView[];
  @Field(() => [ContactRecordView], { description: 'Newest first' }) contacts!: ContactRecordView[];
}

@ObjectType('WaitingListEntry', { description: 'One waiting request on a scheme’s waiting list' })
export class WaitingListEntryView {
  @Field(() => ID) seekerId!: string;
  @Field() name!: string;
  @Field(() => Date, { nullable: true }) lastContactedAt!: Date | null;
  @Field(() => SupportRequestView) request!: SupportRequestView;
}
