import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import type { ContactMode, SupportKind } from '@kindred/shared';
import { ContactModeEnum, SupportKindEnum } from '../../people/vocabulary.types.js';
import { MatchReasonView } from '../engine/reason.types.js';
import { MATCH_STATUSES, type Match, type MatchStatus } from './match.entity.js';
import type { MatchSide } from './match-access.js';

const enumOf = <T extends string>(ids: readonly T[]) => Object.fromEntries(ids.map((id) => [id, id])) as { [K in T]: K };

export const MatchStatusEnum = enumOf(MATCH_STATUSES);
registerEnumType(MatchStatusEnum, { name: 'MatchStatus', description: 'Where a match is in its life' });

@ObjectType('MatchTransition', { description: 'One step in a match’s life: who, when and why' })
export class MatchTransitionView {
  @Field(() => MatchStatusEnum, { nullable: true }) from!: MatchStatus | null;
  @Field(() => MatchStatusEnum) to!: MatchStatus;
  @Field() byName!: string;
  @Field() byRole!: string;
  @Field(() => Date) at!: Date;
  @Field(() => String, { nullable: true }) reason!: string | null;
}

@ObjectType('MatchContact', { description: 'How to reach the other person; only in an active match' })
export class MatchContactView {
  @Field() name!: string;
  @Field(() => String, { nullable: true }) phone!: string | null;
  @Field(() => String, { nullable: true }) email!: string | null;
  @Field(() => String, { nullable: true }) preferredContact!: string | null;
}

@ObjectType('MatchCompanionDetails', { description: 'The first session a companion goes to with the person' })
export class MatchCompanionView {
  @Field() activityTitle!: string;
  @Field(() => Date) sessionStartsAt!: Date;
  @Field() venueName!: string;
  @Field(() => String, { nullable: true }) venueAddress!: string | null;
  @Field(() => String, { nullable: true }) meetingPoint!: string | null;
  @Field(() => Boolean, { nullable: true }) attended!: boolean | null;
  @Field(() => Date, { nullable: true }) followUpAt!: Date | null;
}

@ObjectType('MatchContactLogEntry', { description: 'That the two were in touch, and how' })
export class MatchContactLogView {
  @Field(() => Date) at!: Date;
  @Field() byName!: string;
  @Field(() => ContactModeEnum) how!: ContactMode;
  @Field(() => String, { nullable: true }) note!: string | null;
}

@ObjectType('Match', { description: 'A person and a volunteer, from proposal to ending' })
export class MatchView {
  @Field(() => ID) id!: string;
  @Field(() => MatchStatusEnum) status!: MatchStatus;
  @Field({ description: 'Paused for now by safeguarding: no contact through Kindred until staff lift it. Never says why.' }) paused!: boolean;
  @Field(() => SupportKindEnum) kind!: SupportKind;
  @Field() personFirstName!: string;
  @Field() volunteerFirstName!: string;
  @Field(() => String, { nullable: true, description: 'The person’s postcode district' }) area!: string | null;
  @Field(() => [MatchReasonView], { description: 'As shown when proposed: shared reasons for the two people, all for staff' })
  reasons!: MatchReasonView[];
  @Field(() => [ContactModeEnum]) waysToKeepInTouch!: ContactMode[];
  @Field(() => Date) proposedAt!: Date;
  @Field(() => Date, { nullable: true }) activatedAt!: Date | null;
  @Field(() => Date, { nullable: true }) endedAt!: Date | null;
  @Field(() => String, { nullable: true, description: 'For staff, and for whoever ended it' }) endReason!: string | null;
  @Field(() => Date, { nullable: true }) nextReviewDue!: Date | null;
  @Field(() => [MatchTransitionView], { description: 'Staff only; others get an empty list' }) transitions!: MatchTransitionView[];
  @Field(() => MatchContactView, { nullable: true, description: 'The other person’s details, only while active' }) contact!: MatchContactView | null;
  @Field(() => MatchCompanionView, { nullable: true }) companion!: MatchCompanionView | null;
  @Field(() => [MatchContactLogView]) contactLog!: MatchContactLogView[];
  /**
   * Not in the schema: the loaded match and the viewer's sides this view was made from, for fields
   * resolved elsewhere. Absent from a view of a list read as plain facts (myMatches).
   */
  seen?: { match: Match; sides: Set<MatchSide> };
}
