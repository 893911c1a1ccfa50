import { Field, ID, InputType } from 'type-graphql';
import { ConcernSeverityEnum, ConcernSubjectKindEnum } from './concern.types.js';
import type { ConcernSeverity, ConcernSubjectKind } from './concern.entity.js';

// Lengths are checked in the services, which count characters as people do and name the field.

@InputType()
export class RaiseConcernInput {
  @Field(() => ConcernSubjectKindEnum) subjectKind!: ConcernSubjectKind;
  @Field(() => ID) subjectId!: string;
  @Field({ description: 'A few words, up to 2,000 characters' }) text!: string;
}

@InputType()
export class TriageConcernInput {
  @Field(() => ID) concernId!: string;
  @Field(() => ConcernSeverityEnum) severity!: ConcernSeverity;
  @Field(() => String, { nullable: true }) actionsTaken?: string | null;
  @Field(() => String, { nullable: true }) outcome?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Close the concern; needs an outcome' }) close?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'Pause the live matches it reaches (always, when SERIOUS)' }) pauseMatch?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'Suspend the volunteer it reaches (always, when SERIOUS and about a volunteer)' })
  suspendVolunteer?: boolean | null;
}

@InputType()
export class LiftSafeguardingPauseInput {
  @Field(() => ID, { nullable: true }) matchId?: string | null;
  @Field(() => ID, { nullable: true }) volunteerId?: string | null;
  @Field({ description: 'Why it can carry on; staff only' }) note!: string;
}
