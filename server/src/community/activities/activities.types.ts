import { Field, Float, ID, Int, ObjectType } from 'type-graphql';

@ObjectType('ActivityToStart', { description: 'A group worth starting: people in one postcode district who share an interest and have no such activity within reach. Counts only, never people' })
export class ActivityToStartView {
  @Field({ description: 'The interest’s id in the shared vocabulary' }) interest!: string;
  @Field() interestLabel!: string;
  @Field({ description: 'The postcode district (outward code), such as HX7' }) area!: string;
  @Field(() => Int, { description: 'People there with that interest and no such activity within their reach; at least 3' }) people!: number;
  @Field(() => Float, { nullable: true, description: 'How far the nearest activity with that interest is from these people (their median distance), rounded to whole km' })
  nearestKm!: number | null;
  @Field(() => String, { nullable: true, description: 'The nearest activity with that interest in the scheme, or null when there is none' })
  nearestTitle!: string | null;
}

@ObjectType('StaleListing', { description: 'A listing in the directory that nobody has checked for a while' })
export class StaleListingView {
  @Field(() => ID) activityId!: string;
  @Field() title!: string;
  @Field(() => String, { nullable: true, description: 'The venue’s postcode district (outward code)' }) area!: string | null;
  @Field(() => Date, { nullable: true, description: 'Null when it has never been checked' }) lastCheckedAt!: Date | null;
  @Field(() => Int, { nullable: true, description: 'Whole months since it was last checked, or since it was listed if it never has been' })
  monthsSinceChecked!: number | null;
}
