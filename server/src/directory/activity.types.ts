import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { FIRST_VISIT_MODES, FREQUENCIES, type Day, type FirstVisitMode, type Frequency, type VenueFeature } from '@kindred/shared';
import { DayEnum, VenueFeatureEnum } from '../people/vocabulary.types.js';

const enumOf = <T extends string>(ids: readonly T[]) => Object.fromEntries(ids.map((id) => [id, id])) as { [K in T]: K };

export const FirstVisitModeEnum = enumOf(FIRST_VISIT_MODES.map((m) => m.id));
export const FrequencyEnum = enumOf(FREQUENCIES);
registerEnumType(FirstVisitModeEnum, { name: 'FirstVisitMode', description: 'Whether newcomers can drop in or need to book first' });
registerEnumType(FrequencyEnum, { name: 'ScheduleFrequency', description: 'How often a schedule repeats' });

@ObjectType('WeekdayRule', { description: 'A weekday; for monthly schedules, which one in the month (1 = first, -1 = last)' })
export class WeekdayRuleView {
  @Field(() => DayEnum) day!: Day;
  @Field(() => Int, { nullable: true }) nth!: number | null;
}

@ObjectType('ActivitySchedule', { description: 'When an activity meets, in London time' })
export class ActivityScheduleView {
  @Field(() => FrequencyEnum, { nullable: true, description: 'Null for a schedule described only in words' }) frequency!: Frequency | null;
  @Field(() => Int) interval!: number;
  @Field(() => [WeekdayRuleView]) byDay!: WeekdayRuleView[];
  @Field(() => [Int]) byMonthDay!: number[];
  @Field(() => String, { nullable: true, description: 'HH:MM' }) startTime!: string | null;
  @Field(() => String, { nullable: true, description: 'HH:MM' }) endTime!: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) startsOn!: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) endsOn!: string | null;
  @Field(() => [String], { description: 'Dates (YYYY-MM-DD) it does not meet' }) exceptions!: string[];
  @Field(() => String, { nullable: true }) description!: string | null;
  @Field({ description: 'In plain English: "Every Tuesday, 1:30pm to 3:30pm"' }) summary!: string;
  @Field(() => String, { nullable: true, description: 'Its first and last dates in plain English, if it has any' }) dates!: string | null;
}

@ObjectType('ActivitySession', { description: 'One meeting of an activity' })
export class ActivitySessionView {
  @Field({ description: 'YYYY-MM-DD, in London' }) date!: string;
  @Field({ description: 'HH:MM, London time' }) startTime!: string;
  @Field({ description: 'HH:MM, London time' }) endTime!: string;
  @Field() startsAt!: Date;
  @Field() endsAt!: Date;
  @Field({ description: '"Tuesday 22 December, 1:30pm to 3:30pm"' }) summary!: string;
}

@ObjectType('ActivityVenue', { description: 'Where an activity happens: a public place' })
export class ActivityVenueView {
  @Field() name!: string;
  @Field() addressLine1!: string;
  @Field(() => String, { nullable: true }) addressLine2!: string | null;
  @Field() town!: string;
  @Field() postcode!: string;
  @Field(() => Float) latitude!: number;
  @Field(() => Float) longitude!: number;
  @Field(() => [VenueFeatureEnum]) features!: VenueFeature[];
  @Field(() => [String], { description: 'Notes about getting in and around, in the organiser’s words' }) accessNotes!: string[];
}

@ObjectType('FirstVisit', { description: 'What a newcomer needs to know before their first time' })
export class FirstVisitView {
  @Field(() => FirstVisitModeEnum, { nullable: true, description: 'Null when not known: get in touch first' }) mode!: FirstVisitMode | null;
  @Field(() => String, { nullable: true }) bookingDetails!: string | null;
  @Field(() => String, { nullable: true }) whoToAsk!: string | null;
  @Field(() => String, { nullable: true }) whatToExpect!: string | null;
}

@ObjectType('ActivityContact', { description: 'The organiser’s public contact details' })
export class ActivityContactView {
  @Field(() => String, { nullable: true }) name!: string | null;
  @Field(() => String, { nullable: true }) phone!: string | null;
  @Field(() => String, { nullable: true }) email!: string | null;
  @Field(() => String, { nullable: true }) website!: string | null;
}

@ObjectType('Activity', { description: 'A community activity in a scheme’s directory' })
export class ActivityView {
  @Field(() => ID) id!: string;
  @Field(() => ID) schemeId!: string;
  @Field() title!: string;
  @Field() organiserName!: string;
  @Field() description!: string;
  @Field(() => [String], { description: 'Interest ids from the shared taxonomy' }) interests!: string[];
  @Field(() => ActivityVenueView) venue!: ActivityVenueView;
  @Field(() => [ActivityScheduleView]) schedules!: ActivityScheduleView[];
  @Field(() => [ActivitySessionView], { description: 'The next five sessions' }) nextSessions!: ActivitySessionView[];
  @Field(() => String, { nullable: true }) cost!: string | null;
  @Field() isFree!: boolean;
  @Field(() => FirstVisitView) firstVisit!: FirstVisitView;
  @Field(() => ActivityContactView) contact!: ActivityContactView;
  @Field(() => Date, { nullable: true }) lastCheckedAt!: Date | null;
  @Field(() => String, { nullable: true, description: 'Who last checked it; only for the scheme’s staff' }) lastCheckedBy!: string | null;
  @Field({ description: 'Not checked for over 90 days, or never' }) needsChecking!: boolean;
  @Field({ description: 'Whether the viewer may change this listing' }) canManage!: boolean;
}

@ObjectType('ActivitySearchResult')
export class ActivitySearchResultView {
  @Field(() => ActivityView) activity!: ActivityView;
  @Field(() => Float, { nullable: true, description: 'From the place searched from, to 0.1 km' }) distanceKm!: number | null;
  @Field(() => String, { nullable: true, description: '"About 2 km away"' }) distance!: string | null;
}

@ObjectType('ActivitySearchPage')
export class ActivitySearchPageView {
  @Field(() => [ActivitySearchResultView]) results!: ActivitySearchResultView[];
  @Field(() => Int) totalCount!: number;
  @Field(() => String, { nullable: true, description: 'Pass as `after` for the next page' }) nextCursor!: string | null;
  @Field(() => String, { nullable: true, description: 'The postcode distances were measured from' }) searchedFrom!: string | null;
}
