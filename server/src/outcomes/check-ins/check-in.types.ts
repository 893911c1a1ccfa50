import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { InstrumentId } from '@kindred/shared';
import type { CheckInOccasion, CheckInStatus } from './check-in.entity.js';
import { CheckInOccasionEnum, CheckInStatusEnum, InstrumentIdEnum } from './check-in.enums.js';

@ObjectType('InstrumentOption', { description: 'One published answer to a question, with the value it scores' })
export class InstrumentOptionView {
  @Field(() => Int) value!: number;
  @Field() label!: string;
}

@ObjectType('InstrumentItem', { description: 'One question, in its published wording' })
export class InstrumentItemView {
  @Field() id!: string;
  @Field() text!: string;
  @Field(() => [InstrumentOptionView]) options!: InstrumentOptionView[];
}

@ObjectType('InstrumentView', { description: 'A set of questions as the person sees it' })
export class InstrumentView {
  @Field(() => InstrumentIdEnum) id!: InstrumentId;
  @Field({ description: 'Kind words for the person; never "lonely"' }) personTitle!: string;
  @Field({ description: 'The published instructions' }) intro!: string;
  @Field(() => [InstrumentItemView]) items!: InstrumentItemView[];
  @Field(() => String, { nullable: true, description: 'A notice that must be shown with the questions' }) licence!: string | null;
}

@ObjectType('CheckIn', { description: 'One occasion on which a person is asked how they have been' })
export class CheckInView {
  @Field(() => ID) id!: string;
  @Field(() => CheckInOccasionEnum) occasion!: CheckInOccasion;
  @Field(() => Int, { nullable: true }) monthsAfterBaseline!: number | null;
  @Field({ description: 'The London date from which it may be answered, YYYY-MM-DD' }) dueOn!: string;
  @Field(() => CheckInStatusEnum) status!: CheckInStatus;
  @Field(() => Date, { nullable: true }) completedAt!: Date | null;
  @Field({ description: 'A link worker recorded answers the person gave by phone' }) onBehalf!: boolean;
  @Field() personFirstName!: string;
  @Field(() => [InstrumentView], { description: 'Every instrument, in the order they are asked' }) instruments!: InstrumentView[];
}

@ObjectType('ProgressPoint', { description: 'How a later check-in compares with the person’s first, in kind words' })
export class ProgressPointView {
  @Field(() => CheckInOccasionEnum) occasion!: CheckInOccasion;
  @Field(() => Date) completedAt!: Date;
  @Field(() => [String]) sentences!: string[];
}
