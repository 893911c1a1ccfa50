import { Field, Float, Int, ObjectType } from 'type-graphql';
import type { ContactMode, GapCategory, SupportKind, TimeBand, VolunteerSkill } from '@kindred/shared';
import { ContactModeEnum, SupportKindEnum, VolunteerSkillEnum } from '../../people/vocabulary.types.js';
import { GapCategoryEnum, GapStatusEnum, TimeBandEnum } from './gap.enums.js';

// Aggregates only: no type here carries a person's id, name, postcode or home.

@ObjectType('GapGroup', { description: 'Waiting people who share an area or a blocker, counted' })
export class GapGroupView {
  @Field({ description: 'An outward code ("LS6"), UNKNOWN, or a blocker ("SKILL:DRIVES_CAR")' }) key!: string;
  @Field() label!: string;
  @Field(() => Int) people!: number;
  @Field(() => Int, { description: 'People no volunteer fits' }) none!: number;
  @Field(() => Int, { description: 'People too few volunteers fit' }) few!: number;
  @Field(() => Float) medianWaitDays!: number;
  @Field(() => Float) longestWaitDays!: number;
  @Field(() => Int) waitingOver4Weeks!: number;
}

@ObjectType('GapBlocker', { description: 'One thing that keeps a waiting person from being matched' })
export class GapBlockerView {
  @Field(() => GapCategoryEnum) category!: GapCategory;
  @Field(() => VolunteerSkillEnum, { nullable: true, description: 'For SKILL: the skill nobody who otherwise fits has' }) skill!: VolunteerSkill | null;
  @Field() text!: string;
}

@ObjectType('WaitingGap', { description: 'A person waiting with no, or too few, volunteers who fit; never who they are' })
export class WaitingGapView {
  @Field(() => String, { nullable: true, description: 'Their postcode district; null when unknown' }) area!: string | null;
  @Field(() => SupportKindEnum) kind!: SupportKind;
  @Field(() => Float) waitingDays!: number;
  @Field(() => Int, { description: 'Volunteers who fit now, counted up to 3' }) feasibleVolunteers!: number;
  @Field(() => GapStatusEnum) status!: 'NONE' | 'FEW';
  @Field(() => [GapBlockerView]) blockers!: GapBlockerView[];
}

@ObjectType('GapArea', { description: 'A postcode district on the map, placed at the district’s centre' })
export class GapAreaView {
  @Field() area!: string;
  @Field(() => Float, { nullable: true }) latitude!: number | null;
  @Field(() => Float, { nullable: true }) longitude!: number | null;
  @Field(() => Int) people!: number;
  @Field(() => Int) none!: number;
  @Field(() => Int) few!: number;
  @Field(() => String, { nullable: true, description: 'What blocks most people here, in words' }) topBlocker!: string | null;
}

@ObjectType('GapWeek', { description: 'The gap picture as it stood in one week' })
export class GapWeekView {
  @Field({ description: 'The Monday of the week, YYYY-MM-DD, London' }) weekStarting!: string;
  @Field(() => Int) waiting!: number;
  @Field(() => Int) none!: number;
  @Field(() => Int) few!: number;
}

@ObjectType('GapPicture', { description: 'Where people wait without a volunteer who fits, and why' })
export class GapPictureView {
  @Field() computedAt!: Date;
  @Field(() => Int, { description: 'People waiting without a live match' }) waiting!: number;
  @Field(() => Int) none!: number;
  @Field(() => Int) few!: number;
  @Field(() => [GapGroupView]) byArea!: GapGroupView[];
  @Field(() => [GapGroupView]) byBlocker!: GapGroupView[];
  @Field(() => [GapAreaView]) areas!: GapAreaView[];
  @Field(() => [WaitingGapView], { description: 'Longest wait first' }) requests!: WaitingGapView[];
  @Field(() => [GapWeekView], { description: 'The last 26 weeks, oldest first' }) trend!: GapWeekView[];
}

@ObjectType('RecruitSuggestion', { description: 'A kind of volunteer to recruit, and how many waiting people they would unblock' })
export class RecruitSuggestionView {
  @Field({ description: 'Stable and URL-safe' }) key!: string;
  @Field(() => SupportKindEnum) kind!: SupportKind;
  @Field(() => ContactModeEnum) contactMode!: ContactMode;
  @Field(() => [VolunteerSkillEnum]) skills!: VolunteerSkill[];
  @Field(() => String, { nullable: true, description: 'Postcode district; null means anywhere' }) area!: string | null;
  @Field(() => TimeBandEnum, { nullable: true, description: 'null means any time' }) band!: TimeBand | null;
  @Field(() => String, { nullable: true }) bandLabel!: string | null;
  @Field(() => String, { nullable: true, description: 'A language to speak, when that is what is missing' }) language!: string | null;
  @Field(() => Int) peopleUnblocked!: number;
  @Field(() => Int, { description: 'Of those, people no suggestion above already unblocks' }) addsToAbove!: number;
  @Field(() => Int) volunteersNeeded!: number;
  @Field() text!: string;
}
