import { Field, Float, Int, ObjectType } from 'type-graphql';

@ObjectType('CapacityWeek', { description: 'A scheme’s capacity and demand in one week (Monday to Sunday, London time), as it stood at the week’s end' })
export class CapacityWeekView {
  @Field({ description: 'The Monday the week starts on, YYYY-MM-DD' }) weekStarting!: string;
  @Field(() => Int, { description: 'Volunteers approved, with a current DBS check and not paused' }) activeVolunteers!: number;
  @Field(() => Int, { description: 'Places those volunteers had free: their capacity less their live matches' }) sparePlaces!: number;
  @Field(() => Int, { description: 'Requests made and neither matched nor closed' }) peopleWaiting!: number;
  @Field(() => Int, { description: 'Requests matched during the week' }) matchesMade!: number;
  @Field(() => Float, { nullable: true, description: 'Median days from asking to being matched, for requests matched that week' })
  medianDaysToMatch!: number | null;
}
