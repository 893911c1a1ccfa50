import { Field, ID, InputType, Int } from 'type-graphql';
import type { AgeBand, DbsLevel, SupportKind, TrainingModule, VolunteerSkill } from '@kindred/shared';
import { ProfileDetailsInput } from '../people/profile.types.js';
import { SupportKindEnum, VolunteerSkillEnum } from '../people/vocabulary.types.js';
import { AgeBandEnum, DbsLevelEnum, TrainingModuleEnum } from './vetting.enums.js';

@InputType({ description: 'What a volunteer tells us about themself. Omitted fields stay as they are.' })
export class VolunteerProfileInput {
  @Field(() => [SupportKindEnum], { nullable: true }) offers?: SupportKind[];
  @Field(() => [VolunteerSkillEnum], { nullable: true, description: 'Self-declared; staff confirm those that meet a need' })
  skills?: VolunteerSkill[];
  @Field(() => Int, { nullable: true, description: 'How many people at once, 1 to 5' }) capacity?: number;
  @Field(() => String, { nullable: true, description: 'Self-described. An empty string or null removes it.' }) gender?: string | null;
  @Field(() => AgeBandEnum, { nullable: true, description: 'Null removes it' }) ageBand?: AgeBand | null;
  @Field(() => ProfileDetailsInput, { nullable: true }) profile?: ProfileDetailsInput;
}

@InputType()
export class RefereeInput {
  @Field() name!: string;
  @Field({ description: 'How the volunteer knows them' }) relationship!: string;
  @Field({ description: 'Email address or phone number' }) contact!: string;
}

@InputType()
export class DbsCheckInput {
  @Field(() => ID) volunteerId!: string;
  @Field(() => DbsLevelEnum) level!: DbsLevel;
  @Field({ description: 'The date on the certificate, YYYY-MM-DD' }) issuedOn!: string;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; 3 years after the issue date when left out' }) recheckDueOn?: string | null;
  @Field(() => String, { nullable: true, description: 'The 12-digit number; only its last 4 digits are kept' }) certificateNumber?: string | null;
}

@InputType()
export class TrainingInput {
  @Field(() => ID) volunteerId!: string;
  @Field(() => TrainingModuleEnum) module!: TrainingModule;
  @Field({ description: 'YYYY-MM-DD' }) completedOn!: string;
}

@InputType()
export class SkillConfirmationInput {
  @Field(() => ID) volunteerId!: string;
  @Field(() => VolunteerSkillEnum) skill!: VolunteerSkill;
  @Field({ description: 'True to confirm, false to take a confirmation back' }) confirmed!: boolean;
}
