import { ArrayMaxSize } from 'class-validator';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { MAX_EXCEPTIONS, MAX_SCHEDULES, type Day, type FirstVisitMode, type Frequency, type PartOfDay, type VenueFeature } from '@kindred/shared';
import { DayEnum, PartOfDayEnum, VenueFeatureEnum } from '../people/vocabulary.types.js';
import { FirstVisitModeEnum, FrequencyEnum } from './activity.types.js';

// Bounds on list sizes, so one request cannot carry an unbounded amount of work.
const MAX_INTERESTS = 20;
const MAX_NOTES = 20;

@InputType('WeekdayRuleInput')
export class WeekdayRuleInput {
  @Field(() => DayEnum) day!: Day;
  @Field(() => Int, { nullable: true, description: 'Monthly only: 1 = first … 5 = fifth, -1 = last' }) nth?: number | null;
}

@InputType('ActivityScheduleInput')
export class ActivityScheduleInput {
  @Field(() => FrequencyEnum, { nullable: true, description: 'Leave out for a schedule described only in words' }) frequency?: Frequency | null;
  @Field(() => Int, { defaultValue: 1 }) interval!: number;
  @Field(() => [WeekdayRuleInput], { defaultValue: [] }) @ArrayMaxSize(14) byDay!: WeekdayRuleInput[];
  @Field(() => [Int], { defaultValue: [] }) @ArrayMaxSize(31) byMonthDay!: number[];
  @Field(() => String, { nullable: true, description: 'HH:MM, London time' }) startTime?: string | null;
  @Field(() => String, { nullable: true, description: 'HH:MM, London time' }) endTime?: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) startsOn?: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) endsOn?: string | null;
  @Field(() => [String], { defaultValue: [] }) @ArrayMaxSize(MAX_EXCEPTIONS) exceptions!: string[];
  @Field(() => String, { nullable: true }) description?: string | null;
}

@InputType({ description: 'A whole listing. Saving replaces what was there.' })
export class ActivityInput {
  @Field() title!: string;
  @Field() organiserName!: string;
  @Field({ defaultValue: '' }) description!: string;
  @Field(() => [String], { defaultValue: [] }) @ArrayMaxSize(MAX_INTERESTS) interests!: string[];
  @Field() venueName!: string;
  @Field() addressLine1!: string;
  @Field({ defaultValue: '' }) addressLine2!: string;
  @Field() town!: string;
  @Field() postcode!: string;
  @Field(() => [VenueFeatureEnum], { defaultValue: [] }) @ArrayMaxSize(20) features!: VenueFeature[];
  @Field(() => [String], { defaultValue: [] }) @ArrayMaxSize(MAX_NOTES) accessNotes!: string[];
  @Field({ defaultValue: '' }) cost!: string;
  @Field({ defaultValue: false }) isFree!: boolean;
  @Field(() => FirstVisitModeEnum, { nullable: true }) firstVisit?: FirstVisitMode | null;
  @Field({ defaultValue: '' }) bookingDetails!: string;
  @Field({ defaultValue: '' }) whoToAsk!: string;
  @Field({ defaultValue: '' }) whatToExpect!: string;
  @Field({ defaultValue: '' }) contactName!: string;
  @Field({ defaultValue: '' }) contactPhone!: string;
  @Field({ defaultValue: '' }) contactEmail!: string;
  @Field({ defaultValue: '' }) website!: string;
  @Field(() => [ActivityScheduleInput], { defaultValue: [] }) @ArrayMaxSize(MAX_SCHEDULES) schedules!: ActivityScheduleInput[];
}

@InputType({ description: 'What to look for. Every filter given must match.' })
export class ActivitySearchInput {
  @Field(() => ID) schemeId!: string;
  @Field(() => String, { nullable: true, description: 'Measure distances from here' }) postcode?: string | null;
  @Field(() => Float, { nullable: true, description: 'Only within this many km of the postcode' }) withinKm?: number | null;
  @Field(() => DayEnum, { nullable: true }) day?: Day | null;
  @Field(() => PartOfDayEnum, { nullable: true }) partOfDay?: PartOfDay | null;
  @Field(() => [String], { nullable: true, description: 'Any of these interests' }) @ArrayMaxSize(MAX_INTERESTS) interests?: string[] | null;
  @Field(() => [VenueFeatureEnum], { nullable: true, description: 'The venue has every one of these' }) @ArrayMaxSize(20) features?: VenueFeature[] | null;
  @Field(() => String, { nullable: true, description: 'Words, as a person types them' }) words?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Only listings not checked for over 90 days' }) needsChecking?: boolean | null;
  @Field(() => Int, { nullable: true, description: 'At most 50' }) first?: number | null;
  @Field(() => String, { nullable: true }) after?: string | null;
}
