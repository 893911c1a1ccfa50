import { Field, ID, Int, ObjectType } from 'type-graphql';
import type {
  AgeBand,
  DbsLevel,
  ReferenceStatus,
  StepStatus,
  SupportKind,
  TrainingModule,
  VettingActor,
  VettingStage,
  VettingStep,
  VolunteerSkill,
} from '@kindred/shared';
import { SchemeView } from '../accounts/account.types.js';
import { ProfileDetailsView } from '../people/profile.types.js';
import { SupportKindEnum, VolunteerSkillEnum } from '../people/vocabulary.types.js';
import {
  AgeBandEnum,
  DbsLevelEnum,
  ReferenceStatusEnum,
  StepStatusEnum,
  TrainingModuleEnum,
  VettingActorEnum,
  VettingStageEnum,
  VettingStepEnum,
} from './vetting.enums.js';

const DATE = 'YYYY-MM-DD, in London time';

@ObjectType('VettingStepProgress')
export class VettingStepView {
  @Field(() => VettingStepEnum) step!: VettingStep;
  @Field(() => StepStatusEnum) status!: StepStatus;
}

@ObjectType('Vetting', { description: 'Where a volunteer is in vetting and what comes next' })
export class VettingView {
  @Field(() => VettingStageEnum) stage!: VettingStage;
  @Field(() => [VettingStepView]) steps!: VettingStepView[];
  @Field({ description: 'What happens next, in words for whoever is asking (the volunteer or staff)' }) nextStep!: string;
  @Field(() => VettingActorEnum, { nullable: true, description: 'Who does the next step; null when nothing is waiting' })
  nextActor!: VettingActor | null;
  @Field({ description: 'Approved, DBS check current and not paused: matching may offer them someone new' })
  eligibleForNewMatches!: boolean;
  @Field(() => [String], { description: 'What is missing before staff can approve, in words; empty when they can' })
  approvalNeeds!: string[];
}

@ObjectType('Reference', { description: 'A referee the volunteer named, and their reference' })
export class ReferenceView {
  @Field(() => ID) id!: string;
  @Field() refereeName!: string;
  @Field() relationship!: string;
  @Field({ description: 'Email address or phone number' }) contact!: string;
  @Field(() => ReferenceStatusEnum) status!: ReferenceStatus;
  @Field(() => String, { nullable: true, description: DATE }) receivedOn!: string | null;
  @Field(() => String, { nullable: true }) receivedBy!: string | null;
  @Field(() => String, { nullable: true, description: DATE }) verifiedOn!: string | null;
  @Field(() => String, { nullable: true }) verifiedBy!: string | null;
}

@ObjectType('DbsCheck', { description: 'The most recent DBS check staff have seen' })
export class DbsCheckView {
  @Field(() => DbsLevelEnum) level!: DbsLevel;
  @Field({ description: DATE }) issuedOn!: string;
  @Field({ description: `${DATE}. From this date the check has lapsed.` }) recheckDueOn!: string;
  @Field(() => String, { nullable: true, description: 'The last 4 digits of the certificate number; the rest is never kept' })
  certificateEnding!: string | null;
  @Field() current!: boolean;
  @Field(() => String, { nullable: true }) recordedBy!: string | null;
  @Field({ description: DATE }) recordedOn!: string;
}

@ObjectType('TrainingProgress', { description: 'One training module, done or not' })
export class TrainingView {
  @Field(() => TrainingModuleEnum) module!: TrainingModule;
  @Field(() => String, { nullable: true, description: DATE }) completedOn!: string | null;
  @Field(() => String, { nullable: true }) recordedBy!: string | null;
}

@ObjectType('DeclaredSkill', { description: 'A skill the volunteer says they have; matching relies on it only once staff confirm it' })
export class DeclaredSkillView {
  @Field(() => VolunteerSkillEnum) skill!: VolunteerSkill;
  @Field() confirmed!: boolean;
  @Field(() => String, { nullable: true, description: DATE }) confirmedOn!: string | null;
  @Field(() => String, { nullable: true }) confirmedBy!: string | null;
}

@ObjectType('Volunteer', { description: 'A volunteer with one scheme, as they and the scheme’s staff see them' })
export class VolunteerView {
  @Field(() => ID) id!: string;
  @Field(() => SchemeView) scheme!: SchemeView;
  @Field() displayName!: string;
  @Field() email!: string;
  @Field(() => [SupportKindEnum]) offers!: SupportKind[];
  @Field(() => [DeclaredSkillView]) skills!: DeclaredSkillView[];
  @Field(() => Int, { description: 'How many people they support at once' }) capacity!: number;
  @Field(() => String, { nullable: true, description: 'Self-described, optional' }) gender!: string | null;
  @Field(() => AgeBandEnum, { nullable: true }) ageBand!: AgeBand | null;
  @Field(() => ProfileDetailsView) profile!: ProfileDetailsView;
  @Field(() => String, { nullable: true, description: DATE }) applicationSentOn!: string | null;
  @Field(() => String, { nullable: true, description: DATE }) approvedOn!: string | null;
  @Field(() => String, { nullable: true }) approvedBy!: string | null;
  @Field() paused!: boolean;
  @Field(() => String, { nullable: true, description: DATE }) pausedOn!: string | null;
  @Field(() => String, { nullable: true }) pauseReason!: string | null;
  @Field(() => VettingView) vetting!: VettingView;
  @Field(() => [ReferenceView]) references!: ReferenceView[];
  @Field(() => DbsCheckView, { nullable: true }) dbsCheck!: DbsCheckView | null;
  @Field(() => [TrainingView], { description: 'Every required module, done or not' }) training!: TrainingView[];
}

@ObjectType('VolunteerToCheck', { description: 'A volunteer in a link worker’s vetting queue' })
export class VolunteerToCheckView {
  @Field(() => ID) id!: string;
  @Field() displayName!: string;
  @Field(() => String, { nullable: true, description: 'The postcode district, such as HX7' }) area!: string | null;
  @Field(() => VettingStageEnum) stage!: VettingStage;
  @Field() nextStep!: string;
  @Field({ description: `Since when they have waited at this stage, ${DATE}` }) waitingSince!: string;
  @Field() paused!: boolean;
}
