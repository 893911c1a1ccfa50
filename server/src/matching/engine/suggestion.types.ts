import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { ContactMode } from '@kindred/shared';
import { ContactModeEnum } from '../../people/vocabulary.types.js';
import { MatchReasonView } from './reason.types.js';

@ObjectType('MatchSuggestion', { description: 'A volunteer who passes every hard constraint for a request, with why they fit' })
export class MatchSuggestionView {
  @Field(() => ID) volunteerId!: string;
  @Field() firstName!: string;
  @Field(() => String, { nullable: true, description: 'The volunteer’s postcode district' }) area!: string | null;
  @Field(() => String, { nullable: true, description: 'Rounded, e.g. "About 2 km apart"' }) approximateDistance!: string | null;
  @Field(() => Int, { description: 'How well they fit, 0 to 1000' }) fit!: number;
  @Field({ description: 'The fit in words: "A very good fit", "A good fit", "A possible fit"' }) fitInWords!: string;
  @Field(() => [MatchReasonView]) reasons!: MatchReasonView[];
  @Field(() => [ContactModeEnum]) waysToKeepInTouch!: ContactMode[];
}

@ObjectType('UnmatchedReason', { description: 'A constraint that stops anyone fitting a request' })
export class UnmatchedReasonView {
  @Field() kind!: string;
  @Field() text!: string;
  @Field(() => Int, { description: 'Otherwise-available volunteers it rules out' }) volunteersBlocked!: number;
  @Field(() => Int, { description: 'Volunteers it alone rules out: they would fit but for it' }) onlyBlocker!: number;
}

@ObjectType('MatchSuggestions')
export class MatchSuggestionsView {
  @Field(() => ID) requestId!: string;
  @Field(() => [MatchSuggestionView]) suggestions!: MatchSuggestionView[];
  @Field(() => [UnmatchedReasonView], { description: 'Why nobody fits, when there are no suggestions' }) unmatchedReasons!: UnmatchedReasonView[];
}

