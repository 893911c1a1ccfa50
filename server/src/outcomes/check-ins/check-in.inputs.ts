import { ArrayMaxSize, MaxLength, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import type { InstrumentId } from '@kindred/shared';
import { InstrumentIdEnum } from './check-in.enums.js';

@InputType({ description: 'The answer to one question; a null value means it was skipped' })
export class ItemAnswerInput {
  @Field()
  @MaxLength(60, { message: 'That is not one of the questions' })
  item!: string;

  @Field(() => Int, { nullable: true }) value?: number | null;
}

@InputType({ description: 'The answers to one instrument; any question may be skipped' })
export class InstrumentAnswersInput {
  @Field(() => InstrumentIdEnum) instrument!: InstrumentId;

  @Field(() => [ItemAnswerInput])
  @ArrayMaxSize(40, { message: 'There are not that many questions' })
  @ValidateNested({ each: true })
  answers!: ItemAnswerInput[];
}

@InputType({ description: 'Answers to a check-in, given by the person or taken by phone' })
export class CheckInAnswersInput {
  @Field(() => ID) checkInId!: string;

  @Field(() => [InstrumentAnswersInput])
  @ArrayMaxSize(10, { message: 'There are not that many sets of questions' })
  @ValidateNested({ each: true })
  responses!: InstrumentAnswersInput[];
}
