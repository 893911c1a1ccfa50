import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { ContactMode, TimeBand, VolunteerSkill } from '@kindred/shared';
import { ContactModeEnum, VolunteerSkillEnum } from '../../people/vocabulary.types.js';
import { TimeBandEnum } from '../gaps/gap.enums.js';
import { DRIVE_STATUSES, type DriveStatus } from './recruitment-drive.entity.js';

export const DriveStatusEnum = Object.fromEntries(DRIVE_STATUSES.map((s) => [s, s])) as { [K in DriveStatus]: K };
registerEnumType(DriveStatusEnum, { name: 'DriveStatus', description: 'OPEN: its link signs people up; CLOSED: it no longer counts new sign-ups' });

@ObjectType('RecruitmentDrive', { description: 'A call for volunteers aimed at a gap, with its public sign-up link; for community builders' })
export class RecruitmentDriveView {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field({ description: 'The public words shown on the sign-up page' }) message!: string;
  @Field(() => [String], { description: 'Postcode districts ("LS6"); empty means anywhere' }) areas!: string[];
  @Field(() => [VolunteerSkillEnum]) skills!: VolunteerSkill[];
  @Field(() => [TimeBandEnum]) bands!: TimeBand[];
  @Field(() => [ContactModeEnum]) contactModes!: ContactMode[];
  @Field(() => [String], { description: 'What it looks for, in the words the public page uses' }) lookingFor!: string[];
  @Field(() => DriveStatusEnum) status!: DriveStatus;
  @Field({ description: 'The code in the public link' }) code!: string;
  @Field({ description: 'The public sign-up page, "/join/<code>"' }) signUpPath!: string;
  @Field() createdAt!: Date;
  @Field(() => Date, { nullable: true }) closedAt!: Date | null;
  @Field() createdByName!: string;
  @Field(() => Int, { description: 'Volunteers who signed up through its link' }) signUps!: number;
  @Field(() => String, { nullable: true, description: 'The "what would help" suggestion it was started from' }) fromSuggestion!: string | null;
  // Not a field: `funnel` (DriveResolver) reads it to compute the pipeline of the volunteers the drive brought.
  schemeId!: string;
}

@ObjectType('PublicDrive', { description: 'What anyone who opens a drive’s link sees: no names, no internal details' })
export class PublicDriveView {
  @Field() code!: string;
  @Field(() => ID) schemeId!: string;
  @Field() schemeName!: string;
  @Field() title!: string;
  @Field() message!: string;
  @Field(() => [String], { description: 'What the drive looks for, in plain words ("People who drive", "Near LS6")' }) lookingFor!: string[];
  @Field({ description: 'False once the drive has closed: people can still sign up, but not through it' }) open!: boolean;
}

@InputType()
export class StartDriveInput {
  @Field(() => ID) schemeId!: string;
  @Field() title!: string;
  @Field({ description: 'Public words, 20 to 1000 characters' }) message!: string;
  @Field(() => [String], { description: 'Postcode districts ("LS6"); empty for anywhere' }) areas!: string[];
  @Field(() => [VolunteerSkillEnum]) skills!: VolunteerSkill[];
  @Field(() => [TimeBandEnum]) bands!: TimeBand[];
  @Field(() => [ContactModeEnum]) contactModes!: ContactMode[];
  @Field(() => String, { nullable: true, description: 'The key of the "what would help" suggestion it comes from' }) fromSuggestion?: string | null;
}
