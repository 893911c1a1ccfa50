import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { CONCERN_SEVERITIES, CONCERN_STATUSES, CONCERN_SUBJECT_KINDS, type ConcernSeverity, type ConcernStatus, type ConcernSubjectKind } from './concern.entity.js';

const enumOf = <T extends string>(ids: readonly T[]) => Object.fromEntries(ids.map((id) => [id, id])) as { [K in T]: K };

export const ConcernSubjectKindEnum = enumOf(CONCERN_SUBJECT_KINDS);
export const ConcernSeverityEnum = enumOf(CONCERN_SEVERITIES);
export const ConcernStatusEnum = enumOf(CONCERN_STATUSES);
registerEnumType(ConcernSubjectKindEnum, { name: 'ConcernSubjectKind', description: 'What a concern is about' });
registerEnumType(ConcernSeverityEnum, { name: 'ConcernSeverity', description: 'How serious staff judged a concern to be' });
registerEnumType(ConcernStatusEnum, { name: 'ConcernStatus', description: 'Where a concern is: raised, looked at, or closed' });

@ObjectType('ConcernMatchPause', { description: 'A match a concern reaches, and whether it is paused' })
export class ConcernMatchPauseView {
  @Field(() => ID) matchId!: string;
  @Field() label!: string;
  @Field() paused!: boolean;
}

@ObjectType('ConcernVolunteer', { description: 'The volunteer a concern reaches, and whether they are suspended' })
export class ConcernVolunteerView {
  @Field(() => ID) volunteerId!: string;
  @Field() name!: string;
  @Field() suspended!: boolean;
}

@ObjectType('Concern', { description: 'A safeguarding concern, for link workers and administrators of its scheme; never for the person it is about' })
export class ConcernView {
  @Field(() => ID) id!: string;
  @Field(() => ConcernSubjectKindEnum) subjectKind!: ConcernSubjectKind;
  @Field(() => ID) subjectId!: string;
  @Field() subjectLabel!: string;
  @Field({ description: 'Where staff read about the subject in the web app' }) subjectLink!: string;
  @Field() text!: string;
  @Field() raisedByName!: string;
  @Field(() => Date) raisedAt!: Date;
  @Field(() => ConcernStatusEnum) status!: ConcernStatus;
  @Field(() => ConcernSeverityEnum, { nullable: true }) severity!: ConcernSeverity | null;
  @Field(() => String, { nullable: true }) actionsTaken!: string | null;
  @Field(() => String, { nullable: true }) outcome!: string | null;
  @Field(() => String, { nullable: true }) triagedByName!: string | null;
  @Field(() => Date, { nullable: true }) triagedAt!: Date | null;
  @Field(() => Date, { nullable: true }) closedAt!: Date | null;
  @Field({ description: 'Whether a match this concern reaches is paused now' }) matchPaused!: boolean;
  @Field({ description: 'Whether the volunteer this concern reaches is suspended now' }) volunteerSuspended!: boolean;
  @Field({ description: 'Raised by one of the two people about their own match, which paused it at once' }) pausedWhenRaised!: boolean;
  @Field(() => [ConcernMatchPauseView], { description: 'The live matches a pause reaches, and those this concern paused' })
  matches!: ConcernMatchPauseView[];
  @Field(() => ConcernVolunteerView, { nullable: true, description: 'The volunteer a suspension would reach, if any' })
  volunteer!: ConcernVolunteerView | null;
  @Field(() => Date, { nullable: true }) liftedAt!: Date | null;
  @Field(() => String, { nullable: true, description: 'Why staff last lifted a pause or suspension this concern caused' }) liftNote!: string | null;
}

@ObjectType('RaisedConcern', { description: 'What the person who raised a concern sees of it: that it was received' })
export class RaisedConcernView {
  @Field(() => ID) id!: string;
  @Field(() => Date) raisedAt!: Date;
  @Field() received!: boolean;
  @Field({ description: 'Their own match was paused at once, until a link worker has looked at the concern' }) matchPaused!: boolean;
}
